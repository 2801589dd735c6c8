import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readMdx } from '../lib/content/frontmatter.ts';
import { buildLogos, type LogoRequest } from '../lib/logos/logo-build.ts';
import { rasterizeLogos } from '../lib/logos/logo-raster.ts';

const VIRTUAL_ID = 'virtual:landscape-docs/logos';
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

/**
 * Where real logos come from: LANDSCAPE_LOGOS_DIR if set (empty means "none"), else
 * ../shared/landscape/hosted_logos when it exists beside the checkout.
 */
export function logosDirectory(root: string): string | undefined {
  const configured = process.env['LANDSCAPE_LOGOS_DIR'];
  if (configured !== undefined) return configured === '' ? undefined : resolve(root, configured);
  const beside = resolve(root, '..', 'shared', 'landscape', 'hosted_logos');
  return existsSync(beside) ? beside : undefined;
}

/**
 * Where sanitized logos and PNGs are cached between builds: LANDSCAPE_DOCS_CACHE_DIR if set (the
 * reproducible-build check points it at an empty folder), else node_modules/.cache/landscape-docs.
 */
export function logoCacheDirectory(root: string): string {
  const configured = process.env['LANDSCAPE_DOCS_CACHE_DIR'];
  return configured ? resolve(root, configured) : join(root, 'node_modules', '.cache', 'landscape-docs');
}

function requests(root: string): LogoRequest[] {
  const dir = join(root, 'content', 'projects');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data } = readMdx(readFileSync(join(dir, f), 'utf8'), f);
      return { slug: f.replace(/\.mdx$/, ''), name: String(data['name']), logo: String(data['logo']) };
    });
}

/**
 * Sanitizes and writes every item's logo (see src/lib/logos/), exposes the result to pages as the
 * virtual module `virtual:landscape-docs/logos`, serves the files in dev and copies them into the
 * build. Logos are never written into the repository.
 */
export default function logos(): AstroIntegration {
  let outDir = '';
  return {
    name: 'landscape-docs:logos',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // `astro preview` serves the logos already copied into dist/.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const source = logosDirectory(root);
        const cacheDir = logoCacheDirectory(root);
        outDir = join(cacheDir, 'logos-out');
        const started = performance.now();
        const result = buildLogos(requests(root), source, join(cacheDir, 'sanitized-logos'));
        const raster = await rasterizeLogos(result, join(cacheDir, 'rasterized-logos'));
        rmSync(outDir, { recursive: true, force: true });
        mkdirSync(outDir, { recursive: true });
        for (const [file, data] of result.files) writeFileSync(join(outDir, file), data);
        const c = result.counts;
        logger.info(
          `${source ? `logos from ${source}` : 'no logos directory (set LANDSCAPE_LOGOS_DIR); using brand icons and monograms'}: ` +
            `${c.hosted} real, ${c.brand} brand icons, ${c.monogram} monograms, ${result.files.size} files, ${Math.round(performance.now() - started)} ms; ` +
            `${raster.thumbnails} thumbnails, ${raster.replaced} heavy SVGs replaced by PNGs (${kb(raster.replacedSvgBytes)} → ${kb(raster.replacedPngBytes)})`,
        );
        for (const f of raster.failed) logger.warn(`logo ${f.file} could not be drawn as PNG, so lists use the file itself: ${f.reason}`);
        for (const r of result.rejected) logger.warn(`logo ${r.logo} rejected: ${r.reason}; using a fallback`);
        if (result.missing.length) logger.warn(`${result.missing.length} logo files not found in the logos directory: ${result.missing.join(', ')}`);
        const moduleSource = `export default ${JSON.stringify(result.logos)};`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'landscape-docs:logos',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL_ID}` ? moduleSource : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const match = /^\/logos\/([\w.-]+)$/.exec(req.url ?? '');
          const file = match?.[1] && join(outDir, match[1]);
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', file.endsWith('.png') ? 'image/png' : 'image/svg+xml');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir }) => {
        cpSync(outDir, join(fileURLToPath(dir), 'logos'), { recursive: true });
      },
    },
  };
}
