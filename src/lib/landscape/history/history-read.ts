/**
 * Reads one monthly snapshot of the upstream data file into a flat list of placed items, checking
 * it against the schema of its format generation (src/schemas/landscape-history.ts). A problem is
 * reported with the snapshot's file and the line of the offending entry.
 */
import { LineCounter, parse, parseDocument } from 'yaml';
import { snapshotSchemaFor, type SnapshotItemInput } from '../../../schemas/landscape-history.ts';
import { LandscapeDataError } from '../landscape-parse.ts';

export interface SnapshotItem {
  category: string;
  subcategory: string;
  name: string;
  homepage: string | undefined;
  repo: string | undefined;
  /** CNCF maturity when it was a CNCF project that month. */
  maturity: string | undefined;
}

export interface Snapshot {
  /** "YYYY-MM", the month the snapshot ends. */
  month: string;
  items: SnapshotItem[];
}

type Raw = { landscape: Array<{ name: string; subcategories?: Array<{ name: string; items?: Array<SnapshotItemInput> | null }> | null }> };

/** Line of a path in the YAML text; parsed again only when there is a problem to report. */
function lineOf(text: string, path: Array<string | number>): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  // A missing field has no node: report the nearest enclosing one.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export function readSnapshot(text: string, file: string, month: string): Snapshot {
  let raw: unknown;
  try {
    raw = parse(text, { uniqueKeys: false, maxAliasCount: -1 });
  } catch (error) {
    throw new LandscapeDataError([{ file, line: 1, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const result = snapshotSchemaFor(month).safeParse(raw);
  if (!result.success) {
    throw new LandscapeDataError(
      result.error.issues.slice(0, 20).map((issue) => ({
        file,
        line: lineOf(text, issue.path as Array<string | number>),
        message: `field "${issue.path.join('.')}": ${issue.message}`,
      })),
    );
  }
  const data = result.data as unknown as Raw;
  const items: SnapshotItem[] = [];
  for (const category of data.landscape) {
    for (const sub of category.subcategories ?? []) {
      for (const item of sub.items ?? []) {
        const maturity = item.project ?? (typeof item.cncf_project === 'string' ? item.cncf_project : undefined);
        items.push({
          category: category.name,
          subcategory: sub.name,
          name: item.name,
          homepage: item.homepage_url ?? undefined,
          repo: item.repo_url ?? item.rep_url ?? item.repu_url ?? undefined,
          maturity,
        });
      }
    }
  }
  return { month, items };
}
