import { describe, expect, it } from 'vitest';
import { buildResultMeta, hitFromFragment, resultMetaLookup, resultMetaPath, splitPagefindId, type PagefindFragment } from '../../src/lib/search/result-meta.ts';

const fragment = (url: string, title: string, extra: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url,
  meta: { title, image: `/logos/${title.toLowerCase()}-thumb-0000abcd.png` },
  filters: { category: ['Runtime'], subcategory: ['Container Runtime'], maturity: ['graduated'] },
  ...extra,
});

describe('result tables', () => {
  it('splits Pagefind ids into language and hash, including languages with a region', () => {
    expect(splitPagefindId('en_a26eb95')).toEqual({ language: 'en', hash: 'a26eb95' });
    expect(splitPagefindId('zh-cn_3f0c1d2')).toEqual({ language: 'zh-cn', hash: '3f0c1d2' });
    expect(splitPagefindId('a26eb95')).toEqual({ language: '', hash: 'a26eb95' });
    expect(resultMetaPath('zh-cn')).toBe('/search/result-meta/zh-cn.json');
  });

  it('gives every page the same hit as its fragment would, through the JSON file', () => {
    const fragments = new Map<string, PagefindFragment>([
      ['b2', fragment('/projects/containerd/index.html', 'containerd')],
      ['a1', fragment('/projects/cri-o/', 'CRI-O', { filters: { category: ['Runtime'], subcategory: ['Container Runtime'], maturity: ['incubating'] } })],
      ['c3', { url: '/guides/cncf-maturity-levels/', meta: { title: 'CNCF maturity levels' }, filters: {} }],
      ['d4', { url: '/categories/runtime/', meta: {}, filters: { category: ['Runtime'] } }],
    ]);
    const table = buildResultMeta(fragments);
    const lookup = resultMetaLookup(JSON.parse(JSON.stringify(table)));
    expect(lookup.size).toBe(4);
    for (const [hash, f] of fragments) expect(lookup.get(hash), hash).toEqual(JSON.parse(JSON.stringify(hitFromFragment(f))));
    // Names of categories and subcategories are stored once and referred to by index.
    expect(table.categories).toEqual(['Runtime']);
    expect(table.subcategories).toEqual(['Container Runtime']);
    // Rows are sorted by URL, so the file is the same whatever order Pagefind wrote the fragments in.
    expect(table.pages.map((row) => row[1])).toEqual(['/categories/runtime/', '/guides/cncf-maturity-levels/', '/projects/containerd/', '/projects/cri-o/']);
    expect(JSON.stringify(buildResultMeta(new Map([...fragments].reverse())))).toBe(JSON.stringify(table));
  });

  it('falls back to the URL for a page without a title, and leaves out what a page does not have', () => {
    const hit = resultMetaLookup(buildResultMeta(new Map([['e5', { url: '/stats/', meta: {}, filters: {} }]]))).get('e5');
    expect(hit).toEqual({ url: '/stats/', title: '/stats/', logo: undefined, maturity: undefined, category: undefined, subcategory: undefined });
  });
});
