import { describe, expect, it } from 'vitest';
import { guideNeighbours, sortGuides } from '../../src/lib/site/guide-order.ts';

const g = (id: string, order: number, title = id) => ({ id, data: { order, title } });

describe('guide order', () => {
  const sorted = sortGuides([g('c', 20), g('b', 10, 'Zeta'), g('a', 10, 'Alpha')]);
  it('sorts by order, then title', () => expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c']));
  it('gives each guide its neighbours, none before the first or after the last', () => {
    expect(guideNeighbours(sorted, 'a')).toEqual({ previous: undefined, next: sorted[1] });
    expect(guideNeighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
    expect(guideNeighbours(sorted, 'c')).toEqual({ previous: sorted[1], next: undefined });
    expect(guideNeighbours(sorted, 'x')).toEqual({ previous: undefined, next: undefined });
  });
});
