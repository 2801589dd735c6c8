import type { APIRoute, GetStaticPaths } from 'astro';
import type { NameEntry } from '../../../lib/search/name-index.ts';
import { getCatalog } from '../../../lib/site/content.ts';
import { nameIndexFiles } from '../../../lib/site/search-data.ts';

/** The name index (see src/lib/search/name-index.ts): one JSON file per first letter, and all.json for typos. */
export const getStaticPaths = (async () => {
  const files = nameIndexFiles(await getCatalog());
  return [...files].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: NameEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
