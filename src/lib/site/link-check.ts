/**
 * Checks every internal link and anchor in the built site: each href or src that points into the
 * site (a path, a relative URL, a #fragment, or an absolute URL on the site's own origin) must
 * name a file of the build, and its #fragment an id on that page. Pure: the integration in
 * src/integrations/link-check.ts reads dist/ and calls it.
 */

export interface BuiltPage {
  /** Element ids on the page. */
  ids: Set<string>;
  /** Every href and src value, as written. */
  links: string[];
}

export interface LinkProblem {
  /** Path of the page holding the link, e.g. /projects/envoy/ */
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decode = (value: string) =>
  value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e] ?? _);

/** Ids and links of one HTML page. Astro writes attributes with double quotes. */
export function readPage(html: string): BuiltPage {
  // Code samples (e.g. the HTML link snippets) are text, not links.
  const markup = html.replace(/<pre\b[\s\S]*?<\/pre>/g, '');
  return {
    ids: new Set([...markup.matchAll(ID)].map((m) => decode(m[1] ?? ''))),
    links: [...markup.matchAll(ATTRIBUTE)].map((m) => decode(m[1] ?? '')),
  };
}

/** The page path an HTML file is served at: "projects/envoy/index.html" → "/projects/envoy/". */
export function pagePath(file: string): string {
  return `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '');
}

/**
 * @param pages built HTML pages by path ("/", "/projects/envoy/", "/404.html")
 * @param files every other file of the build by path ("/logos/envoy.svg")
 * @param origin the site's own origin; absolute links to it are checked too
 */
export function checkLinks(pages: Map<string, BuiltPage>, files: Set<string>, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of pages) {
    for (const link of new Set(links)) {
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(link) && !link.startsWith(origin)) continue;
      if (/^(?:mailto|tel|data|javascript):/i.test(link)) continue;
      const url = new URL(link, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const path = decodeURI(url.pathname);
      const target = pages.get(path) ?? (path.endsWith('/') ? undefined : pages.get(`${path}/`));
      if (!target && !files.has(path)) {
        problems.push({ page, link, reason: path.endsWith('/') || !/\.[a-z0-9]+$/i.test(path) ? 'no page at this path' : 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !target.ids.has(fragment)) problems.push({ page, link, reason: `no element with id "${fragment}" on ${path}` });
    }
  }
  return problems;
}

export function formatLinkProblems(problems: LinkProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.page}: ${p.link} (${p.reason})`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return `${problems.length} broken internal link(s) in the build:\n${lines.join('\n')}`;
}
