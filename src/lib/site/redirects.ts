/**
 * Permanent URLs: /projects/<slug>/ never changes, and every alias or former name also answers at
 * /projects/<slugified alias>/ with a redirect to the canonical page (an HTML page with a meta
 * refresh and rel=canonical, which works on any static host, plus a `_redirects` file for hosts
 * that read one).
 */
import { slugify } from '../landscape/slug.ts';
import { projectUrl } from './urls.ts';

export interface Redirect {
  /** Path that redirects, e.g. /projects/k8s/ */
  from: string;
  /** Canonical path, e.g. /projects/kubernetes/ */
  to: string;
  /** The alias the path comes from, for the redirect page's text. */
  alias: string;
  /** Slug of the project redirected to. */
  slug: string;
}

/**
 * One redirect per alias whose slug is free: an alias slug that is some item's own slug, or that
 * two items claim, gets no redirect (the path would be ambiguous or would hide a page).
 */
export function aliasRedirects(items: Array<{ slug: string; aliases: string[] }>): Redirect[] {
  const slugs = new Set(items.map((i) => i.slug));
  const claims = new Map<string, Array<{ slug: string; alias: string }>>();
  for (const item of items) {
    for (const alias of new Set(item.aliases)) {
      const from = slugify(alias);
      if (!from || slugs.has(from)) continue;
      const list = claims.get(from) ?? [];
      if (!list.some((c) => c.slug === item.slug)) list.push({ slug: item.slug, alias });
      claims.set(from, list);
    }
  }
  return [...claims.entries()]
    .filter(([, owners]) => owners.length === 1)
    .map(([from, [owner]]) => ({ from: projectUrl(from), to: projectUrl(owner!.slug), alias: owner!.alias, slug: owner!.slug }))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** The redirects in the `_redirects` format of Netlify and Cloudflare Pages: "from to 301". */
export function redirectsFile(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
