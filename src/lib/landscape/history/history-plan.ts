/**
 * Turns what the history says (history-match.ts) into files: the history fields of each project
 * file, content/history/removed.json and content/history/landscape.json. Merges with what the
 * files hold already: ids and names are only ever added, so a snapshot missing from a later run
 * cannot make an old link stop working. Pure: the caller writes the files.
 */
import { landscapeHistorySchema, removedItemSchema, type LandscapeHistoryData, type RemovedItemData } from '../../../schemas/landscape-history-data.ts';
import { projectSchema } from '../../../schemas/project.ts';
import { writeMdx } from '../../content/frontmatter.ts';
import { IMPORTED_PROJECT_FIELDS } from '../../../schemas/project.ts';
import { KEPT_PROJECT_FIELDS, ordered, type ExistingFile } from '../import-fields.ts';
import type { HistoryResult } from './history-match.ts';

export interface HistoryPlan {
  /** Path under content/ → new text, only for files that change. */
  writes: Map<string, string>;
  report: { projectsUpdated: number; removedItems: number; ids: number; years: number };
}

const union = (a: unknown, b: string[]) => [...new Set([...(Array.isArray(a) ? (a as string[]) : []), ...b])].sort();
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export function planHistory(result: HistoryResult, projects: ExistingFile[], existingRemoved: RemovedItemData[] = []): HistoryPlan {
  const writes = new Map<string, string>();
  let projectsUpdated = 0;
  for (const file of projects) {
    const h = result.items.get(file.slug);
    if (!h) continue;
    const data = { ...file.data };
    const first = typeof data['first_listed'] === 'string' && data['first_listed'] < h.firstListed ? data['first_listed'] : h.firstListed;
    data['first_listed'] = first;
    const ids = union(data['former_ids'], h.formerIds);
    const names = union(data['former_names'], h.formerNames);
    if (ids.length) data['former_ids'] = ids;
    if (names.length) data['former_names'] = names;
    if (h.moves.length) data['moves'] = h.moves.map((m) => ({ month: m.month, from: m.from, to: m.to }));
    const out = ordered(data, data, IMPORTED_PROJECT_FIELDS, KEPT_PROJECT_FIELDS);
    projectSchema.parse(out);
    const text = writeMdx(out, file.body);
    if (text !== file.text) {
      writes.set(`projects/${file.slug}.mdx`, text);
      projectsUpdated++;
    }
  }

  // Items that left: what this run found, plus entries of earlier runs it did not see again.
  const removed = new Map<string, RemovedItemData>(existingRemoved.map((r) => [r.key, r]));
  for (const r of result.removed) {
    const before = removed.get(r.key);
    removed.set(
      r.key,
      removedItemSchema.parse({
        key: r.key,
        name: r.name,
        former_names: union(before?.former_names, r.formerNames.filter((n) => n !== r.name)),
        ...(r.homepage ? { homepage: r.homepage } : {}),
        ...(r.repo ? { repository: r.repo } : {}),
        ...(r.maturity ? { maturity: r.maturity } : {}),
        first_listed: before && before.first_listed < r.firstListed ? before.first_listed : r.firstListed,
        last_listed: r.lastListed,
        placements: r.placements,
        ids: union(before?.ids, r.ids),
      }),
    );
  }
  const removedList = [...removed.values()].sort((a, b) => a.key.localeCompare(b.key));
  writes.set('history/removed.json', json(removedList));

  // One point per year: its last snapshot.
  const lastOfYear = new Map<number, HistoryResult['timeline'][number]>();
  for (const t of result.timeline) lastOfYear.set(Number(t.month.slice(0, 4)), t);
  const history: LandscapeHistoryData = landscapeHistorySchema.parse({
    years: [...lastOfYear].sort((a, b) => a[0] - b[0]).map(([year, t]) => ({ year, month: t.month, categories: t.categories, maturity: t.maturity })),
    category_keys: Object.fromEntries(
      [...result.categories].sort((a, b) => a[0].localeCompare(b[0])).map(([key, v]) => [key, v.subcategory ? { category: v.category, subcategory: v.subcategory } : { category: v.category }]),
    ),
  });
  writes.set('history/landscape.json', json(history));
  return { writes, report: { projectsUpdated, removedItems: removedList.length, ids: result.ids.size, years: history.years.length } };
}
