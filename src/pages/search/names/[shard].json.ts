import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/site/content.ts';
import { buildNameShards, type NameEntry } from '../../../lib/search/name-index.ts';

/** The name index shards (see src/lib/search/name-index.ts), one JSON file per first letter. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const items = [...catalog.items.values()].map((i) => {
    const place = catalog.placement(i.category, i.subcategory);
    return {
      slug: i.slug,
      name: i.name,
      aliases: i.aliases,
      maturity: i.maturity,
      category: place?.category.name ?? i.category,
      subcategory: place?.subcategory.name ?? i.subcategory,
      logo: i.logo.thumb,
    };
  });
  return [...buildNameShards(items)].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: NameEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
