import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems, type ContentFiles, type SourceFile } from '../lib/content/content-check.ts';
import { findContentGaps, formatContentGaps } from '../lib/content/content-gaps.ts';
import { formatStaleTranslations, interfaceStringProblems, staleTranslations } from '../lib/i18n/translation-status.ts';

export function readContentDir(dir: string, root: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort()
    .map((f) => ({ path: relative(root, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

export function readContent(root: string): ContentFiles {
  const dir = (name: string) => readContentDir(join(root, 'content', name), root);
  const translations = ['zh', 'ru'].flatMap((lang) => ['projects', 'guides', 'categories'].flatMap((kind) => dir(join('i18n', lang, kind))));
  return { categories: dir('categories'), projects: dir('projects'), guides: dir('guides'), translations };
}

/** Fails the build (and the dev server's start) when content/ has a broken file or reference. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'landscape-docs:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro preview` serves what was built and checked already.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const files = readContent(root);
        const problems = [...checkContent(files), ...interfaceStringProblems()];
        if (problems.length > 0) {
          throw new Error(`content/ has ${problems.length} problem(s):\n${formatProblems(problems)}`);
        }
        logger.info(
          `${files.categories.length} categories, ${files.projects.length} projects and ${files.guides.length} guides checked in ${Math.round(performance.now() - started)} ms`,
        );
        // What is still to write never fails a build (a new import adds items without our text).
        for (const line of formatContentGaps(findContentGaps(files))) logger.warn(`still to write: ${line}`);
        for (const line of formatStaleTranslations(staleTranslations(files))) logger.warn(line);
      },
    },
  };
}
