/**
 * Reads a landscape data file in the upstream format (cncf/landscape `landscape.yml`, as
 * cncf/landscape2 parses it) and checks it against its schema (src/schemas/landscape-data.ts),
 * reporting every problem with its file and line.
 *
 * Only facts are kept: the `description` and `summary_*` fields are the projects' own sentences and
 * are deliberately never read into the model (their URLs, such as `summary_intro_url`, are facts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Maturity } from '../../schemas/common.ts';
import { EXTRA_URL_FIELDS, upstreamLandscapeSchema, type UpstreamItemData } from '../../schemas/landscape-data.ts';

export { EXTRA_URL_FIELDS };

export interface UpstreamLink {
  name: string;
  url: string;
}

export interface UpstreamAudit {
  date: string;
  type: string;
  url: string;
  vendor: string;
}

export interface UpstreamItem {
  name: string;
  homepage_url: string;
  logo: string;
  line: number;
  repo_url?: string;
  additional_repos: string[];
  project?: Maturity;
  second_path: Array<{ category: string; subcategory: string }>;
  crunchbase?: string;
  twitter?: string;
  url_for_bestpractices?: string;
  enduser: boolean;
  joined?: string;
  extra: {
    accepted?: string;
    incubating?: string;
    graduated?: string;
    archived?: string;
    annual_review_date?: string;
    lfx_slug?: string;
    clomonitor_name?: string;
    parent_project?: string;
    chat_channel?: string;
    specification: boolean;
    urls: Record<string, string>;
    other_links: UpstreamLink[];
    audits: UpstreamAudit[];
  };
}

export interface UpstreamSubcategory {
  name: string;
  line: number;
  items: UpstreamItem[];
}

export interface UpstreamCategory {
  name: string;
  line: number;
  subcategories: UpstreamSubcategory[];
}

export interface UpstreamLandscape {
  categories: UpstreamCategory[];
  /** Problems that upstream tolerates and we skip, e.g. a second placement that points nowhere. */
  warnings: DataError[];
}

export interface DataError {
  file: string;
  line: number;
  message: string;
}

export class LandscapeDataError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
    this.name = 'LandscapeDataError';
    this.errors = errors;
  }
}

type Path = Array<string | number>;

/** Source lines of paths in the parsed document. */
class Lines {
  private readonly doc: Document;
  private readonly counter: LineCounter;

  constructor(doc: Document, counter: LineCounter) {
    this.doc = doc;
    this.counter = counter;
  }

  of(path: Path): number {
    for (let i = path.length; i >= 0; i--) {
      const node = this.doc.getIn(path.slice(0, i), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        return this.counter.linePos(node.range[0]).line;
      }
      // A key with a null value has no value node; point at the key instead.
      if (i > 0) {
        const parent = this.doc.getIn(path.slice(0, i - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[i - 1]);
          if (pair && isScalar(pair.key) && pair.key.range) return this.counter.linePos(pair.key.range[0]).line;
        }
      }
    }
    return 1;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function nameAt(root: unknown, path: Path): string | undefined {
  const name = valueAt(root, [...path, 'name']);
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

/**
 * Says where a path points, in the words of the old checker: `item "X" (Category / Subcategory)`,
 * `Category / Subcategory`, `category "Category"`, and the field inside it (list indexes dropped).
 */
export function describePath(root: unknown, path: Path): { where: string; field: string } {
  const [key, ci, , si, , ii] = path;
  if (typeof ci !== 'number') return { where: 'the file', field: String(key ?? 'root') };
  const category = nameAt(root, [key!, ci]);
  const categoryWhere = `category "${category ?? ci + 1}"`;
  if (typeof si !== 'number') return { where: categoryWhere, field: path.slice(2).filter((p) => typeof p === 'string').join('.') || 'category' };
  const sub = nameAt(root, path.slice(0, 4));
  const context = `${category ?? '?'} / ${sub ?? '?'}`;
  if (typeof ii !== 'number') {
    const field = path.slice(4).filter((p) => typeof p === 'string').join('.') || 'subcategory';
    return { where: field === 'name' && !sub ? `subcategory ${si + 1} of ${categoryWhere}` : context, field };
  }
  const item = nameAt(root, path.slice(0, 6));
  const field = path.slice(6).filter((p) => typeof p === 'string').join('.') || 'item';
  return { where: item ? `item "${item}" (${context})` : context, field };
}

/** Names that repeat where they must be unique: categories, subcategories in a category, items in a subcategory. */
function duplicateNames(root: unknown, key: string, lines: Lines, file: string): DataError[] {
  const errors: DataError[] = [];
  const check = (listPath: Path, what: (name: string, firstLine: number) => string) => {
    const entries = valueAt(root, listPath);
    if (!Array.isArray(entries)) return;
    const seen = new Map<string, number>();
    entries.forEach((_, i) => {
      const name = nameAt(root, [...listPath, i]);
      if (!name) return;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, lines.of([...listPath, i]));
      else errors.push({ file, line: lines.of([...listPath, i, 'name']), message: what(name, first) });
    });
  };
  check([key], (name) => `category "${name}": duplicate category name`);
  (valueAt(root, [key]) as unknown[] | undefined)?.forEach?.((_, ci) => {
    const category = nameAt(root, [key, ci]) ?? '?';
    check([key, ci, 'subcategories'], (name) => `subcategory "${category} / ${name}": duplicate subcategory name`);
    (valueAt(root, [key, ci, 'subcategories']) as unknown[] | undefined)?.forEach?.((_, si) => {
      const context = `${category} / ${nameAt(root, [key, ci, 'subcategories', si]) ?? '?'}`;
      check([key, ci, 'subcategories', si, 'items'], (name, first) => `item "${name}" (${context}): duplicate name in this subcategory (first at line ${first})`);
    });
  });
  return errors;
}

/** The model of one schema-checked item; `second_path` entries that upstream skips are skipped with a warning. */
function toItem(data: UpstreamItemData, line: number, warn: (message: string) => void): UpstreamItem {
  const where = `item "${data.name}"`;
  const secondPath: UpstreamItem['second_path'] = [];
  for (const entry of data.second_path) {
    const parts = entry.split('/').map((s) => s.trim());
    // landscape2 skips such entries with a warning; so do we.
    if (parts.length !== 2 || !parts[0] || !parts[1]) warn(`${where}: skipped "second_path" entry "${entry}": it must read "Category / Subcategory"`);
    else secondPath.push({ category: parts[0], subcategory: parts[1] });
  }
  const extra = data.extra;
  const urls: Record<string, string> = {};
  for (const key of EXTRA_URL_FIELDS) {
    const url = extra[key];
    if (url) urls[key] = url;
  }
  const item: UpstreamItem = {
    name: data.name,
    homepage_url: data.homepage_url,
    logo: data.logo,
    line,
    additional_repos: data.additional_repos.flatMap((repo) => (repo.repo_url ? [repo.repo_url] : [])),
    second_path: secondPath,
    enduser: data.enduser,
    extra: {
      specification: extra.specification,
      urls,
      other_links: extra.other_links,
      audits: extra.audits.flatMap((a) => (a.date && a.url ? [{ date: a.date, type: a.type, url: a.url, vendor: a.vendor }] : [])),
    },
  };
  // Optional facts are copied only when present, so the model has no undefined-valued keys.
  const optional = { repo_url: data.repo_url, project: data.project ?? undefined, crunchbase: data.crunchbase, twitter: data.twitter, url_for_bestpractices: data.url_for_bestpractices, joined: data.joined };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(item, { [key]: value });
  for (const key of ['accepted', 'incubating', 'graduated', 'archived', 'annual_review_date', 'lfx_slug', 'clomonitor_name', 'parent_project', 'chat_channel'] as const) {
    const value = extra[key];
    if (value !== undefined) item.extra[key] = value;
  }
  return item;
}

/**
 * Parses and checks a landscape data file. Throws `LandscapeDataError` listing every problem found
 * (not just the first), so a broken file can be fixed in one pass.
 */
export function parseLandscape(text: string, file: string): UpstreamLandscape {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new LandscapeDataError(
      doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const lines = new Lines(doc, counter);
  const root: unknown = doc.toJS();
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new LandscapeDataError([{ file, line: 1, message: `the file: "root" must be a mapping, not ${describe(root)}` }]);
  }
  // Some older tools wrote the list as `categories`; it is the same list.
  const key = 'landscape' in root ? 'landscape' : 'categories';
  if (!isSeq(doc.get(key, true))) {
    throw new LandscapeDataError([{ file, line: 1, message: 'expected a top-level "landscape" list of categories' }]);
  }

  const result = upstreamLandscapeSchema.safeParse({ landscape: (root as Record<string, unknown>)[key] }, { reportInput: true });
  const errors = duplicateNames(root, key, lines, file);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p, i) => (i === 0 ? key : p)) as Path;
      const { where, field } = describePath(root, path);
      const value = 'input' in issue ? issue.input : valueAt(root, path);
      const found = issue.message === 'is required' || value === undefined ? '' : `, not ${describe(value)}`;
      errors.push({ file, line: lines.of(path), message: `${where}: "${field}" ${issue.message}${found}` });
    }
  }
  if (errors.length > 0 || !result.success) throw new LandscapeDataError(errors.sort((a, b) => a.line - b.line));

  const warnings: DataError[] = [];
  const categories: UpstreamCategory[] = result.data.landscape.map((category, ci) => ({
    name: category.name,
    line: lines.of([key, ci]),
    subcategories: category.subcategories.map((sub, si) => ({
      name: sub.name,
      line: lines.of([key, ci, 'subcategories', si]),
      items: sub.items.map((data, ii) => {
        const line = lines.of([key, ci, 'subcategories', si, 'items', ii]);
        return toItem(data, line, (message) => warnings.push({ file, line: lines.of([key, ci, 'subcategories', si, 'items', ii, 'second_path']), message }));
      }),
    })),
  }));

  // landscape2 does not check second placements; an entry naming no subcategory is skipped.
  for (const category of categories) {
    for (const sub of category.subcategories) {
      for (const item of sub.items) {
        item.second_path = item.second_path.filter((place) => {
          const target = categories.find((x) => x.name === place.category);
          if (target?.subcategories.some((s) => s.name === place.subcategory)) return true;
          warnings.push({
            file,
            line: item.line,
            message: `item "${item.name}": skipped "second_path" entry "${place.category} / ${place.subcategory}": no such subcategory`,
          });
          return false;
        });
      }
    }
  }
  return { categories, warnings };
}
