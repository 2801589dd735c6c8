import { describe, expect, it } from 'vitest';
import { currentSection, tableOfContents, tocSlugs, type PageHeading } from '../../src/lib/site/table-of-contents.ts';

const h = (depth: number, text: string, slug = text.toLowerCase().replace(/\W+/g, '-')): PageHeading => ({ depth, slug, text });

describe('table of contents', () => {
  it('needs three ## sections: two are not enough, whatever else the page has', () => {
    expect(tableOfContents([h(2, 'What it is'), h(2, 'How it works'), h(3, 'Parts'), h(3, 'Storage'), h(4, 'Disks')])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
    expect(tableOfContents([h(2, 'A'), h(2, 'B'), h(2, 'C')]).map((e) => e.text)).toEqual(['A', 'B', 'C']);
  });

  it('lists ## headings with the ### headings below them, and leaves out the title and deeper levels', () => {
    const toc = tableOfContents([h(1, 'Envoy'), h(2, 'What it is'), h(3, 'Filters'), h(4, 'HTTP filters'), h(3, 'xDS'), h(2, 'How it works'), h(2, 'Where to start'), h(5, 'Deep')]);
    expect(toc).toEqual([
      {
        slug: 'what-it-is',
        text: 'What it is',
        children: [
          { slug: 'filters', text: 'Filters', children: [] },
          { slug: 'xds', text: 'xDS', children: [] },
        ],
      },
      { slug: 'how-it-works', text: 'How it works', children: [] },
      { slug: 'where-to-start', text: 'Where to start', children: [] },
    ]);
  });

  it('keeps a ### that comes before any ## on the top level instead of dropping it, without counting it as a section', () => {
    expect(tableOfContents([h(3, 'Intro'), h(2, 'A'), h(2, 'B')])).toEqual([]);
    const toc = tableOfContents([h(3, 'Intro'), h(2, 'A'), h(2, 'B'), h(2, 'C')]);
    expect(toc.map((e) => e.text)).toEqual(['Intro', 'A', 'B', 'C']);
    expect(toc[0]?.children).toEqual([]);
  });

  it('skips headings without an id or text, which nothing could link to', () => {
    expect(tableOfContents([h(2, 'A'), h(2, 'B', ''), h(2, '  ', 'blank'), h(2, 'C')])).toEqual([]);
  });

  it('takes a different threshold, and lists every slug in page order', () => {
    const toc = tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B')], 2);
    expect(tocSlugs(toc)).toEqual(['a', 'a1', 'b']);
  });
});

describe('the current section while scrolling', () => {
  const tops = [
    { slug: 'a', top: -900 },
    { slug: 'b', top: -20 },
    { slug: 'c', top: 150 },
    { slug: 'd', top: 1200 },
  ];
  it('is the last heading above the line', () => {
    expect(currentSection(tops, 100)).toBe('b');
    expect(currentSection(tops, 150)).toBe('c');
    expect(currentSection(tops, 2000)).toBe('d');
  });
  it('is none before the first heading reaches the line', () => {
    expect(currentSection(tops.map((t) => ({ ...t, top: t.top + 2000 })), 100)).toBeUndefined();
    expect(currentSection([], 100)).toBeUndefined();
  });
});
