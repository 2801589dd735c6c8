/**
 * What a project page shows besides its text: the links in reading order and the CNCF timeline.
 */
import type { ProjectData } from '../../schemas/project.ts';

export interface LabelledLink {
  label: string;
  href: string;
}

const LINK_LABELS: Array<[keyof ProjectData['links'], string]> = [
  ['docs', 'Documentation'],
  ['blog', 'Blog'],
  ['slack', 'Slack'],
  ['discord', 'Discord'],
  ['gitter', 'Gitter'],
  ['github_discussions', 'GitHub Discussions'],
  ['mailing_list', 'Mailing list'],
  ['stack_overflow', 'Stack Overflow'],
  ['twitter', 'X (Twitter)'],
  ['bluesky', 'Bluesky'],
  ['youtube', 'YouTube'],
  ['linkedin', 'LinkedIn'],
  ['docker', 'Container images'],
  ['package_manager', 'Package registry'],
  ['devstats', 'DevStats'],
  ['best_practices', 'OpenSSF Best Practices'],
  ['annual_review', 'Latest annual review'],
  ['artwork', 'Artwork'],
  ['crunchbase', 'Crunchbase'],
];

export function projectLinks(data: ProjectData): LabelledLink[] {
  const links: LabelledLink[] = [{ label: 'Website', href: data.homepage }];
  if (data.repository) links.push({ label: 'Source code', href: data.repository });
  data.additional_repositories.forEach((href) => links.push({ label: `Repository: ${href.replace(/^https?:\/\/(www\.)?github\.com\//, '')}`, href }));
  for (const [key, label] of LINK_LABELS) {
    const href = data.links[key];
    if (href) links.push({ label, href });
  }
  if (data.clomonitor_name) {
    links.push({ label: 'CLOMonitor report', href: `https://clomonitor.io/projects/cncf/${encodeURIComponent(data.clomonitor_name)}` });
  }
  for (const link of data.other_links) links.push({ label: link.name, href: link.url });
  return links;
}

export interface TimelineEvent {
  date: string;
  label: string;
}

/** The CNCF journey and membership dates, oldest first. */
export function projectTimeline(data: ProjectData): TimelineEvent[] {
  const d = data.dates;
  const events: Array<TimelineEvent | undefined> = [
    d.joined ? { date: d.joined, label: 'Joined the CNCF as a member' } : undefined,
    d.accepted
      ? { date: d.accepted, label: d.incubating === d.accepted ? 'Accepted into the CNCF at incubating level' : 'Accepted into the CNCF' }
      : undefined,
    d.incubating && d.incubating !== d.accepted ? { date: d.incubating, label: 'Moved to incubating' } : undefined,
    d.graduated ? { date: d.graduated, label: 'Graduated' } : undefined,
    d.archived ? { date: d.archived, label: 'Archived' } : undefined,
  ];
  return events.filter((e): e is TimelineEvent => e !== undefined).sort((a, b) => a.date.localeCompare(b.date));
}

/** "2018-03-06" → "6 March 2018", independent of the build machine's locale and time zone. */
export function formatDate(iso: string): string {
  const [y, m, day] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][(m ?? 1) - 1];
  return `${day} ${month} ${y}`;
}

/** "2018-03" → "March 2018". */
export function formatMonth(month: string): string {
  return formatDate(`${month}-01`).replace(/^1 /, '');
}
