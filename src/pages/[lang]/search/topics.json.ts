import type { APIRoute } from 'astro';
import { EDITIONS, type Edition } from '../../../lib/i18n/locales.ts';
import { localizedCatalog } from '../../../lib/i18n/localized-catalog.ts';
import { getCatalog } from '../../../lib/site/content.ts';
import { topicEntries } from '../../../lib/site/search-data.ts';

export function getStaticPaths() {
  return EDITIONS.map((lang) => ({ params: { lang } }));
}

/**
 * An edition's categories and subcategories for search: its own names first, then the English
 * name and words, so "服务网格" and "service mesh" both find the edition's Service Mesh page.
 */
export const GET: APIRoute = async ({ params }) => {
  const [english, edition] = await Promise.all([getCatalog(), localizedCatalog(params['lang'] as Edition)]);
  const englishTopics = topicEntries(english);
  const topics = topicEntries(edition).map((topic, i) => ({ ...topic, y: [englishTopics[i]?.n ?? '', ...topic.y].filter(Boolean) }));
  return new Response(JSON.stringify(topics), { headers: { 'Content-Type': 'application/json' } });
};
