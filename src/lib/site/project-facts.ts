/**
 * What a project page shows besides its text: the links in reading order and the CNCF timeline.
 */
import type { ProjectData } from '../../schemas/project.ts';
import { ui, type Translate, type UiKey } from '../i18n/ui.ts';

export interface LabelledLink {
  label: string;
  href: string;
}

/** Links in reading order; a label that is a name (Slack, GitHub Discussions) is the same in every language. */
const LINK_LABELS: Array<[keyof ProjectData['links'], string | UiKey]> = [
  ['docs', 'links.docs'],
  ['blog', 'links.blog'],
  ['slack', 'Slack'],
  ['discord', 'Discord'],
  ['gitter', 'Gitter'],
  ['github_discussions', 'GitHub Discussions'],
  ['mailing_list', 'links.mailing_list'],
  ['stack_overflow', 'Stack Overflow'],
  ['twitter', 'X (Twitter)'],
  ['bluesky', 'Bluesky'],
  ['youtube', 'YouTube'],
  ['linkedin', 'LinkedIn'],
  ['docker', 'links.docker'],
  ['package_manager', 'links.package_manager'],
  ['devstats', 'DevStats'],
  ['best_practices', 'OpenSSF Best Practices'],
  ['annual_review', 'links.annual_review'],
  ['artwork', 'links.artwork'],
  ['crunchbase', 'Crunchbase'],
];

export function projectLinks(data: ProjectData, t: Translate = ui('en')): LabelledLink[] {
  const links: LabelledLink[] = [{ label: t('links.website'), href: data.homepage }];
  if (data.repository) links.push({ label: t('links.source'), href: data.repository });
  data.additional_repositories.forEach((href) => links.push({ label: t('links.repository', { name: href.replace(/^https?:\/\/(www\.)?github\.com\//, '') }), href }));
  for (const [key, label] of LINK_LABELS) {
    const href = data.links[key];
    if (href) links.push({ label: label.startsWith('links.') ? t(label as UiKey) : label, href });
  }
  if (data.clomonitor_name) {
    links.push({ label: t('links.clomonitor'), href: `https://clomonitor.io/projects/cncf/${encodeURIComponent(data.clomonitor_name)}` });
  }
  for (const link of data.other_links) links.push({ label: link.name, href: link.url });
  return links;
}

export interface TimelineEvent {
  date: string;
  /** The event in English; `key` names it in every language. */
  label: string;
  key: UiKey;
}

const en = ui('en');
const event = (date: string, key: UiKey): TimelineEvent => ({ date, label: en(key), key });

/** The CNCF journey and membership dates, oldest first. */
export function projectTimeline(data: ProjectData): TimelineEvent[] {
  const d = data.dates;
  const events: Array<TimelineEvent | undefined> = [
    d.joined ? event(d.joined, 'timeline.joined') : undefined,
    d.accepted ? event(d.accepted, d.incubating === d.accepted ? 'timeline.acceptedIncubating' : 'timeline.accepted') : undefined,
    d.incubating && d.incubating !== d.accepted ? event(d.incubating, 'timeline.incubating') : undefined,
    d.graduated ? event(d.graduated, 'timeline.graduated') : undefined,
    d.archived ? event(d.archived, 'timeline.archived') : undefined,
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
