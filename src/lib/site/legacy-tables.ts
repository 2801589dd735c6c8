/**
 * The lookup tables behind old landscape.cncf.io links (/api/legacy-ids.json): every landscape1
 * and landscape2 id an item ever had → its page, ids of items that left → their entry on
 * /removed/, and old and current category keys → category or subcategory pages. Built from
 * content/ at build time; read in the browser by legacy-url.ts.
 */
import { landscape1Id, normalizeName } from '../landscape/landscape-id.ts';
import type { LegacyTables } from './legacy-url.ts';
import { categoryUrl, projectUrl, removedItemUrl, subcategoryUrl } from './urls.ts';

export interface TableInputs {
  projects: Array<{ slug: string; name: string; landscapeId: string; formerIds: string[] }>;
  removed: Array<{ key: string; ids: string[] }>;
  categories: Array<{ slug: string; name: string; subcategories: Array<{ slug: string; name: string }> }>;
  /** Old category keys → current names (content/history/landscape.json). */
  categoryKeys: Record<string, { category: string; subcategory?: string | undefined }>;
}

/** landscape2 ids have `--` between their parts; landscape1 ids never do. */
const isGeneration2 = (id: string) => id.includes('--');

export function buildLegacyTables(input: TableInputs): LegacyTables {
  const tables: LegacyTables = { items2: {}, items1: {}, categories: {} };
  const put = (id: string, url: string) => {
    (isGeneration2(id) ? tables.items2 : tables.items1)[id.toLowerCase()] = url;
  };
  // Precedence follows who held an id last: former ids of current items first; then items that
  // left, whose lists keep only the ids they held last; then every current item's own ids.
  for (const p of input.projects) for (const id of p.formerIds) put(id, projectUrl(p.slug));
  for (const r of input.removed) for (const id of r.ids) put(id, removedItemUrl(r.key));
  for (const p of input.projects) {
    put(p.landscapeId, projectUrl(p.slug));
    put(landscape1Id(p.name), projectUrl(p.slug));
  }
  const byName = new Map(input.categories.map((c) => [c.name, c]));
  for (const [key, place] of Object.entries(input.categoryKeys)) {
    const c = byName.get(place.category);
    if (!c) continue;
    const sub = place.subcategory ? c.subcategories.find((s) => s.name === place.subcategory) : undefined;
    tables.categories[key] = sub ? subcategoryUrl(c.slug, sub.slug) : categoryUrl(c.slug);
  }
  for (const c of input.categories) {
    tables.categories[normalizeName(c.name)] = categoryUrl(c.slug);
    tables.categories[landscape1Id(c.name)] = categoryUrl(c.slug);
    for (const s of c.subcategories) {
      tables.categories[`${normalizeName(c.name)}--${normalizeName(s.name)}`] = subcategoryUrl(c.slug, s.slug);
      tables.categories[landscape1Id(s.name)] = subcategoryUrl(c.slug, s.slug);
    }
  }
  return tables;
}
