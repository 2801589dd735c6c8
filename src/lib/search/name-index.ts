/**
 * The name index: a compact list of every item's name and aliases, split into small shards by
 * first letter, searched in the browser ahead of Pagefind's full-text results. Pagefind ranks by
 * word frequency with stemming and prefix matching, so a short or common name ("NATS", "Helm",
 * "gRPC") can lose to pages that merely mention it; matching names exactly here guarantees that
 * typing a project's name (or an alias, abbreviation or former name) puts its own page first.
 *
 * Used at build time (to write the shards) and in the browser (to search them): no Node APIs.
 */

/** One item in the index. Short keys keep the shards small. */
export interface NameEntry {
  /** slug */
  s: string;
  /** name */
  n: string;
  /** aliases, explicit and implicit */
  a: string[];
  /** parts and tools the project covers (kube-proxy, Alertmanager), when any */
  v?: string[];
  /** CNCF maturity, if any */
  m?: string;
  /** category name */
  c: string;
  /** subcategory name */
  b: string;
  /** logo URL */
  l: string;
}

export interface IndexedItem {
  slug: string;
  name: string;
  aliases: string[];
  /** Parts and tools of the project (frontmatter `covers`). */
  covers?: string[];
  maturity: string | undefined;
  category: string;
  subcategory: string;
  logo: string;
}

/** Labels the landscape appends to names ("Upbound (member)"): not words anyone searches by. */
const LISTING_LABELS = /^(member|supporter|kcsp|kcntp)$/i;

const MATURITY_RANK: Record<string, number> = { graduated: 0, incubating: 1, sandbox: 2, archived: 3 };

/** Case, accents, spaces and punctuation do not matter: "gRPC" = "grpc", "Argo CD" = "argocd". */
export function normalize(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a name, normalized: "Open Policy Agent (OPA)" → open, policy, agent, opa. */
export function tokens(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Names an item answers to without anyone writing them down: "Open Policy Agent (OPA)" is also
 * "Open Policy Agent" and "OPA"; "Upbound (member)" is also "Upbound".
 */
export function implicitAliases(name: string): string[] {
  const out: string[] = [];
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (m?.[1]) {
    out.push(m[1]);
    if (!LISTING_LABELS.test(m[2] ?? '')) out.push(m[2] ?? '');
  }
  return out.filter(Boolean);
}

/** Shard key of a word: its first letter or digit, else "_". */
export function shardOf(word: string): string {
  const first = normalize(word).charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Splits the items into shards: an item is in the shard of the first character of each of its words. */
export function buildNameShards(items: IndexedItem[]): Map<string, NameEntry[]> {
  const shards = new Map<string, NameEntry[]>();
  for (const item of [...items].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const aliases = [...new Set([...item.aliases, ...implicitAliases(item.name)])].filter((a) => normalize(a) !== normalize(item.name));
    const entry: NameEntry = { s: item.slug, n: item.name, a: aliases, c: item.category, b: item.subcategory, l: item.logo };
    if (item.maturity) entry.m = item.maturity;
    if (item.covers?.length) entry.v = item.covers;
    const words = [item.name, ...aliases, ...(item.covers ?? [])].flatMap(tokens).filter((word) => !LISTING_LABELS.test(word));
    const keys = new Set([item.name, ...aliases, ...(item.covers ?? [])].map(shardOf).concat(words.map(shardOf)));
    for (const key of keys) shards.set(key, [...(shards.get(key) ?? []), entry]);
  }
  return new Map([...shards.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** An entry's names in normalized form, computed once per entry: scoring runs on every keystroke. */
interface EntryKeys {
  name: string;
  aliases: string[];
  covers: string[];
  /** Words of the name and aliases. */
  words: string[];
}

const entryKeyCache = new WeakMap<NameEntry, EntryKeys>();

function entryKeys(entry: NameEntry): EntryKeys {
  let keys = entryKeyCache.get(entry);
  if (!keys) {
    keys = { name: normalize(entry.n), aliases: entry.a.map(normalize), covers: (entry.v ?? []).map(normalize), words: [entry.n, ...entry.a].flatMap(tokens) };
    entryKeyCache.set(entry, keys);
  }
  return keys;
}

/** A query prepared once for scoring many entries. */
interface PreparedQuery {
  q: string;
  tokens: string[];
}

const prepare = (query: string): PreparedQuery => ({ q: normalize(query), tokens: tokens(query) });

function score(entry: NameEntry, { q, tokens: qTokens }: PreparedQuery): number {
  if (!q) return 0;
  const keys = entryKeys(entry);
  if (keys.name === q) return 100;
  if (keys.aliases.includes(q)) return 90;
  if (keys.covers.includes(q)) return 85;
  if (keys.name.startsWith(q)) return 70;
  if (keys.aliases.some((a) => a.startsWith(q))) return 60;
  if (keys.covers.some((c) => c.startsWith(q))) return 50;
  if (qTokens.length > 0 && qTokens.every((t) => keys.words.some((w) => w.startsWith(t)))) return 40;
  return 0;
}

/** How well an entry matches the query; 0 for no match. Exact name beats exact alias beats prefixes. */
export function scoreEntry(entry: NameEntry, query: string): number {
  return score(entry, prepare(query));
}

/** Entries matching the query with their scores, best first; ties go to CNCF projects by maturity, then shorter names. */
function scoredMatches(entries: NameEntry[], query: string, limit: number): Array<{ entry: NameEntry; score: number }> {
  const prepared = prepare(query);
  const seen = new Set<string>();
  const out: Array<{ entry: NameEntry; score: number }> = [];
  for (const entry of entries) {
    if (seen.has(entry.s)) continue;
    seen.add(entry.s);
    const value = score(entry, prepared);
    if (value > 0) out.push({ entry, score: value });
  }
  return out
    .sort(
      (a, b) =>
        b.score - a.score ||
        (MATURITY_RANK[a.entry.m ?? ''] ?? 9) - (MATURITY_RANK[b.entry.m ?? ''] ?? 9) ||
        a.entry.n.length - b.entry.n.length ||
        a.entry.s.length - b.entry.s.length ||
        a.entry.s.localeCompare(b.entry.s),
    )
    .slice(0, limit);
}

/** Entries matching the query, best first; ties go to CNCF projects by maturity, then shorter names. */
export function matchNames(entries: NameEntry[], query: string, limit = 8): NameEntry[] {
  return scoredMatches(entries, query, limit).map((x) => x.entry);
}

/** The shard that holds every item one of whose words starts like the query's first word. */
export function shardForQuery(query: string): string | undefined {
  const first = tokens(query)[0];
  return first ? shardOf(first) : undefined;
}

/** A category or subcategory in the topic index: found by its name and the words people use for it. */
export interface TopicEntry {
  /** URL of its page */
  u: string;
  /** name */
  n: string;
  /** "Category" or the category a subcategory belongs to */
  c: string;
  /** synonyms (data in content/categories) */
  y: string[];
  /** its CNCF projects, graduated first: slug, name, maturity, logo */
  p: Array<{ s: string; n: string; m: string; l: string }>;
}

/** How well a topic matches: its own name above the words for it, both above item prefixes; a prefix of its name below an item's. */
const topicCache = new WeakMap<TopicEntry, { name: string; synonyms: Set<string> }>();

export function scoreTopic(topic: TopicEntry, query: string, q = normalize(query)): number {
  if (!q) return 0;
  // Normalized once per topic, not on every keystroke.
  let keys = topicCache.get(topic);
  if (!keys) {
    keys = { name: normalize(topic.n), synonyms: new Set(topic.y.map(normalize)) };
    topicCache.set(topic, keys);
  }
  const { name } = keys;
  if (name === q) return 98;
  if (keys.synonyms.has(q)) return 95;
  // Below an item's own name prefix (70): "container" means containerd before Container Registry.
  if (q.length >= 4 && name.startsWith(q)) return 65;
  return 0;
}

/** Rows reused by editDistance, grown as needed: it runs thousands of times per typo lookup. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edits between two strings, counting a swap of neighbours as one (optimal string alignment), or
 * `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

const normalizedCache = new WeakMap<NameEntry, Array<[string, string]>>();

/** An entry's names, aliases and covered parts with their normalized forms, computed once per entry. */
function normalizedNames(entry: NameEntry): Array<[string, string]> {
  let names = normalizedCache.get(entry);
  if (!names) {
    names = [entry.n, ...entry.a, ...(entry.v ?? [])].map((n) => [n, normalize(n)]);
    normalizedCache.set(entry, names);
  }
  return names;
}

/** Typos forgiven: one edit, two for queries of nine letters or more. */
export const typoBudget = (query: string) => (normalize(query).length >= 9 ? 2 : 1);

/**
 * Entries one or two edits away from the query (by name, alias or covered part), closest first,
 * then CNCF projects by maturity. Only for queries that match nothing exactly or by prefix.
 */
export function correctNames(entries: NameEntry[], query: string, limit = 8): Array<{ entry: NameEntry; distance: number; matched: string }> {
  const q = normalize(query);
  if (q.length < 3) return [];
  const max = typoBudget(query);
  const out: Array<{ entry: NameEntry; distance: number; matched: string }> = [];
  for (const entry of entries) {
    let best: { distance: number; matched: string } | undefined;
    for (const [name, key] of normalizedNames(entry)) {
      const d = editDistance(q, key, max);
      if (d <= max && (!best || d < best.distance)) best = { distance: d, matched: name };
    }
    if (best) out.push({ entry, ...best });
  }
  return out
    .sort((a, b) => a.distance - b.distance || (MATURITY_RANK[a.entry.m ?? ''] ?? 9) - (MATURITY_RANK[b.entry.m ?? ''] ?? 9) || a.entry.n.length - b.entry.n.length)
    .slice(0, limit);
}

/** A name match as the search lists show it. */
export interface NameHit {
  url: string;
  title: string;
  logo?: string | undefined;
  maturity?: string | undefined;
  category?: string | undefined;
  subcategory?: string | undefined;
  /** Set on hits found by correcting a typo: the name the query was taken for. */
  correction?: string | undefined;
  /** A category or subcategory page rather than an item. */
  topic?: boolean | undefined;
}

export const itemHit = (e: NameEntry, correction?: string): NameHit => ({
  url: `/projects/${e.s}/`,
  title: e.n,
  logo: e.l,
  maturity: e.m,
  category: e.c,
  subcategory: e.b,
  ...(correction ? { correction } : {}),
});

/**
 * Name matches, best first: categories and subcategories by their names and the words people use
 * for them (a topic named by the query comes first, followed by its CNCF projects), items by
 * name, alias and covered parts (matchNames' order).
 */
export function rankNames(query: string, entries: NameEntry[], topics: TopicEntry[]): NameHit[] {
  const scored: Array<{ hit: NameHit; score: number }> = [];
  const q = normalize(query);
  const best = topics.map((t) => ({ t, score: scoreTopic(t, query, q) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
  for (const { t, score } of best) {
    scored.push({ hit: { url: t.u, title: t.n, category: t.c === 'Category' ? undefined : t.c, topic: true }, score });
    if (score >= 95 && t === best[0]?.t) {
      t.p.forEach((p, i) => scored.push({ hit: { url: `/projects/${p.s}/`, title: p.n, logo: p.l, maturity: p.m || undefined, subcategory: t.c === 'Category' ? undefined : t.n }, score: score - 0.5 - i / 100 }));
    }
  }
  scoredMatches(entries, query, 200).forEach((x, i) => scored.push({ hit: itemHit(x.entry), score: x.score - i / 1000 }));
  const seen = new Set<string>();
  return scored
    .sort((a, b) => b.score - a.score)
    .map((x) => x.hit)
    .filter((hit) => (seen.has(hit.url) ? false : (seen.add(hit.url), true)));
}
