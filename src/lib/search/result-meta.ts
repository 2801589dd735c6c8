/**
 * What a full-text result shows without its excerpt (address, title, logo, maturity, place in the
 * landscape), for every page Pagefind indexed: one table per Pagefind language, keyed by
 * Pagefind's page id, written after indexing (src/integrations/pagefind.ts).
 *
 * Why: Pagefind keeps this in one fragment file per page, which its `data()` fetches per result
 * after each search. In the header's list, which shows no excerpts, those fetches were the larger
 * part of the wait for complete results: five requests after the search itself, on every new
 * query. One table fetched when the reader focuses the box replaces them. The /search/ page shows
 * excerpts and still loads fragments.
 *
 * Used at build time and in the browser: no Node APIs.
 */
import type { NameHit } from './name-index.ts';

/** What Pagefind's fragment (or its `data()`) holds that a result shows. */
export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One page: [Pagefind id without the language prefix, URL, title, logo or '', maturity or '', category index or -1, subcategory index or -1]. */
export type ResultMetaRow = [id: string, url: string, title: string, logo: string, maturity: string, category: number, subcategory: number];

export interface ResultMetaTable {
  /** Category names, referred to by index from the rows. */
  categories: string[];
  /** Subcategory names, referred to by index from the rows. */
  subcategories: string[];
  /** One row per indexed page, sorted by URL (neighbouring URLs compress well together). */
  pages: ResultMetaRow[];
}

/** Pagefind's ids are `<language>_<hash>` ("en_a26eb95", "zh-cn_3f0c1d2"). */
export function splitPagefindId(id: string): { language: string; hash: string } {
  const cut = id.lastIndexOf('_');
  return { language: id.slice(0, Math.max(cut, 0)), hash: id.slice(cut + 1) };
}

/** The folder of the tables in the built site. */
export const RESULT_META_DIR = '/search/result-meta/';

/** Where the table of a Pagefind language is served. */
export const resultMetaPath = (language: string): string => `${RESULT_META_DIR}${language}.json`;

/** A result as the lists show it, from a fragment: the same shape whether it came from the table or from Pagefind. */
export function hitFromFragment(fragment: PagefindFragment): NameHit {
  return {
    url: fragment.url.replace(/index\.html$/, ''),
    title: fragment.meta['title'] ?? fragment.url,
    logo: fragment.meta['image'],
    maturity: fragment.filters['maturity']?.[0],
    category: fragment.filters['category']?.[0],
    subcategory: fragment.filters['subcategory']?.[0],
  };
}

/** The table of one language from its pages' fragments, keyed by hash (the id without the language prefix). */
export function buildResultMeta(fragments: ReadonlyMap<string, PagefindFragment>): ResultMetaTable {
  const categories: string[] = [];
  const subcategories: string[] = [];
  const indexOf = (names: string[], name: string | undefined) => {
    if (name === undefined) return -1;
    const found = names.indexOf(name);
    return found >= 0 ? found : names.push(name) - 1;
  };
  const rows = [...fragments].map(([hash, fragment]) => ({ hash, hit: hitFromFragment(fragment) }));
  rows.sort((a, b) => (a.hit.url < b.hit.url ? -1 : a.hit.url > b.hit.url ? 1 : a.hash < b.hash ? -1 : 1));
  const pages = rows.map(({ hash, hit }): ResultMetaRow => [hash, hit.url, hit.title, hit.logo ?? '', hit.maturity ?? '', indexOf(categories, hit.category), indexOf(subcategories, hit.subcategory)]);
  return { categories, subcategories, pages };
}

/** The table as a lookup from hash to hit, for the browser. */
export function resultMetaLookup(table: ResultMetaTable): Map<string, NameHit> {
  const or = (value: string) => (value === '' ? undefined : value);
  return new Map(
    table.pages.map(([hash, url, title, logo, maturity, category, subcategory]) => [
      hash,
      { url, title, logo: or(logo), maturity: or(maturity), category: table.categories[category], subcategory: table.subcategories[subcategory] },
    ]),
  );
}
