import type { APIRoute } from 'astro';
import { legacyTablesFromContent } from '../../lib/site/legacy-tables-from-content.ts';

/**
 * Every landscape.cncf.io id and category key that ever existed → a page here (see
 * src/lib/site/legacy-tables.ts). Fetched by the browser only when an old link lands here.
 */
export const GET: APIRoute = async () => {
  const { tables } = await legacyTablesFromContent();
  const sorted = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));
  const body = { items2: sorted(tables.items2), items1: sorted(tables.items1), categories: sorted(tables.categories) };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
