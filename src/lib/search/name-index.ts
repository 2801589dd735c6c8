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
    const words = [item.name, ...aliases].flatMap(tokens).filter((word) => !LISTING_LABELS.test(word));
    const keys = new Set([item.name, ...aliases].map(shardOf).concat(words.map(shardOf)));
    for (const key of keys) shards.set(key, [...(shards.get(key) ?? []), entry]);
  }
  return new Map([...shards.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** How well an entry matches the query; 0 for no match. Exact name beats exact alias beats prefixes. */
export function scoreEntry(entry: NameEntry, query: string): number {
  const q = normalize(query);
  const qTokens = tokens(query);
  if (!q) return 0;
  const name = normalize(entry.n);
  if (name === q) return 100;
  const aliases = entry.a.map(normalize);
  if (aliases.includes(q)) return 90;
  if (name.startsWith(q)) return 70;
  if (aliases.some((a) => a.startsWith(q))) return 60;
  const words = [entry.n, ...entry.a].flatMap(tokens);
  if (qTokens.length > 0 && qTokens.every((t) => words.some((w) => w.startsWith(t)))) return 40;
  return 0;
}

/** Entries matching the query, best first; ties go to CNCF projects by maturity, then shorter names. */
export function matchNames(entries: NameEntry[], query: string, limit = 8): NameEntry[] {
  const seen = new Set<string>();
  return entries
    .filter((e) => (seen.has(e.s) ? false : (seen.add(e.s), true)))
    .map((entry) => ({ entry, score: scoreEntry(entry, query) }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (MATURITY_RANK[a.entry.m ?? ''] ?? 9) - (MATURITY_RANK[b.entry.m ?? ''] ?? 9) ||
        a.entry.n.length - b.entry.n.length ||
        a.entry.s.length - b.entry.s.length ||
        a.entry.s.localeCompare(b.entry.s),
    )
    .slice(0, limit)
    .map((x) => x.entry);
}

/** The shard that holds every item one of whose words starts like the query's first word. */
export function shardForQuery(query: string): string | undefined {
  const first = tokens(query)[0];
  return first ? shardOf(first) : undefined;
}
