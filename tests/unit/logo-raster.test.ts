import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { LogoBuildResult } from '../../src/lib/logos/logo-build.ts';
import { fontFingerprint, RASTER_FROM_BYTES, RASTER_HEIGHT, THUMB_HEIGHT, rasterizeLogos } from '../../src/lib/logos/logo-raster.ts';

/** A traced-bitmap style logo: hundreds of tiny paths, 2:1, well over the raster threshold. */
function heavySvg(): Buffer {
  const paths = Array.from({ length: 600 }, (_, i) => `<path fill="#${(i * 4099).toString(16).padStart(6, '0').slice(-6)}" d="M${i % 40} ${Math.floor(i / 40)} l1.5 0 l0 1.5 l-1.5 0 z"/>`);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">${paths.join('')}</svg>`);
}
const light = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><rect width="2" height="1"/></svg>');

function build(files: Record<string, Buffer>): LogoBuildResult {
  const logos = Object.fromEntries(Object.keys(files).map((f) => [f.replace(/-.*$/, ''), { src: `/logos/${f}`, thumb: `/logos/${f}`, aspect: 2, kind: 'hosted' as const }]));
  return { logos, files: new Map(Object.entries(files)), rejected: [], missing: [], counts: { hosted: 2, brand: 0, monogram: 0 } };
}
const file = (result: LogoBuildResult, src: string) => result.files.get(src.slice('/logos/'.length))!;

describe('rasterizeLogos', () => {
  it('gives every logo a PNG thumbnail and replaces heavy SVGs by a PNG', async () => {
    const heavy = heavySvg();
    expect(heavy.length).toBeGreaterThan(RASTER_FROM_BYTES);
    const result = build({ 'heavy-0123abcd.svg': heavy, 'light-89abcdef.svg': light });
    const cache = mkdtempSync(join(tmpdir(), 'raster-'));
    const report = await rasterizeLogos(result, cache);
    expect(report).toMatchObject({ thumbnails: 2, replaced: 1, replacedSvgBytes: heavy.length, failed: [] });

    const h = result.logos['heavy']!;
    const l = result.logos['light']!;
    expect(h).toMatchObject({ aspect: 2, src: expect.stringMatching(/^\/logos\/heavy-[0-9a-f]{8}\.png$/), thumb: expect.stringMatching(/^\/logos\/heavy-thumb-[0-9a-f]{8}\.png$/) });
    expect(l).toMatchObject({ src: '/logos/light-89abcdef.svg', thumb: expect.stringMatching(/^\/logos\/light-thumb-[0-9a-f]{8}\.png$/) });
    expect(result.files.has('heavy-0123abcd.svg')).toBe(false);
    expect(result.files.size).toBe(4);
    expect(file(result, h.src).length).toBeLessThan(heavy.length);
    expect(await sharp(file(result, h.src)).metadata()).toMatchObject({ format: 'png', height: RASTER_HEIGHT, width: RASTER_HEIGHT * 2 });
    expect(await sharp(file(result, h.thumb!)).metadata()).toMatchObject({ format: 'png', height: THUMB_HEIGHT, width: THUMB_HEIGHT * 2 });
    expect(readdirSync(cache)).toHaveLength(3);

    // A second run reads the cache and gives the same names and bytes.
    const again = build({ 'heavy-0123abcd.svg': heavy, 'light-89abcdef.svg': light });
    await rasterizeLogos(again, cache);
    expect(again.logos).toEqual(result.logos);
    expect(again.files).toEqual(result.files);
  });

  it('keeps a logo that cannot be drawn as it is, for lists too, and says why', async () => {
    const broken = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><path d="M0 0"/>${'<g>'.repeat(RASTER_FROM_BYTES / 3)}`);
    const result = build({ 'broken-0123abcd.svg': broken });
    const report = await rasterizeLogos(result);
    expect(report).toMatchObject({ thumbnails: 0, replaced: 0, failed: [{ file: 'broken-0123abcd.svg', reason: expect.any(String) }] });
    expect(result.logos['broken']).toMatchObject({ src: '/logos/broken-0123abcd.svg', thumb: '/logos/broken-0123abcd.svg' });
  });
});

describe('fontFingerprint', () => {
  it('changes when a font file is added, so PNGs drawn with other fonts are not reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    mkdirSync(join(dir, 'truetype'));
    writeFileSync(join(dir, 'truetype', 'a.ttf'), 'a');
    const before = fontFingerprint([dir]);
    expect(fontFingerprint([dir])).toBe(before);
    writeFileSync(join(dir, 'truetype', 'b.ttf'), 'bb');
    expect(fontFingerprint([dir])).not.toBe(before);
  });
});
