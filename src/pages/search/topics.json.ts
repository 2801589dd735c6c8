import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site/content.ts';
import { topicEntries } from '../../lib/site/search-data.ts';

/** Categories and subcategories for search, with the words people use for them (see search-data.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(topicEntries(await getCatalog())), { headers: { 'Content-Type': 'application/json' } });
