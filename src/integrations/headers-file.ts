import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security-headers.ts';

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) once the build is complete, because its rules
 * name every top-level file and folder of the built site (see headersFile for why). Listed after
 * the Pagefind integration, so /pagefind/ is there to be named.
 */
export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'landscape-docs:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = readdirSync(site, { withFileTypes: true }).map((d) => ({ name: d.name, folder: d.isDirectory() }));
        writeFileSync(join(site, '_headers'), headersFile(entries));
        logger.info(`wrote _headers for ${entries.length} top-level entries`);
      },
    },
  };
}
