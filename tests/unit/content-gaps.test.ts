import { describe, expect, it } from 'vitest';
import { findContentGaps, formatContentGaps, wordCount } from '../../src/lib/content/content-gaps.ts';

const file = (slug: string, fields: string, body = '') => ({ path: `content/projects/${slug}.mdx`, text: `---\nname: ${slug}\n${fields}\n---\n${body}` });
const many = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('findContentGaps', () => {
  const projects = [
    file('proj', 'category: run\nsubcategory: engines\nmaturity: sandbox', `## What\n\n[Tool](project:tool), [Member](project:member) and [Other](project:other).`),
    file('tool', 'category: run\nsubcategory: engines', 'Too short.'),
    file('other', 'category: run\nsubcategory: engines\ndescription: Twenty characters at least, here', many(120)),
    file('member', 'category: cncf-members\nsubcategory: silver'),
    file('gold', 'category: cncf-members\nsubcategory: gold\ndescription: short'),
    file('gone', 'category: run\nsubcategory: engines\nremoved_upstream: true'),
    file('done', 'category: run\nsubcategory: engines\nmaturity: graduated\nreviewed: "2026-11-29"\nsources:\n  - {title: a, url: "https://a.example/"}\n  - {title: b, url: "https://b.example/"}'),
  ];
  const gaps = findContentGaps({ projects, categories: [], guides: [{ path: 'content/guides/g.mdx', text: '---\ntitle: G\n---\n[Gone](project:gone)' }] });

  it('lists items without a 20-160 character description, skipping CNCF projects, removed items and members below Gold', () => {
    expect(gaps.missingDescriptions).toEqual(['tool', 'gold']);
  });

  it('lists non-CNCF items that our texts link to and that have under 120 words', () => {
    expect(gaps.shortLinkedTexts).toEqual([
      { slug: 'tool', words: 2 },
      { slug: 'member', words: 0 },
      { slug: 'gone', words: 0 },
    ]);
  });

  it('lists CNCF project pages without a reviewed date and 2-6 sources', () => {
    expect(gaps.unreviewed).toEqual(['proj']);
  });

  it('reports counts and the first slugs, and nothing when nothing is missing', () => {
    expect(formatContentGaps(gaps, 1)[0]).toBe('2 item(s) still lack a description: tool, … (1 more)');
    expect(formatContentGaps({ missingDescriptions: [], shortLinkedTexts: [], unreviewed: [] })).toEqual([]);
  });

  it('counts words without link targets or Markdown punctuation', () => {
    expect(wordCount('## Title\n\n[Envoy](project:envoy) is a **fast** proxy.')).toBe(6);
  });
});
