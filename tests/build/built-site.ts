/**
 * Reading the built site in dist/ for the build-output tests (budgets, headers, determinism).
 * These tests run after `astro build` (see scripts/test-all.ts and vitest.build.config.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const dist = join(import.meta.dirname, '..', '..', 'dist');

export function builtFile(path: string): Buffer {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file);
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
export const brotliSize = (data: Buffer | string) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Stylesheets and scripts a page loads before any interaction: linked CSS, script src, and their static imports. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const js = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (js.has(src)) continue;
    js.add(src);
    const code = builtFile(src).toString('utf8');
    // Static imports only: `import(...)` is loaded on first use, not before interaction.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(m[1] ?? '', `http://x${src}`).pathname);
    }
  }
  return { css, js: [...js] };
}

/** Inline <script> elements with code (the CSP forbids them); JSON-LD data blocks are not code. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((s) => s.trim() !== '');
}

/** Every built HTML page: path → HTML. */
export function allPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true }).map(String)) {
    if (file.endsWith('.html')) pages.set(`/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, ''), readFileSync(join(dist, file), 'utf8'));
  }
  return pages;
}
