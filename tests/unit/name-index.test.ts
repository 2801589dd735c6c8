import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import {
  buildNameShards,
  implicitAliases,
  matchNames,
  normalize,
  shardForQuery,
  shardOf,
  tokens,
  type IndexedItem,
  type NameEntry,
} from '../../src/lib/search/name-index.ts';

const item = (slug: string, name: string, extra: Partial<IndexedItem> = {}): IndexedItem => ({
  slug,
  name,
  aliases: [],
  maturity: undefined,
  category: 'Runtime',
  subcategory: 'Container Runtime',
  logo: `/logos/${slug}.svg`,
  ...extra,
});

/** Searches the way the browser does: the shard of the query's first word, then the matcher. */
function search(shards: Map<string, NameEntry[]>, query: string): string[] {
  const key = shardForQuery(query);
  return key ? matchNames(shards.get(key) ?? [], query).map((e) => e.s) : [];
}

describe('normalize and tokens', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalize('gRPC')).toBe('grpc');
    expect(normalize('Argo CD')).toBe(normalize('argo-cd'));
    expect(normalize('Metal³')).toBe('metal3');
    expect(normalize('Café')).toBe('cafe');
    expect(tokens('Open Policy Agent (OPA)')).toEqual(['open', 'policy', 'agent', 'opa']);
  });

  it('gives implicit aliases for a parenthesised part, but not for listing labels', () => {
    expect(implicitAliases('Open Policy Agent (OPA)')).toEqual(['Open Policy Agent', 'OPA']);
    expect(implicitAliases('Upbound (member)')).toEqual(['Upbound']);
    expect(implicitAliases('Helm')).toEqual([]);
  });

  it('shards by first letter or digit', () => {
    expect(shardOf('Helm')).toBe('h');
    expect(shardOf('3scale')).toBe('3');
    expect(shardOf('.NET')).toBe('n');
    expect(shardOf('→')).toBe('_');
  });
});

describe('matchNames', () => {
  const shards = buildNameShards([
    item('helm', 'Helm', { maturity: 'graduated' }),
    item('helm-dashboard', 'Helm Dashboard'),
    item('grpc', 'gRPC', { maturity: 'incubating' }),
    item('grpc-gateway', 'gRPC-Gateway'),
    item('nats', 'NATS', { maturity: 'incubating' }),
    item('native-thing', 'Native Thing'),
    item('argo', 'Argo', { maturity: 'graduated', aliases: ['Argo CD', 'Argo Workflows'] }),
    item('argocd-autopilot', 'Argo CD Autopilot'),
    item('opa', 'Open Policy Agent (OPA)', { maturity: 'graduated' }),
    item('kubernetes', 'Kubernetes', { maturity: 'graduated', aliases: ['k8s'] }),
    item('k8sgpt', 'K8sGPT', { maturity: 'sandbox' }),
  ]);

  it('puts the exact name first, whatever the case and punctuation', () => {
    expect(search(shards, 'Helm')[0]).toBe('helm');
    expect(search(shards, 'grpc')[0]).toBe('grpc');
    expect(search(shards, 'G-R-P-C')[0]).toBe('grpc');
    expect(search(shards, 'NATS')).toEqual(['nats']);
  });

  it('finds a project by an alias ahead of items whose names start with it', () => {
    expect(search(shards, 'argo cd')[0]).toBe('argo');
    expect(search(shards, 'Argo CD')).toEqual(['argo', 'argocd-autopilot']);
    expect(search(shards, 'k8s')[0]).toBe('kubernetes');
    expect(search(shards, 'OPA')[0]).toBe('opa');
    expect(search(shards, 'open policy agent')[0]).toBe('opa');
  });

  it('matches prefixes of names and of words while typing', () => {
    expect(search(shards, 'hel')).toEqual(['helm', 'helm-dashboard']);
    expect(search(shards, 'dash')).toEqual(['helm-dashboard']);
    expect(search(shards, 'policy ag')).toEqual(['opa']);
  });

  it('finds nothing for an empty query or one that matches no name', () => {
    expect(search(shards, '  ')).toEqual([]);
    expect(search(shards, 'zzz')).toEqual([]);
  });

  it('is deterministic: shards are sorted and each item appears once per shard', () => {
    expect([...shards.keys()]).toEqual([...shards.keys()].sort());
    for (const entries of shards.values()) expect(new Set(entries.map((e) => e.s)).size).toBe(entries.length);
  });
});

describe('the real content', () => {
  const dir = join(import.meta.dirname, '..', '..', 'content', 'projects');
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data } = readMdx(readFileSync(join(dir, f), 'utf8'), f);
      const d = data as { name: string; aliases?: string[]; maturity?: string };
      return item(f.replace(/\.mdx$/, ''), d.name, { aliases: d.aliases ?? [], maturity: d.maturity });
    });
  const shards = buildNameShards(items);
  const nameCount = new Map<string, number>();
  for (const i of items) nameCount.set(normalize(i.name), (nameCount.get(normalize(i.name)) ?? 0) + 1);

  it('every CNCF project is the first result for its exact name and for each alias', () => {
    const wrong: string[] = [];
    for (const i of items.filter((x) => x.maturity)) {
      for (const query of [i.name, ...i.aliases, ...implicitAliases(i.name)]) {
        const first = search(shards, query)[0];
        if (first !== i.slug) wrong.push(`${query} → ${first ?? 'nothing'} (want ${i.slug})`);
      }
    }
    expect(items.filter((x) => x.maturity).length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('every other item with a unique name is the first result for it', () => {
    const wrong = items
      .filter((i) => !i.maturity && nameCount.get(normalize(i.name)) === 1)
      .filter((i) => search(shards, i.name)[0] !== i.slug)
      .map((i) => i.name);
    expect(wrong).toEqual([]);
  });
});
