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

/** Files whose names carry a content hash never change, so they can be cached for a year. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/logos/*'];

/** The `_headers` file format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const path of IMMUTABLE_PATHS) lines.push(path, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}

/** The same headers as nginx directives (documented in docs/deployment.md). */
export function nginxHeaders(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
}
