import { describe, expect, it } from 'vitest';
import { atomTime, changesFeed, landscapeChanges, nextMonth } from '../../src/lib/site/changes.ts';

describe('landscapeChanges', () => {
  const changes = landscapeChanges(
    [
      { slug: 'a', name: 'Alpha', dates: { accepted: '2020-01-10', incubating: '2020-01-10', graduated: '2023-05-02' }, first_listed: '2018-03', moves: [] },
      { slug: 'b', name: 'Beta', dates: {}, first_listed: '2024-07', moves: [{ month: '2025-02', from: 'A / B', to: 'A / C' }] },
    ],
    [{ key: 'gone', name: 'Gone <DB>', last_listed: '2025-12' }],
  );

  it('lists events newest first, once per event, with stable ids', () => {
    expect(changes.map((c) => [c.date, c.kind, c.url])).toEqual([
      ['2026-01', 'removed', '/removed/g/#gone'],
      ['2025-02', 'moved', '/projects/b/'],
      ['2024-07', 'added', '/projects/b/'],
      ['2023-05-02', 'graduated', '/projects/a/'],
      ['2020-01-10', 'accepted', '/projects/a/'],
    ]);
    expect(changes[1]).toMatchObject({ id: 'urn:landscape-docs:change:moved:b:2025-02', title: 'Beta moved from A › B to A › C' });
  });

  it('writes an Atom feed with escaped titles, absolute links and month dates as timestamps', () => {
    const feed = changesFeed(changes, new URL('https://docs.example/'), 2);
    expect(feed).toContain('<updated>2026-01-01T00:00:00Z</updated>');
    expect(feed).toContain('<title>Gone &lt;DB&gt; removed from the landscape</title>');
    expect(feed).toContain('<link href="https://docs.example/removed/g/#gone"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(atomTime('2020-01-10')).toBe('2020-01-10T00:00:00Z');
  });
});
