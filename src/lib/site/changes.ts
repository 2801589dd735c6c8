/**
 * Landscape events, newest first, for /changes/ and the Atom feed /changes.xml: CNCF projects
 * accepted, promoted and archived (from the data's dates), and, from the importer's history mode,
 * items added to the landscape, moved between subcategories and removed. Pure.
 */
import { escapeMarkup } from './escape-markup.ts';
import { projectUrl, removedItemUrl } from './urls.ts';

export type ChangeKind = 'accepted' | 'incubating' | 'graduated' | 'archived' | 'added' | 'moved' | 'removed';

export interface Change {
  /** Stable identifier, the same in every build and on every host. */
  id: string;
  /** "YYYY-MM-DD", or "YYYY-MM" for events known by month (from the monthly snapshots). */
  date: string;
  kind: ChangeKind;
  title: string;
  url: string;
}

export interface ChangeProject {
  slug: string;
  name: string;
  dates: { accepted?: string | undefined; incubating?: string | undefined; graduated?: string | undefined; archived?: string | undefined };
  first_listed?: string | undefined;
  moves: Array<{ month: string; from: string; to: string }>;
}

export interface ChangeRemoved {
  key: string;
  name: string;
  last_listed: string;
}

/** The first snapshot: items listed then were not "added" that month, the history only starts there. */
export const HISTORY_START = '2018-03';

const VERB: Record<ChangeKind, string> = {
  accepted: 'accepted into the CNCF',
  incubating: 'moved to CNCF incubation',
  graduated: 'graduated in the CNCF',
  archived: 'archived by the CNCF',
  added: 'added to the landscape',
  moved: 'moved',
  removed: 'removed from the landscape',
};

export function landscapeChanges(projects: ChangeProject[], removed: ChangeRemoved[]): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, slug: string, date: string, title: string, url: string) => out.push({ id: `urn:landscape-docs:change:${kind}:${slug}:${date}`, date, kind, title, url });
  for (const p of projects) {
    for (const kind of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
      const date = p.dates[kind];
      // A project accepted straight into incubation has one event, not two.
      if (date && !(kind === 'incubating' && date === p.dates.accepted)) add(kind, p.slug, date, `${p.name} ${VERB[kind]}`, projectUrl(p.slug));
    }
    if (p.first_listed && p.first_listed > HISTORY_START) add('added', p.slug, p.first_listed, `${p.name} ${VERB.added}`, projectUrl(p.slug));
    for (const m of p.moves) add('moved', p.slug, m.month, `${p.name} moved from ${m.from.replace(' / ', ' › ')} to ${m.to.replace(' / ', ' › ')}`, projectUrl(p.slug));
  }
  // The month after it was last listed is when it was gone; items still in the last snapshot never are.
  for (const r of removed) add('removed', r.key, nextMonth(r.last_listed), `${r.name} ${VERB.removed}`, removedItemUrl(r.key));
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export function nextMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** An Atom timestamp for a day or a month (its first day). */
export const atomTime = (date: string) => `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

/** The Atom feed of the newest changes (RFC 4287): feed id, title, updated, self link; per entry id, title, updated, link. */
export function changesFeed(changes: Change[], site: URL, limit = 100): string {
  const entries = changes.slice(0, limit);
  const abs = (path: string) => new URL(path, site).href;
  const updated = atomTime(entries[0]?.date ?? HISTORY_START);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <id>urn:landscape-docs:changes</id>',
    '  <title>Landscape Docs: changes in the CNCF Cloud Native Landscape</title>',
    `  <updated>${updated}</updated>`,
    `  <link rel="self" href="${escapeMarkup(abs('/changes.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(abs('/changes/'))}"/>`,
    '  <author><name>Landscape Docs</name></author>',
    ...entries.map((c) =>
      [
        '  <entry>',
        `    <id>${escapeMarkup(c.id)}</id>`,
        `    <title>${escapeMarkup(c.title)}</title>`,
        `    <updated>${atomTime(c.date)}</updated>`,
        `    <link href="${escapeMarkup(abs(c.url))}"/>`,
        `    <category term="${c.kind}"/>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
