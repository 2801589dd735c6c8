import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { landscapeHistory, removedItems } from '../../lib/site/history-data.ts';
import { buildLegacyTables } from '../../lib/site/legacy-tables.ts';

/**
 * Every landscape.cncf.io id and category key that ever existed → a page here (see
 * src/lib/site/legacy-tables.ts). Fetched by the browser only when an old link lands here.
 */
export const GET: APIRoute = async () => {
  const [projects, categories] = await Promise.all([getCollection('projects'), getCollection('categories')]);
  const tables = buildLegacyTables({
    projects: projects.map((p) => ({ slug: p.id, name: p.data.name, landscapeId: p.data.landscape_id, formerIds: p.data.former_ids })),
    removed: removedItems().map((r) => ({ key: r.key, ids: r.ids })),
    categories: categories.map((c) => ({ slug: c.id, name: c.data.name, subcategories: c.data.subcategories.map((s) => ({ slug: s.slug, name: s.name })) })),
    categoryKeys: landscapeHistory().category_keys,
  });
  const sorted = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));
  const body = { items2: sorted(tables.items2), items1: sorted(tables.items1), categories: sorted(tables.categories) };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
