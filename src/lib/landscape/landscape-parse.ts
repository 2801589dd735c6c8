/**
 * Reads a landscape data file in the upstream format (cncf/landscape `landscape.yml`, as
 * cncf/landscape2 parses it) and checks it, reporting every problem with its file and line.
 *
 * Only facts are kept: the `description` and `summary_*` fields are the projects' own sentences and
 * are deliberately never read into the model (their URLs, such as `summary_intro_url`, are facts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { LOGO_FILE, MATURITY_LEVELS, type Maturity } from '../../schemas/common.ts';

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

/** URL fields of `extra`, by their upstream key. */
export const EXTRA_URL_FIELDS = [
  'annual_review_url',
  'artwork_url',
  'blog_url',
  'bluesky_url',
  'dev_stats_url',
  'discord_url',
  'docker_url',
  'documentation_url',
  'github_discussions_url',
  'gitter_url',
  'linkedin_url',
  'mailing_list_url',
  'package_manager_url',
  'slack_url',
  'stack_overflow_url',
  'youtube_url',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

type Path = Array<string | number>;

/** Walks the parsed document and records errors against source lines. */
class Checker {
  readonly errors: DataError[] = [];
  private readonly file: string;
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(file: string, doc: Document, lines: LineCounter) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }

  lineOf(path: Path): number {
    for (let i = path.length; i >= 0; i--) {
      const node = this.doc.getIn(path.slice(0, i), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        return this.lines.linePos(node.range[0]).line;
      }
      // A key with a null value has no value node; point at the key instead.
      if (i > 0) {
        const parent = this.doc.getIn(path.slice(0, i - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[i - 1]);
          if (pair && isScalar(pair.key) && pair.key.range) return this.lines.linePos(pair.key.range[0]).line;
        }
      }
    }
    return 1;
  }

  readonly warnings: DataError[] = [];

  error(path: Path, message: string): void {
    this.errors.push({ file: this.file, line: this.lineOf(path), message });
  }

  warn(path: Path, message: string): void {
    this.warnings.push({ file: this.file, line: this.lineOf(path), message });
  }

  /** A required non-empty string. */
  text(value: unknown, path: Path, where: string, field: string): string | undefined {
    if (value === undefined || value === null || value === '') {
      this.error(path, `${where}: "${field}" is required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(path, `${where}: "${field}" must be a string, not ${describe(value)}`);
      return undefined;
    }
    return value.trim();
  }

  optionalText(value: unknown, path: Path, where: string, field: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'number') return String(value);
    return this.text(value, path, where, field);
  }

  optionalUrl(value: unknown, path: Path, where: string, field: string): string | undefined {
    const text = this.optionalText(value, path, where, field);
    if (text !== undefined && !isHttpUrl(text)) {
      this.error(path, `${where}: "${field}" must be an http(s) URL, not "${text}"`);
      return undefined;
    }
    return text;
  }

  optionalDate(value: unknown, path: Path, where: string, field: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
      this.error(path, `${where}: "${field}" must be a date written YYYY-MM-DD, not ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  optionalBool(value: unknown, path: Path, where: string, field: string): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') {
      this.error(path, `${where}: "${field}" must be true or false, not ${describe(value)}`);
      return false;
    }
    return value;
  }

  list(value: unknown, path: Path, where: string, field: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.error(path, `${where}: "${field}" must be a list, not ${describe(value)}`);
      return [];
    }
    return value;
  }

  record(value: unknown, path: Path, where: string, field: string): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.error(path, `${where}: "${field}" must be a mapping, not ${describe(value)}`);
      return {};
    }
    return value as Record<string, unknown>;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function parseItem(c: Checker, raw: unknown, path: Path, context: string): UpstreamItem | undefined {
  const item = c.record(raw, path, context, 'item');
  const name = c.text(item['name'], [...path, 'name'], context, 'name');
  const where = name ? `item "${name}" (${context})` : context;
  const homepage = c.text(item['homepage_url'], [...path, 'homepage_url'], where, 'homepage_url');
  if (homepage !== undefined && !isHttpUrl(homepage)) {
    c.error([...path, 'homepage_url'], `${where}: "homepage_url" must be an http(s) URL, not "${homepage}"`);
  }
  // Upstream writes some logos as "./name.svg"; the file name is what matters.
  const logo = c.text(item['logo'], [...path, 'logo'], where, 'logo')?.replace(/^\.\//, '');
  if (logo !== undefined && !LOGO_FILE.test(logo)) {
    c.error([...path, 'logo'], `${where}: "logo" must be a file name in the logos directory, not "${logo}"`);
  }

  let project: Maturity | undefined;
  const rawProject = item['project'];
  if (rawProject !== undefined && rawProject !== null) {
    if (typeof rawProject === 'string' && (MATURITY_LEVELS as readonly string[]).includes(rawProject)) {
      project = rawProject as Maturity;
    } else {
      c.error([...path, 'project'], `${where}: "project" must be one of ${MATURITY_LEVELS.join(', ')}, not ${describe(rawProject)}`);
    }
  }

  const secondPath: UpstreamItem['second_path'] = [];
  c.list(item['second_path'], [...path, 'second_path'], where, 'second_path').forEach((entry, i) => {
    const p = [...path, 'second_path', i];
    const parts = typeof entry === 'string' ? entry.split('/').map((s) => s.trim()) : [];
    if (typeof entry !== 'string') {
      c.error(p, `${where}: "second_path" entries must be strings, not ${describe(entry)}`);
    } else if (parts.length !== 2 || !parts[0] || !parts[1]) {
      // landscape2 skips such entries with a warning; so do we.
      c.warn(p, `${where}: skipped "second_path" entry "${entry}": it must read "Category / Subcategory"`);
    } else {
      secondPath.push({ category: parts[0], subcategory: parts[1] });
    }
  });

  const additionalRepos: string[] = [];
  c.list(item['additional_repos'], [...path, 'additional_repos'], where, 'additional_repos').forEach((entry, i) => {
    const p = [...path, 'additional_repos', i];
    const repo = c.record(entry, p, where, 'additional_repos entry');
    const url = c.optionalUrl(repo['repo_url'], [...p, 'repo_url'], where, 'additional_repos.repo_url');
    if (url) additionalRepos.push(url);
  });

  const extraPath = [...path, 'extra'];
  const extra = c.record(item['extra'], extraPath, where, 'extra');
  const urls: Record<string, string> = {};
  for (const key of EXTRA_URL_FIELDS) {
    const url = c.optionalUrl(extra[key], [...extraPath, key], where, `extra.${key}`);
    if (url) urls[key] = url;
  }
  const otherLinks: UpstreamLink[] = [];
  c.list(extra['other_links'], [...extraPath, 'other_links'], where, 'extra.other_links').forEach((entry, i) => {
    const p = [...extraPath, 'other_links', i];
    const link = c.record(entry, p, where, 'extra.other_links entry');
    const linkName = c.text(link['name'], [...p, 'name'], where, 'extra.other_links.name');
    const url = c.text(link['url'], [...p, 'url'], where, 'extra.other_links.url');
    if (url && !isHttpUrl(url)) c.error([...p, 'url'], `${where}: "extra.other_links.url" must be an http(s) URL, not "${url}"`);
    else if (linkName && url) otherLinks.push({ name: linkName, url });
  });
  const audits: UpstreamAudit[] = [];
  c.list(extra['audits'], [...extraPath, 'audits'], where, 'extra.audits').forEach((entry, i) => {
    const p = [...extraPath, 'audits', i];
    const audit = c.record(entry, p, where, 'extra.audits entry');
    const date = c.optionalDate(audit['date'], [...p, 'date'], where, 'extra.audits.date');
    const type = c.text(audit['type'], [...p, 'type'], where, 'extra.audits.type');
    const url = c.optionalUrl(audit['url'], [...p, 'url'], where, 'extra.audits.url');
    const vendor = c.text(audit['vendor'], [...p, 'vendor'], where, 'extra.audits.vendor');
    if (date && type && url && vendor) audits.push({ date, type, url, vendor });
  });

  const parsed: UpstreamItem = {
    name: name ?? '',
    homepage_url: homepage ?? '',
    logo: logo ?? '',
    line: c.lineOf(path),
    additional_repos: additionalRepos,
    second_path: secondPath,
    enduser: c.optionalBool(item['enduser'], [...path, 'enduser'], where, 'enduser'),
    extra: {
      specification: c.optionalBool(extra['specification'], [...extraPath, 'specification'], where, 'extra.specification'),
      urls,
      other_links: otherLinks,
      audits,
    },
  };
  const set = <K extends keyof UpstreamItem>(key: K, value: UpstreamItem[K] | undefined) => {
    if (value !== undefined) parsed[key] = value;
  };
  const setExtra = <K extends keyof UpstreamItem['extra']>(key: K, value: UpstreamItem['extra'][K] | undefined) => {
    if (value !== undefined) parsed.extra[key] = value;
  };
  set('repo_url', c.optionalUrl(item['repo_url'], [...path, 'repo_url'], where, 'repo_url'));
  set('project', project);
  set('crunchbase', c.optionalUrl(item['crunchbase'], [...path, 'crunchbase'], where, 'crunchbase'));
  set('twitter', c.optionalUrl(item['twitter'], [...path, 'twitter'], where, 'twitter'));
  set('url_for_bestpractices', c.optionalUrl(item['url_for_bestpractices'], [...path, 'url_for_bestpractices'], where, 'url_for_bestpractices'));
  set('joined', c.optionalDate(item['joined'], [...path, 'joined'], where, 'joined'));
  for (const key of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
    setExtra(key, c.optionalDate(extra[key], [...extraPath, key], where, `extra.${key}`));
  }
  setExtra('annual_review_date', c.optionalDate(extra['annual_review_date'], [...extraPath, 'annual_review_date'], where, 'extra.annual_review_date'));
  for (const key of ['lfx_slug', 'clomonitor_name', 'parent_project', 'chat_channel'] as const) {
    setExtra(key, c.optionalText(extra[key], [...extraPath, key], where, `extra.${key}`));
  }
  return name && homepage && logo ? parsed : undefined;
}

/**
 * Parses and checks a landscape data file. Throws `LandscapeDataError` listing every problem found
 * (not just the first), so a broken file can be fixed in one pass.
 */
export function parseLandscape(text: string, file: string): UpstreamLandscape {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new LandscapeDataError(
      doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const c = new Checker(file, doc, lines);
  const root = c.record(doc.toJS(), [], 'the file', 'root');
  const key = 'landscape' in root ? 'landscape' : 'categories';
  if (!isSeq(doc.get(key, true))) {
    throw new LandscapeDataError([{ file, line: 1, message: 'expected a top-level "landscape" list of categories' }]);
  }

  const categories: UpstreamCategory[] = [];
  c.list(root[key], [key], 'the file', key).forEach((rawCategory, ci) => {
    const path = [key, ci];
    const category = c.record(rawCategory, path, `category ${ci + 1}`, 'category');
    const name = c.text(category['name'], [...path, 'name'], `category ${ci + 1}`, 'name');
    const where = `category "${name ?? ci + 1}"`;
    const subcategories: UpstreamSubcategory[] = [];
    c.list(category['subcategories'], [...path, 'subcategories'], where, 'subcategories').forEach((rawSub, si) => {
      const subPath = [...path, 'subcategories', si];
      const sub = c.record(rawSub, subPath, where, 'subcategory');
      const subName = c.text(sub['name'], [...subPath, 'name'], `subcategory ${si + 1} of ${where}`, 'name');
      const context = `${name ?? '?'} / ${subName ?? '?'}`;
      const items: UpstreamItem[] = [];
      const seen = new Map<string, number>();
      c.list(sub['items'], [...subPath, 'items'], context, 'items').forEach((rawItem, ii) => {
        const itemPath = [...subPath, 'items', ii];
        const item = parseItem(c, rawItem, itemPath, context);
        if (!item) return;
        const first = seen.get(item.name);
        if (first !== undefined) {
          c.error([...itemPath, 'name'], `item "${item.name}" (${context}): duplicate name in this subcategory (first at line ${first})`);
          return;
        }
        seen.set(item.name, item.line);
        items.push(item);
      });
      if (subName) subcategories.push({ name: subName, line: c.lineOf(subPath), items });
    });
    if (name) categories.push({ name, line: c.lineOf(path), subcategories });
  });

  // Duplicate category / subcategory names, and second_path entries that point nowhere.
  const seenCategories = new Set<string>();
  for (const category of categories) {
    if (seenCategories.has(category.name)) {
      c.errors.push({ file, line: category.line, message: `category "${category.name}": duplicate category name` });
    }
    seenCategories.add(category.name);
    const seenSubs = new Set<string>();
    for (const sub of category.subcategories) {
      if (seenSubs.has(sub.name)) {
        c.errors.push({ file, line: sub.line, message: `subcategory "${category.name} / ${sub.name}": duplicate subcategory name` });
      }
      seenSubs.add(sub.name);
    }
  }
  // landscape2 does not check second placements; an entry naming no subcategory is skipped.
  for (const category of categories) {
    for (const sub of category.subcategories) {
      for (const item of sub.items) {
        item.second_path = item.second_path.filter((place) => {
          const target = categories.find((x) => x.name === place.category);
          if (target?.subcategories.some((s) => s.name === place.subcategory)) return true;
          c.warnings.push({
            file,
            line: item.line,
            message: `item "${item.name}": skipped "second_path" entry "${place.category} / ${place.subcategory}": no such subcategory`,
          });
          return false;
        });
      }
    }
  }

  if (c.errors.length > 0) throw new LandscapeDataError(c.errors.sort((a, b) => a.line - b.line));
  return { categories, warnings: c.warnings };
}
