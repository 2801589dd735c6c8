import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildResultMeta, RESULT_META_DIR, resultMetaPath } from '../lib/search/result-meta.ts';
import { readPagefindFragments } from './pagefind-fragments.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Writes the result tables (src/lib/search/result-meta.ts), one per language, from the fragments Pagefind just wrote. */
function writeResultMeta(site: string): number {
  const fragments = readPagefindFragments(join(site, 'pagefind'));
  mkdirSync(join(site, RESULT_META_DIR), { recursive: true });
  for (const [language, pages] of fragments) writeFileSync(join(site, resultMetaPath(language)), JSON.stringify(buildResultMeta(pages)));
  return fragments.size;
}

/**
 * Builds the full-text search index from the finished HTML with Pagefind's Node API. Which parts of
 * a page are indexed is decided in one place, src/layouts/PageShell.astro.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'landscape-docs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        check('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        const added = await index.addDirectory({ path: site });
        check('addDirectory', added.errors);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        check('writeFiles', written.errors);
        await pagefind.close();
        const tables = writeResultMeta(site);
        logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; ${tables} result tables`);
      },
    },
  };
}
