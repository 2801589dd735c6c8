import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedHeightMessage, embedItemFacts, isEmbedHeightMessage } from '../../src/lib/site/embed.ts';
import { projectSchema } from '../../src/schemas/project.ts';

const project = (fields: Record<string, unknown>) =>
  projectSchema.parse({ name: 'X', landscape_id: 'a--b--x', category: 'a', subcategory: 'b', homepage: 'https://x.org/', logo: 'x.svg', ...fields });

describe('an item embed\'s facts', () => {
  it('keeps the website, source and documentation of the page\'s links, and the CNCF dates', () => {
    const facts = embedItemFacts(
      project({
        repository: 'https://github.com/x/x',
        links: { docs: 'https://docs.x.org/', slack: 'https://slack.x.org/', twitter: 'https://x.com/x' },
        clomonitor_name: 'x',
        dates: { accepted: '2019-01-02', incubating: '2020-03-04' },
        first_listed: '2018-03',
      }),
    );
    expect(facts.links.map((l) => l.label)).toEqual(['Website', 'Source code', 'Documentation']);
    expect(facts.timeline.map((e) => e.date)).toEqual(['2019-01-02', '2020-03-04']);
    expect(facts.listedSince).toBe('2018-03');
  });

  it('has only the website and no dates for an item outside the CNCF with nothing else known', () => {
    expect(embedItemFacts(project({}))).toEqual({ listedSince: undefined, timeline: [], links: [{ label: 'Website', href: 'https://x.org/' }] });
  });
});

describe('the height message', () => {
  it('rounds the height up, so the last pixel row is never cut off', () => {
    expect(embedHeightMessage(412.2)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 413 });
    expect(isEmbedHeightMessage(embedHeightMessage(412.2))).toBe(true);
  });

  it('is told apart from every other message a page may receive', () => {
    for (const data of [null, undefined, 'landscape-docs:height', 413, {}, { type: EMBED_HEIGHT_MESSAGE }, { type: 'other', height: 10 }, { type: EMBED_HEIGHT_MESSAGE, height: '413' }, { type: EMBED_HEIGHT_MESSAGE, height: Number.NaN }, { type: EMBED_HEIGHT_MESSAGE, height: Infinity }, { type: EMBED_HEIGHT_MESSAGE, height: 0 }, { type: EMBED_HEIGHT_MESSAGE, height: -5 }]) {
      expect(isEmbedHeightMessage(data), JSON.stringify(data) ?? String(data)).toBe(false);
    }
  });
});
