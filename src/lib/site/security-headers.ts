/**
 * The HTTP headers the site should be served with. One source for the `_headers` file (Netlify,
 * Cloudflare Pages), the nginx snippet in docs/deployment.md and the browser test that runs the
 * built pages under this policy (tests/e2e/security.spec.ts).
 *
 * Scripts come only from the site itself: no inline scripts (astro.config.mjs sets
 * assetsInlineLimit: 0), no eval; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
 * Styles allow inline style attributes (logo sizes); nothing is loaded from another host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Logos are third-party SVG served from our origin. Pages show them as `<img>`, where nothing in
 * them runs, but anyone can open a logo's URL as a document. The sanitizer's allow-list keeps
 * active content out; this policy is the second wall: nothing loads, nothing runs, no framing.
 */
export const LOGO_CONTENT_SECURITY_POLICY = ["default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'", 'sandbox'].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Headers per path beyond the site-wide ones. Files whose names carry a content hash never change,
 * so they can be cached for a year.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/_astro/*': { 'Cache-Control': IMMUTABLE },
  '/logos/*': { 'Cache-Control': IMMUTABLE, 'Content-Security-Policy': LOGO_CONTENT_SECURITY_POLICY },
};

const headerLines = (headers: Record<string, string>, indent: string, format: (k: string, v: string) => string) =>
  Object.entries(headers).map(([k, v]) => indent + format(k, v));

/**
 * The `_headers` file format of Netlify and Cloudflare Pages. Both add a path's headers to the
 * site-wide ones; where a name repeats they send both values, and two CSPs are both enforced, so a
 * logo gets the stricter of the two.
 */
export function headersFile(): string {
  const lines = ['/*', ...headerLines(SECURITY_HEADERS, '  ', (k, v) => `${k}: ${v}`)];
  for (const [path, headers] of Object.entries(PATH_HEADERS)) lines.push(path, ...headerLines(headers, '  ', (k, v) => `${k}: ${v}`));
  return `${lines.join('\n')}\n`;
}

/** Headers as nginx directives (documented in docs/deployment.md), site-wide or for one path. */
export function nginxHeaders(headers: Record<string, string> = SECURITY_HEADERS): string {
  return headerLines(headers, '', (k, v) => `add_header ${k} "${v}" always;`).join('\n');
}
