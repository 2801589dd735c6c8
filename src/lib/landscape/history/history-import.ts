/**
 * The importer's history mode: reads every monthly snapshot in a folder (YYYY-MM.yml.gz or .yml),
 * recognizes the current items in them and plans the history files. Reading and matching are in
 * history-read.ts and history-match.ts, planning in history-plan.ts; this module wires them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { removedItemSchema, type RemovedItemData } from '../../../schemas/landscape-history-data.ts';
import type { ExistingFile } from '../landscape-import.ts';
import { LandscapeDataError } from '../landscape-parse.ts';
import { matchHistory, type CurrentItem, type HistoryResult } from './history-match.ts';
import { planHistory, type HistoryPlan } from './history-plan.ts';
import { readSnapshot, type Snapshot } from './history-read.ts';

const SNAPSHOT_FILE = /^(\d{4}-\d{2})\.ya?ml(\.gz)?$/;

export function readSnapshots(dir: string): Snapshot[] {
  if (!existsSync(dir)) throw new LandscapeDataError([{ file: dir, line: 1, message: 'history folder not found' }]);
  const files = readdirSync(dir).filter((f) => SNAPSHOT_FILE.test(f)).sort();
  if (files.length === 0) throw new LandscapeDataError([{ file: dir, line: 1, message: 'no YYYY-MM.yml(.gz) snapshots in the history folder' }]);
  return files.map((f) => {
    const data = readFileSync(join(dir, f));
    const text = (f.endsWith('.gz') ? gunzipSync(data) : data).toString('utf8');
    return readSnapshot(text, join(dir, f), SNAPSHOT_FILE.exec(f)?.[1] as string);
  });
}

/** The current items with their places by name, as the snapshots name them. */
export function currentItems(categories: ExistingFile[], projects: ExistingFile[]): CurrentItem[] {
  const names = new Map(categories.map((c) => [c.slug, { name: String(c.data['name']), subs: new Map((c.data['subcategories'] as Array<{ slug: string; name: string }>).map((s) => [s.slug, s.name])) }]));
  return projects.map((p) => {
    const category = names.get(String(p.data['category']));
    return {
      slug: p.slug,
      name: String(p.data['name']),
      homepage: String(p.data['homepage']),
      repo: typeof p.data['repository'] === 'string' ? p.data['repository'] : undefined,
      landscapeId: String(p.data['landscape_id']),
      category: category?.name ?? String(p.data['category']),
      subcategory: category?.subs.get(String(p.data['subcategory'])) ?? String(p.data['subcategory']),
    };
  });
}

export function planHistoryImport(
  snapshots: Snapshot[],
  categories: ExistingFile[],
  projects: ExistingFile[],
  removedJson: string | undefined,
): HistoryPlan & { result: HistoryResult } {
  const result = matchHistory(snapshots, currentItems(categories, projects));
  const existing: RemovedItemData[] = removedJson ? removedItemSchema.array().parse(JSON.parse(removedJson)) : [];
  return { ...planHistory(result, projects, existing), result };
}
