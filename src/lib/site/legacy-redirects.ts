/**
 * `_redirects` rules for the landscape1 link forms that are paths, so that hosts which read the file
 * answer them with a 301 before any page (or JavaScript) is involved: `/selected=<id>` for CNCF
 * projects, `/category=<id>` and `/landscape=<id>` for categories, `/project=<level>`, `/members`,
 * `/format=members`, `/guide`. Every other form, and every other item, is resolved by the script
 * on the home and 404 pages (legacy-url.ts).
 *
 * Why only CNCF projects' item ids: hosts cap the file. GitLab Pages reads at most 1,000 rules and
 * 64 KB by default and Cloudflare Pages 2,000 static rules, while the landscape1 ids of all items
 * number over 4,000. CNCF projects are what most old links point at.
 */
import type { LegacyTables } from './legacy-url.ts';
import type { Redirect } from './redirects.ts';
import { maturityUrl } from './urls.ts';

/** The strictest host limits we know of (GitLab Pages' defaults), checked by a build test. */
export const REDIRECTS_MAX_RULES = 1000;
export const REDIRECTS_MAX_BYTES = 64 * 1024;

const MATURITY_LEVELS = ['graduated', 'incubating', 'sandbox', 'archived'];

/** A landscape1 id is safe as a literal path in `_redirects`: no spaces, no `*` or `:` wildcards. */
const SAFE_ID = /^[a-z0-9][a-z0-9._~-]*$/;

export function legacyPathRedirects(tables: LegacyTables, isProjectPage: (url: string) => boolean): Redirect[] {
  const out: Redirect[] = [];
  const add = (from: string, to: string, alias: string) => out.push({ from, to, alias, slug: to });
  add('/members', '/categories/cncf-members/', 'members');
  add('/format=members', '/categories/cncf-members/', 'members');
  add('/guide', '/guides/', 'guide');
  for (const level of MATURITY_LEVELS) add(`/project=${level}`, maturityUrl(level), level);
  for (const [id, url] of Object.entries(tables.categories)) {
    // landscape2 keys (with `--`) were never written as paths.
    if (id.includes('--') || !SAFE_ID.test(id)) continue;
    add(`/category=${id}`, url, id);
    add(`/landscape=${id}`, url, id);
  }
  for (const [id, url] of Object.entries(tables.items1)) {
    if (SAFE_ID.test(id) && isProjectPage(url)) add(`/selected=${id}`, url, id);
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}
