/**
 * Byte budgets of the built pages, measured compressed (gzip -9, which is larger than brotli, so
 * the budget holds for either). Logos and fonts are outside the budgets; there are no web fonts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFile, dist, gzipSize, inlineScripts, pageAssets } from './built-site.ts';

const KB = 1024;
const PAGE_BUDGET = 25 * KB;
const EAGER_JS_BUDGET = 5 * KB;
/**
 * The landscape grid (/grid/) links every one of the 2,413 items' logos (name, page URL, logo URL
 * with content hash, size), about 31 compressed bytes per item, so its HTML has its own budget; its
 * CSS and JS stay within the page budget. The home page shows only the CNCF projects and has none.
 */
const GRID_HTML_BUDGET = 80 * KB;

function weight(path: string): { html: number; css: number; js: number } {
  const html = builtFile(path).toString('utf8');
  const { css, js } = pageAssets(html);
  const size = (files: string[]) => gzipSize(Buffer.concat(files.map(builtFile)));
  return { html: gzipSize(html), css: size(css), js: size(js) };
}

const projectPages = readdirSync(join(dist, 'projects'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/projects/${d.name}/`);
const categoryPages = readdirSync(join(dist, 'categories'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/categories/${d.name}/`);
const removedPages = readdirSync(join(dist, 'removed'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/removed/${d.name}/`);

describe('page weight, HTML + CSS + JS compressed', () => {
  it.each([
    ['the home page', ['/']],
    ['the largest project page', projectPages],
    ['the largest category page', categoryPages],
    ['the largest page of items that left', removedPages],
    ['the statistics page', ['/stats/']],
    ['the changes page', ['/changes/']],
  ])('%s is within 25 KB', (_, pages) => {
    const [heaviest] = pages.map((p) => ({ p, w: weight(p) })).sort((a, b) => b.w.html + b.w.css + b.w.js - (a.w.html + a.w.css + a.w.js));
    expect(heaviest).toBeDefined();
    const { html, css, js } = heaviest!.w;
    expect(html + css + js, `${heaviest!.p}: html ${html} + css ${css} + js ${js}`).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('the landscape grid: CSS + JS within 25 KB, HTML within its own 80 KB budget', () => {
    const { html, css, js } = weight('/grid/');
    expect(css + js).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(html).toBeLessThanOrEqual(GRID_HTML_BUDGET);
  });
});

describe('JavaScript before interaction', () => {
  const samples = ['/', '/grid/', '/categories/', categoryPages[0]!, projectPages[0]!, '/projects/kubernetes/', '/items/', '/guides/', '/search/'];

  it.each(samples)('%s loads at most 5 KB of script up front and no inline script', (path) => {
    const html = builtFile(path).toString('utf8');
    const { js } = pageAssets(html);
    expect(gzipSize(Buffer.concat(js.map(builtFile)))).toBeLessThanOrEqual(EAGER_JS_BUDGET);
    expect(inlineScripts(html)).toEqual([]);
  });

  it('the search code and Pagefind are not among the up-front scripts', () => {
    const { js } = pageAssets(builtFile('/projects/kubernetes/').toString('utf8'));
    expect(js.filter((src) => /search-box|search-engine|pagefind/.test(src))).toEqual([]);
  });
});

describe('logos and fonts', () => {
  it('every image has width and height; logo walls are lazy except the first rows', () => {
    for (const path of ['/', '/grid/', '/categories/', categoryPages[0]!, '/projects/kubernetes/', '/items/']) {
      const images = [...builtFile(path).toString('utf8').matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      for (const img of images) expect(img, path).toMatch(/\swidth="\d+"[^>]*\sheight="\d+"|\sheight="\d+"[^>]*\swidth="\d+"/);
    }
    const logos = (path: string) => [...builtFile(path).toString('utf8').matchAll(/<img\b[^>]*\/logos\/[^>]*>/g)].map((m) => m[0]);
    const eager = (images: string[]) => images.filter((img) => !img.includes('loading="lazy"'));
    expect(logos('/grid/').length).toBeGreaterThan(2400);
    expect(eager(logos('/grid/')).length).toBeLessThanOrEqual(30);
    expect(logos('/').length).toBeGreaterThan(80);
    expect(eager(logos('/')).length).toBeLessThanOrEqual(30);
  });

  it('lists and grids draw logos from PNG thumbnails of at most 12 KB (an SVG is painted on the main thread)', () => {
    for (const path of ['/', '/grid/', categoryPages[0]!]) {
      const srcs = [...builtFile(path).toString('utf8').matchAll(/<img\b[^>]*\ssrc="(\/logos\/[^"]+)"/g)].map((m) => m[1]!);
      expect(srcs.length, path).toBeGreaterThan(0);
      for (const src of srcs) {
        expect(src, path).toMatch(/-thumb-[0-9a-f]{8}\.png$/);
        expect(builtFile(src).length, src).toBeLessThanOrEqual(12 * KB);
      }
    }
  });

  it('uses the system font stack: no font files and no @font-face', () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    const css = files.filter((f) => f.endsWith('.css')).map((f) => builtFile(`/${f}`).toString('utf8'));
    expect(css.join('\n')).not.toMatch(/@font-face/);
  });
});
