/**
 * The written content is complete: every CNCF project and category has our text, within the
 * lengths docs/writing.md sets. Words are counted after the frontmatter, with link targets and
 * Markdown punctuation left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/integrations/content-check.ts';
import { findContentGaps, needsDescription, wordCount } from '../../src/lib/content/content-gaps.ts';
import { readMdx } from '../../src/lib/content/frontmatter.ts';

const content = join(import.meta.dirname, '..', '..', 'content');

function read(dir: string) {
  return readdirSync(join(content, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(content, dir, f), 'utf8');
      const { data } = readMdx(text, f);
      return { file: f, data: data as Record<string, unknown>, body: text.split(/\n---\n/).slice(1).join('\n---\n') };
    });
}

const words = wordCount;

describe('written content', () => {
  const projects = read('projects');
  const ranges: Record<string, [number, number]> = { graduated: [300, 700], incubating: [300, 700], sandbox: [200, 500], archived: [200, 500] };

  it.each(Object.keys(ranges))('every %s project has a description of at most 160 characters and a body in range', (maturity) => {
    const [min, max] = ranges[maturity]!;
    const pages = projects.filter((p) => p.data['maturity'] === maturity);
    expect(pages.length).toBeGreaterThan(0);
    const wrong = pages
      .map((p) => ({ file: p.file, description: String(p.data['description'] ?? ''), words: words(p.body) }))
      .filter((p) => !p.description || p.description.length > 160 || p.words < min || p.words > max)
      .map((p) => `${p.file}: description ${p.description.length} chars, body ${p.words} words`);
    expect(wrong).toEqual([]);
  });

  it('every category has a description and at least 200 words, every subcategory 40-150 words', () => {
    const wrong: string[] = [];
    const categories = read('categories');
    // Every category an item is filed under has its file (derived from content/, not today's count).
    expect(categories.map((c) => c.file.replace(/\.mdx$/, '')).sort()).toEqual([...new Set(projects.map((p) => String(p.data['category'])))].sort());
    for (const c of categories) {
      if (!c.data['description'] || words(c.body) < 200) wrong.push(`${c.file}: ${words(c.body)} words`);
      for (const sub of c.data['subcategories'] as Array<{ name: string; about?: string }>) {
        const n = words(sub.about ?? '');
        if (n < 40 || n > 150) wrong.push(`${c.file} / ${sub.name}: ${n} words`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every item outside CNCF Members, and every Platinum and Gold member, has a description of 20-160 characters', () => {
    expect(findContentGaps(readContent(join(content, '..'))).missingDescriptions).toEqual([]);
  });

  it('every non-CNCF item that our project pages, category texts or guides link to has at least 120 words of text', () => {
    expect(findContentGaps(readContent(join(content, '..'))).shortLinkedTexts).toEqual([]);
  });

  it('no two descriptions in a subcategory are the same, and none just repeats the subcategory name', () => {
    const key = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\b(a|an|the|and|for|of)\b/g, ' ').replace(/\s+/g, ' ').trim();
    const subNames = new Map<string, string>(
      read('categories').flatMap((c) => (c.data['subcategories'] as Array<{ slug: string; name: string }>).map((s) => [`${c.file.replace(/\.mdx$/, '')}/${s.slug}`, key(s.name)] as const)),
    );
    const seen = new Map<string, string>();
    const wrong: string[] = [];
    for (const p of projects.filter((x) => needsDescription(x.data) && x.data['description'])) {
      const place = `${String(p.data['category'])}/${String(p.data['subcategory'])}`;
      const d = key(String(p.data['description']));
      if (d === subNames.get(place) || d === `${subNames.get(place)}s`) wrong.push(`${p.file}: only repeats the subcategory name`);
      const twin = seen.get(`${place}|${d}`);
      if (twin) wrong.push(`${p.file}: same description as ${twin}`);
      seen.set(`${place}|${d}`, p.file);
    }
    expect(wrong).toEqual([]);
  });
});
