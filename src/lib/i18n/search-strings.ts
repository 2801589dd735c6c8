/**
 * The strings the search scripts show, handed to them as a data attribute in the page's language
 * (the scripts carry no dictionaries of their own).
 */
import type { Lang } from './locales.ts';
import { DICTIONARIES } from './ui.ts';

const KEYS = [
  'search.results',
  'search.allResults',
  'search.noNames',
  'search.subcategoryOf',
  'search.categoryHit',
  'search.prompt',
  'search.searching',
  'search.showingFor',
  'search.searchInstead',
  'search.none',
  'search.summary',
  'search.closest',
  'search.browse',
  'maturity.cncf',
  'maturity.graduated',
  'maturity.incubating',
  'maturity.sandbox',
  'maturity.archived',
  'lang.english',
] as const;

export type SearchStringKey = (typeof KEYS)[number];
export type SearchStrings = Record<SearchStringKey, string>;

export function searchStrings(lang: Lang): SearchStrings {
  const strings = DICTIONARIES[lang];
  return Object.fromEntries(KEYS.map((key) => [key, strings[key]])) as SearchStrings;
}

