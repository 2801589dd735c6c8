/**
 * The legacy lookup tables (legacy-tables.ts) built from the content collections, shared by
 * /api/legacy-ids.json and the generated `_redirects`.
 */
import { getCollection } from 'astro:content';
import { landscapeHistory, removedItems } from './history-data.ts';
import { buildLegacyTables } from './legacy-tables.ts';
import type { LegacyTables } from './legacy-url.ts';
import { projectUrl } from './urls.ts';

export async function legacyTablesFromContent(): Promise<{ tables: LegacyTables; cncfProjectUrls: Set<string> }> {
  const [projects, categories] = await Promise.all([getCollection('projects'), getCollection('categories')]);
  const tables = buildLegacyTables({
    projects: projects.map((p) => ({ slug: p.id, name: p.data.name, landscapeId: p.data.landscape_id, formerIds: p.data.former_ids })),
    removed: removedItems().map((r) => ({ key: r.key, ids: r.ids })),
    categories: categories.map((c) => ({ slug: c.id, name: c.data.name, subcategories: c.data.subcategories.map((s) => ({ slug: s.slug, name: s.name })) })),
    categoryKeys: landscapeHistory().category_keys,
  });
  const cncfProjectUrls = new Set(projects.filter((p) => p.data.maturity !== undefined).map((p) => projectUrl(p.id)));
  return { tables, cncfProjectUrls };
}
