/**
 * Which pages each edition has, as English paths: the home page, search, every category and
 * subcategory page and the guide list always; guides and project pages when translated. Routes
 * under src/pages/[lang]/ build exactly these, and the page shell uses the same list for the
 * language switcher and the hreflang alternates, so the two cannot disagree.
 */
import { getCatalog } from '../site/content.ts';
import { guideUrl, projectUrl } from '../site/urls.ts';
import { EDITIONS, englishPath, langOf, LANGUAGES, type Edition, type Lang } from './locales.ts';
import { editionContent } from './translations.ts';

const FIXED = ['/', '/search/', '/categories/', '/guides/'];

const cache = new Map<Edition, Promise<Set<string>>>();

async function load(lang: Edition): Promise<Set<string>> {
  const [catalog, content] = await Promise.all([getCatalog(), editionContent(lang)]);
  return new Set([
    ...FIXED,
    ...catalog.categories.flatMap((c) => [c.url, ...c.subcategories.map((s) => s.url)]),
    ...[...content.guides.keys()].map(guideUrl),
    ...[...content.projects.keys()].map(projectUrl),
  ]);
}

export function editionPages(lang: Edition): Promise<Set<string>> {
  let pages = cache.get(lang);
  if (!pages) cache.set(lang, (pages = load(lang)));
  return pages;
}

/** The languages a page exists in (English always, for a page that has an English original). */
export async function languagesOf(pathname: string): Promise<Lang[]> {
  const path = englishPath(pathname);
  const own = langOf(pathname);
  const found: Lang[] = [];
  for (const lang of LANGUAGES) {
    if (lang === 'en' || lang === own || (await editionPages(lang)).has(path)) found.push(lang);
  }
  return found;
}

export { EDITIONS };
