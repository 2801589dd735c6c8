import type { APIRoute, GetStaticPaths } from 'astro';
import type { Maturity } from '../../schemas/common.ts';
import { badgeSvg } from '../../lib/site/badge.ts';
import { getCatalog } from '../../lib/site/content.ts';

/** A badge per item, e.g. "CNCF | graduated", to link to its page from other docs. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.items.values()].map((item) => ({ params: { slug: item.slug }, props: { name: item.name, maturity: item.maturity } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; maturity: Maturity | undefined }> = ({ props }) => {
  const title = props.maturity ? `${props.name}: CNCF ${props.maturity}` : `${props.name}: on the CNCF landscape`;
  return new Response(badgeSvg(title, props.maturity), { headers: { 'Content-Type': 'image/svg+xml' } });
};
