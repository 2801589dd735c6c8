/**
 * The committed content/ must be exactly what the importer makes of the shared landscape data.
 * Skipped only where ../shared is absent outside CI, and then by a name that says so (npm test lists
 * skipped tests); in CI a missing data file fails instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import { planImport, type ExistingFile } from '../../src/lib/landscape/landscape-import.ts';
import { parseLandscape } from '../../src/lib/landscape/landscape-parse.ts';

const root = join(import.meta.dirname, '..', '..');
const data = join(root, '..', 'shared', 'landscape', 'landscape.yml');

function read(dir: string): ExistingFile[] {
  return readdirSync(join(root, 'content', dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(root, 'content', dir, f), 'utf8');
      return { slug: f.replace(/\.mdx$/, ''), text, ...readMdx(text, f) };
    });
}

const present = existsSync(data);
describe.skipIf(!present && !process.env['CI'])(present ? 'the real landscape data' : `the real landscape data (skipped: ${data} not found)`, () => {
  const upstream = parseLandscape(readFileSync(data, 'utf8'), data);

  it('has as many categories, subcategories, items and projects per maturity as content/', () => {
    const items = upstream.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items));
    const categories = read('categories');
    const projects = read('projects').filter((p) => !p.data['removed_upstream']);
    expect(items.length).toBeGreaterThan(0);
    expect(upstream.categories).toHaveLength(categories.length);
    expect(upstream.categories.flatMap((c) => c.subcategories)).toHaveLength(categories.flatMap((c) => c.data['subcategories'] as unknown[]).length);
    expect(items).toHaveLength(projects.length);
    const maturities = ['graduated', 'incubating', 'sandbox', 'archived'];
    const count = (values: unknown[]) => Object.fromEntries(maturities.map((m) => [m, values.filter((v) => v === m).length]));
    expect(count(items.map((i) => i.project))).toEqual(count(projects.map((p) => p.data['maturity'])));
  });

  it('is already imported: the importer would change no file', () => {
    const plan = planImport(upstream, read('categories'), read('projects'));
    expect([...plan.writes.keys()]).toEqual([]);
  });
});
