import { describe, expect, it } from 'vitest';
import { barChartLayout } from '../../src/lib/site/bar-chart.ts';
import { acceptedPerYear, byMaturity, promotionsPerYear, type StatsProject } from '../../src/lib/site/stats.ts';

const projects: StatsProject[] = [
  { maturity: 'graduated', dates: { accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2018-03-06' } },
  { maturity: 'incubating', dates: { accepted: '2018-01-01', incubating: '2019-05-01' } },
  { maturity: 'sandbox', dates: { accepted: '2019-06-01' } },
  { maturity: 'archived', dates: { accepted: '2016-10-11', incubating: '2016-10-11' } },
];

describe('stats', () => {
  it('counts projects by maturity', () => {
    expect(byMaturity(projects).map((r) => [r.label, r.values[0]])).toEqual([
      ['Graduated', 1],
      ['Incubating', 1],
      ['Sandbox', 1],
      ['Archived', 1],
    ]);
  });

  it('counts acceptances per year, with empty years as zero', () => {
    expect(acceptedPerYear(projects)).toEqual([
      { label: '2016', values: [2] },
      { label: '2017', values: [0] },
      { label: '2018', values: [1] },
      { label: '2019', values: [1] },
    ]);
  });

  it('counts promotions, not entries at incubating', () => {
    expect(promotionsPerYear(projects)).toEqual([
      { label: '2018', values: [0, 1] },
      { label: '2019', values: [1, 0] },
    ]);
  });

  it('lays bars out in proportion, one row per label and one bar per series', () => {
    const chart = barChartLayout([{ label: 'a', values: [10, 5] }, { label: 'b', values: [0, 2] }], 640, 100);
    const [a, b] = chart.rows;
    expect(a!.bars.map((bar) => bar.width)).toEqual([500, 250]);
    expect(b!.bars.map((bar) => bar.width)).toEqual([0, 100]);
    expect(b!.y).toBeGreaterThan(a!.bars[1]!.y);
    expect(chart.height).toBe(2 * 2 * 14 + 6);
  });
});
