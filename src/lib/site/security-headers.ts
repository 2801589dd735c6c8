/**
 * The HTTP headers the site should be served with. One source for the `_headers` file (Netlify,
 * Cloudflare Pages), the nginx snippet in docs/deployment.md and the browser tests that run the
 * built pages under these headers (tests/e2e/security.spec.ts, tests/e2e/embed.spec.ts).
 *
 * Scripts come only from the site itself: no inline scripts (astro.config.mjs sets
 * assetsInlineLimit: 0), no eval; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
 * Styles allow inline style attributes (logo sizes); nothing is loaded from another host.
 */
const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The site's policy: no other site may show a page in a frame. */
export const CONTENT_SECURITY_POLICY = [...SITE_POLICY, "frame-ancestors 'none'"].join('; ');

/** Embeds (/embed/) are made to be framed by any site; otherwise the same policy. */
export const EMBED_CONTENT_SECURITY_POLICY = [...SITE_POLICY, 'frame-ancestors *'].join('; ');

/** Headers every response gets, embeds included: none of them decides who may frame a page. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy and the framing ban of every page but the embeds. */
export const FRAMING_DENIED: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
};

/** All headers of an ordinary page (nginx's server-wide block, the browser test of the policy). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': COMMON_HEADERS['X-Content-Type-Options'] ?? '',
  'Referrer-Policy': COMMON_HEADERS['Referrer-Policy'] ?? '',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': COMMON_HEADERS['Permissions-Policy'] ?? '',
  'Cross-Origin-Opener-Policy': COMMON_HEADERS['Cross-Origin-Opener-Policy'] ?? '',
};

/**
 * Logos are third-party SVG served from our origin. Pages show them as `<img>`, where nothing in
 * them runs, but anyone can open a logo's URL as a document. The sanitizer's allow-list keeps
 * active content out; this policy is the second wall: nothing loads, nothing runs, no framing.
 */
export const LOGO_CONTENT_SECURITY_POLICY = ["default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'", 'sandbox'].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Headers of the top-level folders that differ from FRAMING_DENIED. Files whose names carry a
 * content hash never change, so they can be cached for a year.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/_astro/*': { ...FRAMING_DENIED, 'Cache-Control': IMMUTABLE },
  '/logos/*': { 'Content-Security-Policy': LOGO_CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY', 'Cache-Control': IMMUTABLE },
  '/embed/*': { 'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY },
};

const headerLines = (headers: Record<string, string>, indent: string, format: (k: string, v: string) => string) =>
  Object.entries(headers).map(([k, v]) => indent + format(k, v));

/** A top-level entry of the built site: `index.html`, `projects` (a folder)… */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/**
 * The `_headers` file format of Netlify and Cloudflare Pages, for the built site's top-level
 * entries. When several rules match a path, one host sends every value of a repeated header and
 * both CSPs are enforced, another keeps one; and neither can exclude a folder from `/*`. So `/*`
 * carries only COMMON_HEADERS and every top-level file and folder gets a rule of its own with its
 * policy: no header is set by two rules for one path, and /embed/ can allow framing while every
 * other page denies it. (Cloudflare allows 100 rules; the site has about 30 top-level entries.)
 * Files starting with "_" (this file, _redirects) are not served; _astro is.
 */
export function headersFile(entries: TopLevelEntry[]): string {
  const rules: Array<[string, Record<string, string>]> = [['/*', COMMON_HEADERS], ['/', FRAMING_DENIED]];
  const served = entries.filter((e) => !e.name.startsWith('_') || e.name === '_astro').sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, folder } of served) {
    const path = folder ? `/${name}/*` : `/${name}`;
    rules.push([path, PATH_HEADERS[path] ?? FRAMING_DENIED]);
  }
  return `${rules.flatMap(([path, headers]) => [path, ...headerLines(headers, '  ', (k, v) => `${k}: ${v}`)]).join('\n')}\n`;
}

/** A `_headers` file read back: its rules in order. */
export function parseHeadersFile(text: string): Array<{ path: string; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for `path` under a `_headers` file: every matching rule's (`*` matches
 * anything, the rest exactly), with the rule each came from, so a test can see a header set twice.
 */
export function headersForPath(rules: ReturnType<typeof parseHeadersFile>, path: string): Array<{ rule: string; name: string; value: string }> {
  const matches = (rule: string) => new RegExp(`^${rule.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
  return rules.filter((r) => matches(r.path)).flatMap((r) => r.headers.map(([name, value]) => ({ rule: r.path, name, value })));
}

/** Headers as nginx directives (documented in docs/deployment.md), site-wide or for one path. */
export function nginxHeaders(headers: Record<string, string> = SECURITY_HEADERS): string {
  return headerLines(headers, '', (k, v) => `add_header ${k} "${v}" always;`).join('\n');
}
