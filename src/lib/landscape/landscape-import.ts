/**
 * Plans an import: given the upstream landscape and the content files we already have, works out
 * every file's new text and what changed. Pure (no file system), so it is unit-tested directly;
 * `scripts/import-landscape.ts` does the reading and writing. Categories are planned in
 * import-categories.ts, items in import-items.ts (recognized across renames by import-match.ts).
 *
 * Rules:
 * - Facts (the imported fields) come from upstream; the body and editorial fields are never changed,
 *   except that a renamed item's former name is appended to `aliases`.
 * - Slugs never change. An item that is renamed or moved is recognized by its landscape2 id, else its
 *   LFX slug, else its repository, else its homepage (each only when the match is unambiguous).
 * - An item gone upstream keeps its file, marked `removed_upstream: true`.
 */
import { planCategories } from './import-categories.ts';
import type { ExistingFile } from './import-fields.ts';
import { planItems, type ItemReport } from './import-items.ts';
import type { UpstreamLandscape } from './landscape-parse.ts';

export type { ExistingFile };

export interface ImportReport extends ItemReport {
  categories: { added: string[]; updated: string[]; removed: string[]; unchanged: number };
}

export interface ImportPlan {
  /** New text of every file that changes, by path relative to the content directory. */
  writes: Map<string, string>;
  report: ImportReport;
  /** Totals after the import. */
  totals: { categories: number; subcategories: number; items: number; projects: number };
}

/** Plans the import. Throws if a generated file would not pass its schema (a bug, never data). */
export function planImport(upstream: UpstreamLandscape, existingCategories: ExistingFile[], existingProjects: ExistingFile[]): ImportPlan {
  const categories = planCategories(upstream, existingCategories);
  const items = planItems(upstream, categories, existingProjects);
  return {
    writes: new Map([...categories.writes, ...items.writes]),
    report: { ...items.report, categories: categories.report },
    totals: {
      categories: upstream.categories.length,
      subcategories: categories.subcategoryCount,
      items: items.items,
      projects: items.projects,
    },
  };
}
