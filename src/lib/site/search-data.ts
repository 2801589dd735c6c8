/**
 * What the browser search loads, shaped from the catalog at build time: the items for the name
 * index (src/lib/search/name-index.ts) and the topics (categories and subcategories with the
 * words people use for them, and their CNCF projects).
 */
import { buildNameShards, type IndexedItem, type NameEntry, type TopicEntry } from '../search/name-index.ts';
import type { Catalog } from './catalog.ts';

export function indexedItems(catalog: Catalog): IndexedItem[] {
  return [...catalog.items.values()].map((i) => {
    const place = catalog.placement(i.category, i.subcategory);
    return {
      slug: i.slug,
      name: i.name,
      aliases: i.aliases,
      covers: i.covers,
      maturity: i.maturity,
      category: place?.category.name ?? i.category,
      subcategory: place?.subcategory.name ?? i.subcategory,
      logo: i.logo.thumb,
    };
  });
}

/** The shards by first letter, and `all`: every entry once, for typo correction. */
export function nameIndexFiles(catalog: Catalog): Map<string, NameEntry[]> {
  const shards = buildNameShards(indexedItems(catalog));
  const all = new Map<string, NameEntry>();
  for (const entries of shards.values()) for (const e of entries) all.set(e.s, e);
  return new Map([...shards, ['all', [...all.values()].sort((a, b) => a.s.localeCompare(b.s))]]);
}

export function topicEntries(catalog: Pick<Catalog, 'categories'>): TopicEntry[] {
  const projects = (items: Catalog['categories'][number]['projects']) => items.map((p) => ({ s: p.slug, n: p.name, m: p.maturity ?? '', l: p.logo.thumb }));
  return catalog.categories.flatMap((c) => [
    { u: c.url, n: c.name, c: 'Category', y: c.synonyms, p: projects(c.projects.filter((p) => p.maturity === 'graduated' || p.maturity === 'incubating')) },
    ...c.subcategories.map((s) => ({ u: s.url, n: s.name, c: c.name, y: s.synonyms, p: projects(s.items.filter((i) => i.maturity && i.maturity !== 'archived')) })),
  ]);
}
