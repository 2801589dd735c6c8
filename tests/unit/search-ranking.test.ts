/**
 * The name search as the browser runs it (src/lib/search/search-engine.ts), on the real content:
 * the shard of the query's first word and the topics first, names a typo away only when nothing
 * matches exactly or by prefix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import {
  buildNameShards,
  correctNames,
  editDistance,
  itemHit,
  normalize,
  rankNames,
  shardForQuery,
  type IndexedItem,
  type NameEntry,
  type TopicEntry,
} from '../../src/lib/search/name-index.ts';
import { categoryUrl, subcategoryUrl } from '../../src/lib/site/urls.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
const read = (dir: string) =>
  readdirSync(join(content, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: readMdx(readFileSync(join(content, dir, f), 'utf8'), f).data as Record<string, unknown> }));

const projects = read('projects').filter((p) => !p.data['removed_upstream']);
const items: IndexedItem[] = projects.map((p) => ({
  slug: p.slug,
  name: String(p.data['name']),
  aliases: (p.data['aliases'] as string[] | undefined) ?? [],
  covers: (p.data['covers'] as string[] | undefined) ?? [],
  maturity: p.data['maturity'] as string | undefined,
  category: String(p.data['category']),
  subcategory: String(p.data['subcategory']),
  logo: '',
}));
const shards = buildNameShards(items);
const all: NameEntry[] = [...new Map([...shards.values()].flat().map((e) => [e.s, e])).values()];
const topics: TopicEntry[] = read('categories').flatMap((c) => [
  { u: categoryUrl(c.slug), n: String(c.data['name']), c: 'Category', y: (c.data['synonyms'] as string[] | undefined) ?? [], p: [] },
  ...(c.data['subcategories'] as Array<{ slug: string; name: string; synonyms?: string[] }>).map((s) => ({
    u: subcategoryUrl(c.slug, s.slug),
    n: s.name,
    c: String(c.data['name']),
    y: s.synonyms ?? [],
    p: [],
  })),
]);

/** The URLs a query lists first, as searchNames finds them. */
function search(query: string): string[] {
  const key = shardForQuery(query);
  const hits = key ? rankNames(query, shards.get(key) ?? [], topics) : [];
  return (hits.length ? hits : correctNames(all, query, 8).map((c) => itemHit(c.entry, c.matched))).map((h) => h.url);
}

/** Every one-edit typo of a name: a letter dropped, doubled, swapped with the next, or replaced. */
function typos(name: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < name.length; i++) {
    out.add(name.slice(0, i) + name.slice(i + 1));
    out.add(name.slice(0, i) + name[i] + name.slice(i));
    if (i + 1 < name.length) out.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    out.add(name.slice(0, i) + (name[i] === 'x' ? 'q' : 'x') + name.slice(i + 1));
  }
  return [...out];
}

describe('typos', () => {
  it('editDistance counts a swap of neighbours as one edit and stops early', () => {
    expect(editDistance('kubernetes', 'kubernets', 2)).toBe(1);
    expect(editDistance('kubernetes', 'kuberentes', 2)).toBe(1);
    expect(editDistance('prometheus', 'promteheus', 1)).toBe(1);
    expect(editDistance('envoy', 'linkerd', 2)).toBe(3);
  });

  it('one typo in any CNCF project name still puts the project first', { timeout: 240_000 }, () => {
    const words = [...items.flatMap((i) => [i.name, ...i.aliases, ...(i.covers ?? [])]), ...topics.flatMap((t) => [t.n, ...t.y])].map(normalize);
    const known = new Set(words);
    // How many known words each string begins.
    const prefixOf = new Map<string, number>();
    for (const w of new Set(words)) for (let n = 3; n <= w.length; n++) prefixOf.set(w.slice(0, n), (prefixOf.get(w.slice(0, n)) ?? 0) + 1);
    const wrong: string[] = [];
    let tried = 0;
    for (const p of items.filter((i) => i.maturity)) {
      for (const typo of typos(p.name.toLowerCase())) {
        const q = normalize(typo);
        // Not a typo of this name: another item's or topic's real name, a prefix of another name
        // (prefix matches rank above corrections), or equally close to another item's name.
        if (q.length < 3 || q === normalize(p.name) || known.has(q)) continue;
        if ((prefixOf.get(q) ?? 0) > (normalize(p.name).startsWith(q) ? 1 : 0)) continue;
        // Words of other names that it matches come first by design, as prefixes do.
        const key = shardForQuery(typo);
        const direct = key ? rankNames(typo, shards.get(key) ?? [], topics) : [];
        if (direct.length > 0 && direct[0]?.url !== `/projects/${p.slug}/`) continue;
        const candidates = correctNames(all, typo, 50);
        if (candidates.some((c) => c.entry.s !== p.slug && c.distance <= (candidates.find((x) => x.entry.s === p.slug)?.distance ?? 0))) continue;
        tried++;
        const first = search(typo)[0];
        if (first !== `/projects/${p.slug}/`) wrong.push(`${typo} → ${first ?? 'nothing'} (want ${p.slug})`);
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('exact and prefix matches rank above corrected ones', () => {
    expect(search('Helm')[0]).toBe('/projects/helm/');
    expect(search('kubernets')[0]).toBe('/projects/kubernetes/');
    expect(search('kubernetes')[0]).toBe('/projects/kubernetes/');
  });
});

describe('topics', () => {
  it('each category and subcategory name brings its own page within the first three results', () => {
    const wrong = topics.filter((t) => !search(t.n).slice(0, 3).includes(t.u)).map((t) => `${t.n} → ${search(t.n).slice(0, 3).join(', ')}`);
    expect(topics.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('the words people use for a topic bring its page first', () => {
    const wrong = topics.flatMap((t) => t.y.filter((y) => !names.has(normalize(y)) && search(y)[0] !== t.u && !topics.some((o) => o !== t && o.y.includes(y))).map((y) => `${y} → ${search(y)[0]} (want ${t.u})`));
    expect(wrong).toEqual([]);
  });
});

const names = new Set(items.flatMap((i) => [i.name, ...i.aliases].map(normalize)));

describe('parts and tools', () => {
  it('every covered part finds its project first', () => {
    const wrong = items.flatMap((i) => (i.covers ?? []).filter((c) => search(c)[0] !== `/projects/${i.slug}/`).map((c) => `${c} → ${search(c)[0]} (want ${i.slug})`));
    expect(wrong).toEqual([]);
  });
});
