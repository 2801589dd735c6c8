/**
 * The figures behind /stats/, computed from the content at build time: CNCF projects by maturity,
 * acceptances and promotions per year, items per category and subcategory.
 */
import { MATURITY_LEVELS, type Maturity } from '../../schemas/common.ts';

export interface StatsProject {
  maturity?: Maturity | undefined;
  dates: { accepted?: string | undefined; incubating?: string | undefined; graduated?: string | undefined };
}

export interface Row {
  label: string;
  values: number[];
}

const year = (date: string | undefined) => date?.slice(0, 4);

/** Years from the first to the last that occur, with none skipped, so gaps show as zero. */
function yearRange(years: string[]): string[] {
  const numbers = years.map(Number).filter(Number.isFinite);
  if (numbers.length === 0) return [];
  const out: string[] = [];
  for (let y = Math.min(...numbers); y <= Math.max(...numbers); y++) out.push(String(y));
  return out;
}

export function byMaturity(projects: StatsProject[]): Row[] {
  return MATURITY_LEVELS.map((m) => ({ label: m[0]!.toUpperCase() + m.slice(1), values: [projects.filter((p) => p.maturity === m).length] }));
}

export function acceptedPerYear(projects: StatsProject[]): Row[] {
  const years = projects.filter((p) => p.maturity).map((p) => year(p.dates.accepted));
  return yearRange(years.filter((y): y is string => Boolean(y))).map((y) => ({ label: y, values: [years.filter((x) => x === y).length] }));
}

/**
 * Moves to incubating (not counting projects that entered the CNCF at incubating) and to
 * graduated, per year.
 */
export function promotionsPerYear(projects: StatsProject[]): Row[] {
  const incubating = projects.filter((p) => p.dates.incubating && p.dates.incubating !== p.dates.accepted).map((p) => year(p.dates.incubating)!);
  const graduated = projects.filter((p) => p.dates.graduated).map((p) => year(p.dates.graduated)!);
  return yearRange([...incubating, ...graduated]).map((y) => ({
    label: y,
    values: [incubating.filter((x) => x === y).length, graduated.filter((x) => x === y).length],
  }));
}

/** One point of the landscape over time (content/history/landscape.json). */
export interface HistoryYear {
  year: number;
  month: string;
  categories: Record<string, number>;
  maturity: Record<string, number>;
}

/** Items in the landscape at the end of each year (the current year: its last snapshot). */
export function itemsPerYear(years: HistoryYear[]): Row[] {
  return years.map((y) => ({ label: String(y.year), values: [Object.values(y.categories).reduce((a, b) => a + b, 0)] }));
}

/** CNCF projects per maturity level at the end of each year, in MATURITY_LEVELS order. */
export function maturityPerYear(years: HistoryYear[]): Row[] {
  return years.map((y) => ({ label: String(y.year), values: MATURITY_LEVELS.map((m) => y.maturity[m] ?? 0) }));
}

/** Items per category name and year, as table rows; categories named as they were that year. */
export function categoriesPerYear(years: HistoryYear[]): { years: number[]; rows: Array<{ category: string; counts: Array<number | undefined> }> } {
  const names = [...new Set(years.flatMap((y) => Object.keys(y.categories)))];
  const last = years.at(-1)?.categories ?? {};
  // Categories of today first, in the order of their size now; older names after them.
  names.sort((a, b) => (last[b] ?? -1) - (last[a] ?? -1) || a.localeCompare(b));
  return { years: years.map((y) => y.year), rows: names.map((category) => ({ category, counts: years.map((y) => y.categories[category]) })) };
}
