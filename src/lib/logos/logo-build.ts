/**
 * Resolves and writes every item's logo: the sanitized real logo from the configured logos
 * directory, else a simple-icons brand icon, else a monogram. Sanitized logos are cached by the
 * hash of their input, so rebuilds only pay for new or changed files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { slugify } from '../landscape/slug.ts';
import { brandIcon, monogram } from './fallback-logos.ts';
import { MAX_INPUT_BYTES, SANITIZER_VERSION, sanitizeSvg } from './svg-sanitize.ts';

export type LogoKind = 'hosted' | 'brand' | 'monogram';

export interface ResolvedLogo {
  /** URL path of the logo file, e.g. /logos/kubernetes-1a2b3c4d.svg */
  src: string;
  /** URL path of the image lists and grids show: src itself, until rasterizeLogos draws a small PNG. */
  thumb: string;
  /** width / height */
  aspect: number;
  kind: LogoKind;
}

export interface LogoRequest {
  slug: string;
  name: string;
  logo: string;
}

export interface LogoBuildResult {
  logos: Record<string, ResolvedLogo>;
  /** File name in the output directory → bytes, for every file the site needs. */
  files: Map<string, Buffer>;
  rejected: Array<{ logo: string; reason: string }>;
  missing: string[];
  counts: Record<LogoKind, number>;
}

function hash(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** PNG: checked by signature; size read from the IHDR chunk. */
function pngAspect(data: Buffer): number | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return undefined;
  const w = data.readUInt32BE(16);
  const h = data.readUInt32BE(20);
  return w > 0 && h > 0 ? w / h : undefined;
}

type Processed = { ok: true; data: Buffer; ext: string; aspect: number } | { ok: false; reason: string };

function processFile(path: string, cacheDir: string | undefined): Processed {
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) return { ok: false, reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit` };
  const input = readFileSync(path);
  if (extname(path).toLowerCase() === '.png') {
    const aspect = pngAspect(input);
    return aspect ? { ok: true, data: input, ext: '.png', aspect } : { ok: false, reason: 'not a valid PNG file' };
  }
  const cacheFile = cacheDir && join(cacheDir, `${hash(input)}-v${SANITIZER_VERSION}.json`);
  if (cacheFile && existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { svg?: string; aspect?: number; reason?: string };
    if (cached.svg && cached.aspect) return { ok: true, data: Buffer.from(cached.svg), ext: '.svg', aspect: cached.aspect };
    if (cached.reason) return { ok: false, reason: cached.reason };
  }
  const result = sanitizeSvg(input);
  if (cacheFile) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(result.ok ? { svg: result.svg, aspect: result.aspect } : { reason: result.reason }));
  }
  return result.ok ? { ok: true, data: Buffer.from(result.svg), ext: '.svg', aspect: result.aspect } : result;
}

export function buildLogos(requests: LogoRequest[], logosDir: string | undefined, cacheDir?: string): LogoBuildResult {
  const result: LogoBuildResult = { logos: {}, files: new Map(), rejected: [], missing: [], counts: { hosted: 0, brand: 0, monogram: 0 } };
  const processed = new Map<string, Processed | undefined>();
  for (const request of requests) {
    let resolved: ResolvedLogo | undefined;
    if (logosDir) {
      if (!processed.has(request.logo)) {
        const path = join(logosDir, request.logo);
        processed.set(request.logo, existsSync(path) ? processFile(path, cacheDir) : undefined);
        const p = processed.get(request.logo);
        if (!p) result.missing.push(request.logo);
        else if (!p.ok) result.rejected.push({ logo: request.logo, reason: p.reason });
      }
      const p = processed.get(request.logo);
      if (p?.ok) {
        const file = `${slugify(request.logo.replace(/\.[a-z]+$/i, '')) || 'logo'}-${hash(p.data).slice(0, 8)}${p.ext}`;
        result.files.set(file, p.data);
        resolved = { src: `/logos/${file}`, thumb: `/logos/${file}`, aspect: p.aspect, kind: 'hosted' };
      }
    }
    if (!resolved) {
      const brand = brandIcon(request.name);
      if (brand) {
        const file = `brand-${brand.slug}.svg`;
        result.files.set(file, Buffer.from(brand.svg));
        resolved = { src: `/logos/${file}`, thumb: `/logos/${file}`, aspect: brand.aspect, kind: 'brand' };
      } else {
        const mono = monogram(request.name);
        const file = `monogram-${request.slug}.svg`;
        result.files.set(file, Buffer.from(mono.svg));
        resolved = { src: `/logos/${file}`, thumb: `/logos/${file}`, aspect: mono.aspect, kind: 'monogram' };
      }
    }
    result.logos[request.slug] = resolved;
    result.counts[resolved.kind]++;
  }
  return result;
}
