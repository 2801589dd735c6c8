import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/site/catalog.ts';
import { projectPageModel } from '../../src/lib/site/project-page.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { projectSchema } from '../../src/schemas/project.ts';

const logo = { src: '/logos/x.svg', thumb: '/logos/x.svg', aspect: 1, kind: 'monogram' as const };
const category = (id: string, order: number, subs: Array<{ slug: string; removed?: boolean }>, removed = false) => ({
  id,
  data: categorySchema.parse({
    name: `${id} name`,
    landscape_id: id,
    order,
    removed_upstream: removed,
    subcategories: subs.map((s) => ({ name: `${s.slug} name`, slug: s.slug, landscape_id: s.slug, removed_upstream: s.removed ?? false })),
  }),
});
const item = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: projectSchema.parse({ name: id, landscape_id: id, category: 'run', subcategory: 'engines', homepage: 'https://example.org/', logo: 'x.svg', ...fields }),
});

describe('projectPageModel', () => {
  const items = [
    item('kept', { maturity: 'sandbox', also_in: [{ category: 'old', subcategory: 'gone' }, { category: 'run', subcategory: 'tools' }] }),
    item('orphan', { category: 'old', subcategory: 'gone', removed_upstream: true }),
    item('half', { subcategory: 'retired', removed_upstream: true, description: 'Our own sentence about half' }),
    item('run name', {}),
  ];
  const catalog = buildCatalog(
    [category('run', 1, [{ slug: 'engines' }, { slug: 'tools' }, { slug: 'retired', removed: true }]), category('old', 2, [{ slug: 'gone', removed: true }], true)],
    items,
    Object.fromEntries(items.map((i) => [i.id, logo])),
  );
  const model = (id: string) => projectPageModel(id, items.find((i) => i.id === id)!.data, catalog);

  it('links the placement and keeps only further placements that have a page', () => {
    const m = model('kept');
    expect(m.breadcrumbs).toEqual([
      { href: '/categories/run/', label: 'run name' },
      { href: '/categories/run/engines/', label: 'engines name' },
      { href: '/projects/kept/', label: 'kept' },
    ]);
    expect(m.placement.view?.items.map((i) => i.slug)).toEqual(['kept', 'run name']);
    expect(m.alsoIn.map((p) => p.subcategory.slug)).toEqual(['tools']);
    expect(m.description).toBe('kept is a CNCF sandbox project in engines name (run name) on the CNCF Cloud Native Landscape.');
    expect(m.keywords).toEqual(['run name', 'engines name', 'CNCF sandbox']);
  });

  it('still shapes the page of an item whose category left the landscape with it (names, no links)', () => {
    const m = model('orphan');
    expect(m.breadcrumbs).toEqual([
      { href: undefined, label: 'old name' },
      { href: undefined, label: 'gone name' },
      { href: '/projects/orphan/', label: 'orphan' },
    ]);
    expect(m.placement.view).toBeUndefined();
  });

  it('does the same for a removed subcategory of a category that stays, and prefers our description', () => {
    const m = model('half');
    expect(m.breadcrumbs.slice(0, 2)).toEqual([
      { href: '/categories/run/', label: 'run name' },
      { href: undefined, label: 'retired name' },
    ]);
    expect(m.description).toBe('Our own sentence about half');
  });

  it('tells an item apart from a category of the same name', () => {
    expect(model('run name').title).toBe('run name (engines name, run name)');
  });

  it('fails with the item and the placement when content/categories does not have it', () => {
    const stray = item('stray', { category: 'nowhere', subcategory: 'x' });
    expect(() => projectPageModel('stray', stray.data, catalog)).toThrow('stray: placement nowhere/x is not in content/categories');
  });
});
