/**
 * Search in the browser: exact and prefix matches from the name index first, then Pagefind's
 * full-text results for everything else. Both load on first use and are cached.
 */
import { correctNames, editDistance, itemHit, normalize, rankNames, shardForQuery, type NameEntry, type NameHit, type TopicEntry } from './name-index.ts';
import { hitFromFragment, resultMetaLookup, resultMetaPath, splitPagefindId, type PagefindFragment, type ResultMetaTable } from './result-meta.ts';
import { createSearchQueue, SHORT_QUERY } from './search-queue.ts';

export interface SearchHit extends NameHit {
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  excerpt?: string | undefined;
  /** In an edition, the hit leads to an English page: the project is not translated yet. */
  english?: boolean | undefined;
}

export interface SearchFilters {
  category?: string[];
  subcategory?: string[];
  maturity?: string[];
}

interface PagefindData extends PagefindFragment {
  excerpt: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> } | null>;
}

const shards = new Map<string, Promise<NameEntry[]>>();
let topics: Promise<TopicEntry[]> | undefined;
let pagefind: Promise<Pagefind> | undefined;

function loadShard(key: string): Promise<NameEntry[]> {
  let shard = shards.get(key);
  if (!shard) {
    shard = fetch(`/search/names/${key}.json`).then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []));
    shards.set(key, shard);
  }
  return shard;
}

/** The edition of the page ('zh', 'ru'), from `<html lang>`; Pagefind picks its index by the same attribute. */
function edition(): string | undefined {
  const lang = document.documentElement.lang.slice(0, 2);
  return lang === 'zh' || lang === 'ru' ? lang : undefined;
}

let translated: Promise<Set<string>> | undefined;

/** In an edition, name matches go to the translated project page where there is one. */
async function localize(hits: SearchHit[]): Promise<SearchHit[]> {
  const lang = edition();
  if (!lang) return hits;
  translated ??= fetch(`/${lang}/search/pages.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])).then((slugs) => new Set(slugs));
  const slugs = await translated;
  return hits.map((hit) => {
    const slug = /^\/projects\/([^/]+)\/$/.exec(hit.url)?.[1];
    if (!slug) return hit;
    // An untranslated project's hit leads to its English page, and says so.
    return slugs.has(slug) ? { ...hit, url: `/${lang}${hit.url}` } : { ...hit, english: true };
  });
}

function loadTopics(): Promise<TopicEntry[]> {
  topics ??= fetch(edition() ? `/${edition()}/search/topics.json` : '/search/topics.json').then((r) => (r.ok ? (r.json() as Promise<TopicEntry[]>) : []));
  return topics;
}

function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 18 });
      return pf;
    });
  }
  return pagefind;
}

/** Result tables (see result-meta.ts) by Pagefind language, once loaded. */
const resultTables = new Map<string, Map<string, NameHit>>();
const resultTablesRequested = new Set<string>();

/**
 * Fetches the result table of the page's Pagefind language (Pagefind picks it from `<html lang>`,
 * lower-cased). Nothing waits for it: until it is there, results load their fragments.
 */
export function loadResultTable(language = document.documentElement.lang.toLowerCase()): void {
  if (resultTablesRequested.has(language)) return;
  resultTablesRequested.add(language);
  void fetch(resultMetaPath(language))
    .then((r) => (r.ok ? (r.json() as Promise<ResultMetaTable>) : undefined))
    .then((table) => table && resultTables.set(language, resultMetaLookup(table)))
    .catch(() => resultTablesRequested.delete(language));
}

/**
 * The search run once while the page is idle. Pagefind's first search in a page costs 50–100 ms
 * more than later ones, index chunk aside (local Chromium: "prom" took 88–135 ms as the first
 * search and 27 ms after another), so that cost is paid before the reader types. The term is the
 * landscape's most common word, so the index chunk it loads is one many readers need.
 */
export const WARM_UP_QUERY = 'kubernetes';

let warmedUp = false;

/**
 * Loads the search data when the page is idle or the search box gets focus: Pagefind's
 * WebAssembly and metadata, and one search in its worker (see WARM_UP_QUERY), so the first
 * query answers without that setup.
 */
export function warmUp(): void {
  if (!warmedUp) {
    warmedUp = true;
    void loadPagefind().then(async (pf) => {
      await pf.init();
      await pf.search(WARM_UP_QUERY);
    });
  }
  void loadTopics();
  void localize([]);
}

/**
 * Full-text search starts at two characters: a one-letter Pagefind query matches nearly every word
 * and would delay the searches typed after it (Pagefind runs them one at a time). Name matches
 * still show from the first character.
 */
export const MIN_TEXT_QUERY = 2;

function passes(hit: SearchHit, filters: SearchFilters): boolean {
  const ok = (values: string[] | undefined, value: string | undefined) => !values?.length || (value !== undefined && values.includes(value));
  return ok(filters.category, hit.category) && ok(filters.subcategory, hit.subcategory) && ok(filters.maturity, hit.maturity);
}

/**
 * Name matches (see rankNames in name-index.ts); only when nothing matches exactly or by prefix,
 * names one or two typos away, marked with the name the query was taken for (`exact` turns that off).
 */
export async function searchNames(query: string, filters: SearchFilters = {}, limit = 8, exact = false, signal?: AbortSignal): Promise<SearchHit[]> {
  const key = shardForQuery(query);
  if (!key) return [];
  const filtered = Object.values(filters).some((v) => v?.length);
  const [entries, topicList] = await Promise.all([loadShard(key), filtered ? Promise.resolve([]) : loadTopics()]);
  // Every keystroke of a fast typist waits for the same shard; only the last query is ranked.
  if (signal?.aborted) return [];
  let hits: SearchHit[] = rankNames(query, entries, topicList).filter((hit) => hit.topic || passes(hit, filters));
  if (hits.length === 0 && !exact) {
    hits = correctNames(await loadShard('all'), query, 50)
      .map((c) => itemHit(c.entry, c.matched))
      .filter((hit) => passes(hit, filters));
  }
  return localize(hits.slice(0, limit));
}

/** For a query that found nothing: the five closest item names (up to three edits) and every category. */
export async function suggest(query: string): Promise<{ closest: SearchHit[]; categories: SearchHit[] }> {
  const q = normalize(query);
  const [all, topicList] = await Promise.all([loadShard('all'), loadTopics()]);
  const closest = all
    .map((e) => ({ e, d: Math.min(...[e.n, ...e.a].map((n) => editDistance(q, normalize(n), 3))) }))
    .filter((x) => x.d <= 3)
    .sort((a, b) => a.d - b.d || a.e.n.length - b.e.n.length)
    .slice(0, 5)
    .map((x) => itemHit(x.e));
  const categories = topicList.filter((t) => t.c === 'Category').map((t) => ({ url: t.u, title: t.n }));
  return { closest: await localize(closest), categories };
}

/** Pagefind runs one search at a time: see search-queue.ts for which ones run. */
const latestOnly = createSearchQueue();

/** Full-text results: the count at once, the hits' data loaded on demand, a page at a time. */
export interface TextResults {
  count: number;
  load(start: number, end: number): Promise<SearchHit[]>;
}

export interface TextSearchOptions {
  filters?: SearchFilters;
  /** Pages already shown (as name matches), dropped from the results. */
  exclude?: Set<string>;
  /**
   * Whether hits carry Pagefind's excerpt, which takes one fragment request per hit. Without, hits
   * come from the result table when it has loaded (see loadResultTable).
   */
  excerpts?: boolean;
  /** The query is being typed into a box that searches as you type (see SHORT_QUERY). */
  asYouType?: boolean;
}

/** A hit from the result table, or undefined when the table of its language has not loaded. */
function tableHit(id: string): SearchHit | undefined {
  const { language, hash } = splitPagefindId(id);
  return resultTables.get(language)?.get(hash);
}

export async function searchText(query: string, { filters = {}, exclude = new Set(), excerpts = true, asYouType = false }: TextSearchOptions = {}): Promise<TextResults> {
  if (query.trim().length < MIN_TEXT_QUERY) return { count: 0, load: async () => [] };
  const pf = await loadPagefind();
  const pagefindFilters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) if (values?.length) pagefindFilters[key] = { any: values };
  const found = await latestOnly(() => pf.search(query, { filters: pagefindFilters }), asYouType && query.trim().length < SHORT_QUERY);
  const results = found?.results ?? [];
  // Pages already shown as name matches are dropped when loaded, so a page can hold fewer hits.
  return {
    count: results.length,
    load: async (start, end) => {
      const hits = await Promise.all(
        results.slice(start, end).map(async (r): Promise<SearchHit> => {
          const known = excerpts ? undefined : tableHit(r.id);
          if (known) return known;
          const data = await r.data();
          return { ...hitFromFragment(data), excerpt: data.excerpt };
        }),
      );
      return hits.filter((hit) => !exclude.has(hit.url));
    },
  };
}
