/**
 * Draws logos as small PNGs. A browser parses and paints every SVG image as a whole document on the
 * main thread, and about 180 of the landscape's logos are traced bitmaps or design-tool exports of
 * 16 KB to 2.5 MB. Lighthouse on a phone profile measured seconds of main-thread work for a page of
 * 200 SVG logos and a fraction of that for the same logos as PNG, whose decoding happens off the
 * main thread. So every logo gets a PNG thumbnail for lists and grids, and heavy SVGs are replaced
 * by a PNG everywhere. sharp (libvips, already installed with Astro) does the drawing: it reports
 * bad input as an error instead of aborting the process.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogoBuildResult } from './logo-build.ts';

/** Sanitized SVGs larger than this are replaced by a PNG; smaller ones stay vector on project pages. */
export const RASTER_FROM_BYTES = 16 * 1024;
/** Height of a replacing PNG: twice the largest box a logo is drawn in (72 px on a project page). */
export const RASTER_HEIGHT = 144;
/** Height of a thumbnail: twice the largest box of a list or grid (40 px on a card). */
export const THUMB_HEIGHT = 80;
/** Bump when the drawing settings change, so cached PNGs are redone. */
const RASTER_VERSION = 1;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Draws at about twice the target height, then scales down, for smooth edges. */
export async function renderPng(image: Buffer, height: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const { height: intrinsic, format } = await sharp(image).metadata();
  if (!intrinsic) throw new Error('the image has no height sharp can read');
  const density = format === 'svg' ? Math.min(Math.max((72 * 2 * height) / intrinsic, 1), 20000) : undefined;
  return sharp(image, density ? { density } : {})
    .resize({ height, width: Math.round(height * 2.5), fit: 'inside' })
    .png({ compressionLevel: 9, palette: true, effort: 10 })
    .toBuffer();
}

/** Where fontconfig finds fonts on our machines; logos with <text> are drawn with them. */
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

let fonts: string | undefined;

/**
 * A fingerprint of the installed fonts, part of the cache key: a logo with <text> is drawn with
 * whatever fonts the machine has, so a PNG cached before a font package was installed (Chromium
 * brings some) differs from one drawn now, and a build from the cache would differ from a cold one.
 */
export function fontFingerprint(dirs: string[] = FONT_DIRS): string {
  if (fonts !== undefined && dirs === FONT_DIRS) return fonts;
  const entries: string[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (f.isFile()) entries.push(`${join(f.parentPath, f.name)}:${statSync(join(f.parentPath, f.name)).size}`);
    }
  }
  const print = createHash('sha256').update(entries.sort().join('\n')).digest('hex').slice(0, 12);
  if (dirs === FONT_DIRS) fonts = print;
  return print;
}

async function cachedPng(image: Buffer, height: number, cacheDir: string | undefined): Promise<Buffer> {
  const file = cacheDir && join(cacheDir, `${sha256(image)}-${height}-v${RASTER_VERSION}-${fontFingerprint()}.png`);
  if (file && existsSync(file)) return readFileSync(file);
  const png = await renderPng(image, height);
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, png);
  }
  return png;
}

export interface RasterReport {
  thumbnails: number;
  replaced: number;
  replacedSvgBytes: number;
  replacedPngBytes: number;
  failed: Array<{ file: string; reason: string }>;
}

/**
 * Adds a thumbnail to every logo in `result` and replaces heavy SVGs by a PNG, in its files and in
 * every logo that points to them. A logo that cannot be drawn keeps its file for both and is reported.
 */
export async function rasterizeLogos(result: LogoBuildResult, cacheDir?: string): Promise<RasterReport> {
  const report: RasterReport = { thumbnails: 0, replaced: 0, replacedSvgBytes: 0, replacedPngBytes: 0, failed: [] };
  const drawn = new Map<string, { src?: { name: string; png: Buffer }; thumb: { name: string; png: Buffer } }>();
  const base = (file: string) => file.replace(/(-[0-9a-f]{8})?\.(svg|png)$/, '');
  const named = (file: string, png: Buffer, suffix = '') => ({ name: `${base(file)}${suffix}-${sha256(png).slice(0, 8)}.png`, png });
  const draw = async ([file, image]: [string, Buffer]) => {
    try {
      const thumb = named(file, await cachedPng(image, THUMB_HEIGHT, cacheDir), '-thumb');
      const heavy = file.endsWith('.svg') && image.length > RASTER_FROM_BYTES;
      const full = heavy ? await cachedPng(image, RASTER_HEIGHT, cacheDir) : undefined;
      drawn.set(file, { thumb, ...(full && full.length < image.length ? { src: named(file, full) } : {}) });
    } catch (error) {
      report.failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  };
  // sharp works on libuv's thread pool; a few at a time keep both cores busy.
  const files = [...result.files];
  for (let i = 0; i < files.length; i += 4) await Promise.all(files.slice(i, i + 4).map(draw));
  for (const [file, { src, thumb }] of drawn) {
    result.files.set(thumb.name, thumb.png);
    report.thumbnails++;
    if (src) {
      report.replacedSvgBytes += result.files.get(file)?.length ?? 0;
      report.replacedPngBytes += src.png.length;
      report.replaced++;
      result.files.delete(file);
      result.files.set(src.name, src.png);
    }
  }
  for (const logo of Object.values(result.logos)) {
    const entry = drawn.get(logo.src.replace(/^\/logos\//, ''));
    if (entry?.src) logo.src = `/logos/${entry.src.name}`;
    if (entry) logo.thumb = `/logos/${entry.thumb.name}`;
  }
  return report;
}
