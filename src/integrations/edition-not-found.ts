import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITIONS } from '../lib/i18n/locales.ts';

/**
 * Moves each edition's /<lang>/404/index.html to /<lang>/404.html, the name static hosts look for
 * (Astro gives a 404 page that name only at the root). Runs before the link check and indexing.
 */
export default function editionNotFound(): AstroIntegration {
  return {
    name: 'landscape-docs:edition-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const lang of EDITIONS) {
          const built = join(site, lang, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`edition-not-found: ${built} was not built`);
          renameSync(built, join(site, lang, '404.html'));
          rmSync(join(site, lang, '404'), { recursive: true });
        }
      },
    },
  };
}
