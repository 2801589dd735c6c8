import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import type { ExistingFile } from '../../src/lib/landscape/landscape-import.ts';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');

export function fixture(...parts: string[]): string {
  return readFileSync(join(fixtures, ...parts), 'utf8');
}

/** Turns an import plan's writes into the "existing files" of a following run. */
export function asExisting(writes: Map<string, string>, dir: 'projects' | 'categories', previous: ExistingFile[] = []): ExistingFile[] {
  const bySlug = new Map(previous.map((f) => [f.slug, f]));
  for (const [path, text] of writes) {
    if (!path.startsWith(`${dir}/`)) continue;
    const slug = path.slice(dir.length + 1).replace(/\.mdx$/, '');
    bySlug.set(slug, { slug, text, ...readMdx(text, path) });
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
