import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import { currentItems, readSnapshots } from '../../src/lib/landscape/history/history-import.ts';
import { matchHistory, type CurrentItem } from '../../src/lib/landscape/history/history-match.ts';
import { readSnapshot, type Snapshot } from '../../src/lib/landscape/history/history-read.ts';
import { landscape1Id, landscapeItemId } from '../../src/lib/landscape/landscape-id.ts';
import { LandscapeDataError } from '../../src/lib/landscape/landscape-parse.ts';
import { buildLegacyTables } from '../../src/lib/site/legacy-tables.ts';
import { projectUrl, removedItemUrl } from '../../src/lib/site/urls.ts';

const entry = (category: string, subcategory: string, name: string, extra: { repo?: string; homepage?: string; maturity?: string } = {}) => ({
  category, subcategory, name, homepage: extra.homepage, repo: extra.repo, maturity: extra.maturity,
});
const current = (slug: string, name: string, category: string, subcategory: string, repo?: string): CurrentItem => ({
  slug, name, homepage: `https://${slug}.example/`, repo, landscapeId: landscapeItemId(category, subcategory, name), category, subcategory,
});

describe('matchHistory', () => {
  const snapshots: Snapshot[] = [
    { month: '2018-03', items: [entry('Orchestration', 'Service Management', 'Linkerd'), entry('Runtime', 'Storage', 'OldFS', { repo: 'https://github.com/x/oldfs' }), entry('App', 'DB', 'Gone DB')] },
    { month: '2019-01', items: [entry('Orchestration', 'Service Mesh', 'Linkerd'), entry('Runtime', 'Storage', 'NewFS', { repo: 'https://github.com/x/oldfs' }), entry('App', 'DB', 'Gone DB')] },
    // A later item takes the name (and so the landscape1 id) the removed one had.
    { month: '2020-01', items: [entry('Orchestration', 'Service Mesh', 'Linkerd'), entry('Runtime', 'Storage', 'NewFS', { repo: 'https://github.com/x/oldfs' }), entry('Installer', 'Kube', 'Kube Up', { repo: 'https://github.com/k/k' }), entry('Orch', 'Sched', 'Kubernetes', { repo: 'https://github.com/k/k' })] },
  ];
  const now = [
    current('linkerd', 'Linkerd', 'Orchestration', 'Service Mesh'),
    current('newfs', 'NewFS', 'Runtime', 'Cloud Native Storage', 'https://github.com/x/oldfs'),
    current('gone-db-2', 'Gone DB', 'Data', 'Database'),
    current('kubernetes', 'Kubernetes', 'Orch', 'Sched', 'https://github.com/k/k'),
  ];
  const result = matchHistory(snapshots, now);

  it('follows moves and renames and keeps every former id', () => {
    expect(result.items.get('linkerd')).toMatchObject({
      firstListed: '2018-03',
      moves: [{ month: '2019-01', from: 'Orchestration / Service Management', to: 'Orchestration / Service Mesh' }],
      formerIds: ['orchestration--service-management--linkerd'],
    });
    expect(result.items.get('newfs')).toMatchObject({ formerNames: ['OldFS'], formerIds: expect.arrayContaining(['old-fs', 'runtime--storage--oldfs', 'runtime--storage--newfs']) });
  });

  it('keeps two items that share a repository apart, and records the one that left', () => {
    expect(result.items.get('kubernetes')?.formerNames).toEqual([]);
    expect(result.removed.map((r) => r.name)).toEqual(['Kube Up']);
    expect(result.ids.get('installer--kube--kube-up')).toEqual({ removed: 'kube-up' });
  });

  it('gives an id to whoever held it last', () => {
    // "Gone DB" in App › DB was matched by name to the current item of that name.
    expect(result.ids.get(landscape1Id('Gone DB'))).toEqual({ slug: 'gone-db-2' });
    expect(result.ids.get('app--db--gone-db')).toEqual({ slug: 'gone-db-2' });
  });

  it('counts items per category and CNCF projects per maturity each month', () => {
    expect(result.timeline.map((t) => t.month)).toEqual(['2018-03', '2019-01', '2020-01']);
    expect(result.timeline[2]?.categories).toEqual({ Orchestration: 1, Runtime: 1, Installer: 1, Orch: 1 });
  });
});

describe('readSnapshot', () => {
  it('names the file and the line of an entry that breaks its generation\'s schema', () => {
    const text = 'landscape:\n  - category:\n    name: A\n    subcategories:\n      - subcategory:\n        name: B\n        items:\n          - item:\n            homepage_url: https://x.example/\n';
    expect(() => readSnapshot(text, 'history/2019-01.yml', '2019-01')).toThrow(LandscapeDataError);
    expect(() => readSnapshot(text, 'history/2019-01.yml', '2019-01')).toThrow(/^history\/2019-01\.yml:8: field "landscape\.0\.subcategories\.0\.items\.0\.name"/);
  });
});

const root = join(import.meta.dirname, '..', '..');
const historyDir = join(root, '..', 'shared', 'landscape', 'history');
const present = existsSync(historyDir);

describe.skipIf(!present && !process.env['CI'])(present ? 'the real history' : `the real history (skipped: ${historyDir} not found)`, () => {
  it('every id any snapshot produced resolves to a page, the one of its last holder', { timeout: 240_000 }, () => {
    const read = (dir: string) =>
      readdirSync(join(root, 'content', dir)).filter((f) => f.endsWith('.mdx')).map((f) => {
        const text = readFileSync(join(root, 'content', dir, f), 'utf8');
        return { slug: f.replace(/\.mdx$/, ''), text, ...readMdx(text, f) };
      });
    const categories = read('categories');
    const projects = read('projects');
    const snapshots = readSnapshots(historyDir);
    const result = matchHistory(snapshots, currentItems(categories, projects));
    const removed = JSON.parse(readFileSync(join(root, 'content', 'history', 'removed.json'), 'utf8')) as Array<{ key: string; ids: string[] }>;
    const landscape = JSON.parse(readFileSync(join(root, 'content', 'history', 'landscape.json'), 'utf8')) as { category_keys: Record<string, { category: string; subcategory?: string }> };
    const tables = buildLegacyTables({
      projects: projects.map((p) => ({ slug: p.slug, name: String(p.data['name']), landscapeId: String(p.data['landscape_id']), formerIds: (p.data['former_ids'] as string[] | undefined) ?? [] })),
      removed,
      categories: categories.map((c) => ({ slug: c.slug, name: String(c.data['name']), subcategories: c.data['subcategories'] as Array<{ slug: string; name: string }> })),
      categoryKeys: landscape.category_keys,
    });
    const produced = new Set(snapshots.flatMap((s) => s.items.flatMap((e) => [landscapeItemId(e.category, e.subcategory, e.name), landscape1Id(e.name)])));
    const wrong: string[] = [];
    for (const id of produced) {
      const url = (id.includes('--') ? tables.items2 : tables.items1)[id];
      const holder = result.ids.get(id);
      const want = holder && ('slug' in holder ? projectUrl(holder.slug) : removedItemUrl(holder.removed));
      if (!url || url !== want) wrong.push(`${id}: ${url ?? 'nothing'} (want ${want})`);
    }
    expect(produced.size).toBeGreaterThan(5000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
