/**
 * Reads the links people wrote to landscape.cncf.io over the years, with the host swapped to ours
 * or pasted whole, and says what they point at. Two generations of the site:
 *
 * - landscape2 (2023–): `/?item=<category--subcategory--name>` (other parameters such as `group=`
 *   and `view-mode=` around it), `/?group=<group>`, `/#<category--subcategory>` and
 *   `/guide#<category--subcategory>`, `/guide`, `/stats`, `/embed/…?key=<category--subcategory>`.
 * - landscape1 (2017–2023): parameters written as a path or a query, in any order:
 *   `/selected=<id>`, `/card-mode?selected=<id>`, `/format=card-mode&selected=<id>`,
 *   `/landscape=<category>&selected=<id>`, `?category=<id>`, `/category=<id>`, `/grouping=…`,
 *   `/project=graduated` (CNCF maturity), `/format=members`, `/members`.
 *
 * Pure: resolving ids to our pages is resolveLegacyTarget's job, with tables built from content.
 */
import { maturityUrl } from './urls.ts';

export type LegacyTarget =
  | { kind: 'item'; generation: 1 | 2; id: string }
  | { kind: 'category'; generation: 1 | 2; id: string }
  | { kind: 'maturity'; level: string }
  | { kind: 'members' }
  | { kind: 'page'; path: string }
  | { kind: 'home' };

const MATURITY = new Set(['graduated', 'incubating', 'sandbox', 'archived']);
const PAGES: Record<string, string> = { stats: '/stats/', guide: '/guides/', about: '/', grid: '/grid/' };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The parameters of a URL, from its query and from `key=value` segments of its path (landscape1 wrote both). */
function parameters(url: URL): { params: URLSearchParams; rest: string[] } {
  const params = new URLSearchParams(url.search);
  const rest: string[] = [];
  for (const segment of url.pathname.split('/').filter(Boolean)) {
    const decoded = decode(segment);
    if (decoded.includes('=')) for (const [k, v] of new URLSearchParams(decoded)) params.append(k, v);
    else rest.push(decoded);
  }
  return { params, rest };
}

/** The first non-empty value of a comma-separated parameter (landscape1 allowed lists). */
const first = (value: string | null) => value?.split(',').map((v) => v.trim()).find(Boolean);

export function parseLegacyUrl(input: string): LegacyTarget {
  let url: URL;
  try {
    url = new URL(input.trim(), 'https://landscape.cncf.io/');
  } catch {
    return { kind: 'home' };
  }
  // l.cncf.io short links carry the same paths and parameters.
  const { params, rest } = parameters(url);
  const hash = decode(url.hash.replace(/^#/, ''));

  const item = first(params.get('item'));
  if (item) return { kind: 'item', generation: 2, id: item };
  const selected = first(params.get('selected'));
  if (selected) return { kind: 'item', generation: 1, id: selected };
  if (rest[0] === 'items' && rest[1]) return { kind: 'item', generation: 1, id: rest[rest.length - 1] as string };

  if (rest[0] === 'embed') {
    const key = first(params.get('key'));
    if (key) return { kind: 'category', generation: 2, id: key };
  }
  if (hash.includes('--')) return { kind: 'category', generation: 2, id: hash };
  const category = first(params.get('category')) ?? first(params.get('landscape'));
  if (category) return { kind: 'category', generation: 1, id: category };

  const project = first(params.get('project'));
  if (project && MATURITY.has(project)) return { kind: 'maturity', level: project };
  if (params.get('format') === 'members' || rest[0] === 'members' || params.get('group') === 'members') return { kind: 'members' };
  const page = rest[0] && PAGES[rest[0]];
  if (page) return { kind: 'page', path: page };
  return { kind: 'home' };
}

/** Lookup tables from our content: ids of both generations (current and former) and category keys. */
export interface LegacyTables {
  /** landscape2 item id → our URL (current and former ids, items that left included). */
  items2: Record<string, string>;
  /** landscape1 item id → our URL. */
  items1: Record<string, string>;
  /** landscape2 `category--subcategory` and `category` keys, and landscape1 category ids → our URL. */
  categories: Record<string, string>;
}

const own = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/**
 * Our URL for a legacy target, or undefined when the id is unknown. Own-property lookups only: ids
 * come from URLs ("constructor" must not reach Object.prototype).
 */
export function resolveLegacyTarget(target: LegacyTarget, tables: LegacyTables): string | undefined {
  switch (target.kind) {
    case 'item': {
      const id = target.id.toLowerCase();
      return target.generation === 2 ? (own(tables.items2, id) ?? own(tables.items1, id)) : (own(tables.items1, id) ?? own(tables.items2, id));
    }
    case 'category':
      return own(tables.categories, target.id.toLowerCase());
    case 'maturity':
      return maturityUrl(target.level);
    case 'members':
      return '/categories/cncf-members/';
    case 'page':
      return target.path;
    case 'home':
      return undefined;
  }
}

/** Words to search for when an id is unknown: the name part of an id, hyphens as spaces. */
export function searchWords(target: LegacyTarget): string {
  if (target.kind !== 'item' && target.kind !== 'category') return '';
  return (target.id.split('--').pop() ?? target.id).replace(/-+/g, ' ').trim();
}
