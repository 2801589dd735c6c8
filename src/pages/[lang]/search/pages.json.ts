import type { APIRoute } from 'astro';
import { EDITIONS, type Edition } from '../../../lib/i18n/locales.ts';
import { editionContent } from '../../../lib/i18n/translations.ts';

export function getStaticPaths() {
  return EDITIONS.map((lang) => ({ params: { lang } }));
}

/** The project pages an edition has translated, so its search sends name matches to them rather than to English. */
export const GET: APIRoute = async ({ params }) => {
  const slugs = [...(await editionContent(params['lang'] as Edition)).projects.keys()].sort();
  return new Response(JSON.stringify(slugs), { headers: { 'Content-Type': 'application/json' } });
};
