import { describe, expect, it } from 'vitest';
import { buildCatalog, compareItems, countsLabel } from '../../src/lib/site/catalog.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { projectSchema } from '../../src/schemas/project.ts';

const logo = { src: '/logos/x.svg', thumb: '/logos/x.svg', aspect: 1, kind: 'monogram' as const };
const category = (id: string, order: number, subs: string[]) => ({
  id,
  data: categorySchema.parse({ name: id.toUpperCase(), landscape_id: id, order, subcategories: subs.map((s) => ({ name: s, slug: s, landscape_id: s })) }),
});
const item = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: projectSchema.parse({ name: id, landscape_id: id, category: 'run', subcategory: 'engines', homepage: 'https://example.org/', logo: 'x.svg', ...fields }),
});

describe('compareItems', () => {
  it('puts CNCF projects first by maturity, then the rest by name, ignoring case', () => {
    const names = [
      { name: 'zeta', maturity: undefined },
      { name: 'Alpha', maturity: undefined },
      { name: 'sand', maturity: 'sandbox' as const },
      { name: 'old', maturity: 'archived' as const },
      { name: 'grad', maturity: 'graduated' as const },
      { name: 'inc', maturity: 'incubating' as const },
      { name: 'beta', maturity: undefined },
    ].sort(compareItems);
    expect(names.map((n) => n.name)).toEqual(['grad', 'inc', 'sand', 'old', 'Alpha', 'beta', 'zeta']);
  });
});

describe('countsLabel', () => {
  it('names the CNCF projects only when there are some', () => {
    expect(countsLabel({ itemCount: 12, projectCount: 3 })).toBe('12 items, 3 CNCF projects');
    expect(countsLabel({ itemCount: 7, projectCount: 0 })).toBe('7 items');
  });
});

describe('buildCatalog', () => {
  const catalog = buildCatalog(
    [category('second', 2, ['other']), category('run', 1, ['engines', 'empty'])],
    [
      item('b-product', {}),
      item('a-project', { maturity: 'sandbox', also_in: [{ category: 'second', subcategory: 'other' }] }),
      item('gone', { removed_upstream: true }),
    ],
    { 'b-product': logo, 'a-project': logo, gone: logo },
  );

  it('orders categories, places items in every placement and leaves out removed items', () => {
    expect(catalog.categories.map((c) => c.slug)).toEqual(['run', 'second']);
    const run = catalog.category('run');
    expect(run?.subcategories.map((s) => [s.slug, s.items.map((i) => i.slug)])).toEqual([
      ['engines', ['a-project', 'b-product']],
      ['empty', []],
    ]);
    expect(catalog.category('second')?.subcategories[0]?.items.map((i) => i.slug)).toEqual(['a-project']);
    expect(run).toMatchObject({ itemCount: 2, projectCount: 1, url: '/categories/run/' });
    expect(catalog.items.has('gone')).toBe(false);
  });

  it('lists each category\'s CNCF projects once, extra placements included', () => {
    const twice = buildCatalog(
      [category('run', 1, ['engines', 'tools'])],
      [
        item('product', {}),
        item('zed', { maturity: 'sandbox', also_in: [{ category: 'run', subcategory: 'tools' }] }),
        item('alpha', { maturity: 'graduated', subcategory: 'tools' }),
      ],
      { product: logo, zed: logo, alpha: logo },
    );
    expect(twice.category('run')?.projects.map((p) => p.slug)).toEqual(['alpha', 'zed']);
    expect(catalog.category('second')?.projects.map((p) => p.slug)).toEqual(['a-project']);
  });

  it('fails loudly when a logo was not resolved', () => {
    expect(() => buildCatalog([category('run', 1, ['engines'])], [item('x', {})], {})).toThrow(/no logo/);
  });
});
