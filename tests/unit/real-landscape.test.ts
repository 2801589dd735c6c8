/**
 * The committed content/ must be exactly what the importer makes of the shared landscape data.
 * Skipped only where ../shared is absent (it is present on every machine of ours and in CI).
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

describe.skipIf(!existsSync(data))('the real landscape data', () => {
  const upstream = parseLandscape(readFileSync(data, 'utf8'), data);

  it('has the shape SOURCE.md describes', () => {
    const items = upstream.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items));
    expect(upstream.categories).toHaveLength(15);
    expect(upstream.categories.flatMap((c) => c.subcategories)).toHaveLength(80);
    expect(items).toHaveLength(2413);
    const counts = Object.fromEntries(['graduated', 'incubating', 'sandbox', 'archived'].map((m) => [m, items.filter((i) => i.project === m).length]));
    expect(counts).toEqual({ graduated: 38, incubating: 38, sandbox: 151, archived: 28 });
  });

  it('is already imported: the importer would change no file', () => {
    const plan = planImport(upstream, read('categories'), read('projects'));
    expect([...plan.writes.keys()]).toEqual([]);
  });
});
