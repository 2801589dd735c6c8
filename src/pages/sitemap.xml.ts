import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCatalog } from '../lib/site/content.ts';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { removedItems } from '../lib/site/history-data.ts';
import { guideUrl, maturityUrl, projectUrl, removedGroup, removedGroupUrl } from '../lib/site/urls.ts';
import { MATURITY_LEVELS } from '../schemas/common.ts';
import { editionPages } from '../lib/i18n/edition-pages.ts';
import { EDITIONS, LANGUAGE_INFO, localizedPath, type Lang } from '../lib/i18n/locales.ts';

/** Every page of the site; the end-to-end tests take their page lists from here too. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const [projects, guides] = await Promise.all([getCollection('projects'), getCollection('guides')]);
  const paths = [
    '/',
    '/grid/',
    '/categories/',
    '/projects/',
    '/items/',
    '/guides/',
    '/search/',
    '/landscape/',
    '/stats/',
    ...catalog.categories.flatMap((c) => [c.url, ...c.subcategories.map((s) => s.url)]),
    ...projects.map((p) => projectUrl(p.id)),
    ...guides.map((g) => guideUrl(g.id)),
    ...MATURITY_LEVELS.map(maturityUrl),
    '/removed/',
    '/changes/',
    ...[...new Set(removedItems().map((r) => removedGroup(r.key)))].map(removedGroupUrl),
  ];
  // Each edition page, and its English original, lists every language version of itself.
  const editions = new Map(await Promise.all(EDITIONS.map(async (lang) => [lang, await editionPages(lang)] as const)));
  const languagesOf = (path: string): Lang[] => ['en', ...EDITIONS.filter((lang) => editions.get(lang)?.has(path))];
  const entry = (path: string, lang: Lang) => {
    const languages = languagesOf(path);
    const alternates = languages.length > 1 ? languages.map((l) => ({ hreflang: LANGUAGE_INFO[l].tag, href: new URL(localizedPath(path, l), site).href })) : undefined;
    return { url: new URL(localizedPath(path, lang), site).href, ...(alternates ? { alternates } : {}) };
  };
  const entries = [...paths.map((p) => entry(p, 'en')), ...EDITIONS.flatMap((lang) => [...(editions.get(lang) ?? [])].map((p) => entry(p, lang)))];
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml' } });
};
