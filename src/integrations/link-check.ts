import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatLinkProblems, pagePath, readPage, type BuiltPage } from '../lib/site/link-check.ts';

/** Fails the build on any broken internal link or anchor in the output (see src/lib/site/link-check.ts). */
export default function linkCheck(): AstroIntegration {
  let origin = '';
  return {
    name: 'landscape-docs:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost/').origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = new Map<string, BuiltPage>();
        const files = new Set<string>();
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = relative(root, join(entry.parentPath, entry.name));
          if (file.endsWith('.html')) pages.set(pagePath(file), readPage(await readFile(join(root, file), 'utf8')));
          else files.add(`/${file.replace(/\\/g, '/')}`);
        }
        const problems = checkLinks(pages, files, origin);
        if (problems.length > 0) throw new Error(formatLinkProblems(problems));
        logger.info(`checked the links of ${pages.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: none broken`);
      },
    },
  };
}
