/** Compressed bytes of a built page and what it loads, split by kind. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface PageBytes {
  html: [number, number];
  css: [number, number];
  js: [number, number];
  logos: [number, number];
  fonts: [number, number];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function pageBytes(dist: string, path: string): PageBytes {
  const read = (p: string) => readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p));
  const html = read(path);
  const text = html.toString('utf8');
  const files = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ''))].map(read);
  const sum = (list: Buffer[]): [number, number] => [list.reduce((n, b) => n + gz(b), 0), list.reduce((n, b) => n + br(b), 0)];
  return {
    html: [gz(html), br(html)],
    css: sum(files(/<link rel="stylesheet" href="([^"]+)"/g)),
    js: sum(files(/<script\b[^>]*\bsrc="([^"]+)"/g)),
    logos: sum(files(/<img\b[^>]*\bsrc="(\/logos\/[^"]+)"/g)),
    fonts: sum(files(/href="([^"]+\.woff2?)"/g)),
  };
}
