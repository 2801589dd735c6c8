/**
 * Geometry of a horizontal bar chart, drawn as SVG at build time by BarChart.astro: one row per
 * label, one bar per series in the row. No chart library and no JavaScript.
 */
import type { Row } from './stats.ts';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  series: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: Array<{ label: string; y: number; bars: Bar[] }>;
}

const BAR = 14;
const GAP = 6;

export function barChartLayout(rows: Row[], width = 640, labelWidth = 190): ChartLayout {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const plot = width - labelWidth - 40; // room for the value after the longest bar
  let y = 0;
  const laidOut = rows.map((row) => {
    const top = y;
    const bars = row.values.map((value, series) => ({ x: labelWidth, y: top + series * BAR, width: Math.max(value > 0 ? 1 : 0, Math.round((value / max) * plot)), height: BAR - 2, value, series }));
    y += row.values.length * BAR + GAP;
    return { label: row.label, y: top, bars };
  });
  return { width, height: Math.max(y - GAP, 0), labelWidth, rows: laidOut };
}
