/**
 * `npm run check:content`: checks content/ the way the build does (frontmatter, references,
 * links between pages) in a couple of seconds, without building. Prints every problem with its
 * file and line, and exits 1 if there is any. Then reports what the written content still lacks
 * (see src/lib/content/content-gaps.ts), which does not fail it.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/integrations/content-check.ts';
import { checkContent, formatProblems } from '../src/lib/content/content-check.ts';
import { findContentGaps, formatContentGaps } from '../src/lib/content/content-gaps.ts';
import { formatStaleTranslations, interfaceStringProblems, staleTranslations } from '../src/lib/i18n/translation-status.ts';

const root = resolve(import.meta.dirname, '..');
const files = readContent(root);
const problems = [...checkContent(files), ...interfaceStringProblems()];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) in content/.`);
  process.exit(1);
}
for (const line of formatContentGaps(findContentGaps(files))) console.log(`still to write: ${line}`);
for (const line of formatStaleTranslations(staleTranslations(files))) console.log(line);
console.log(`content/ is valid: ${files.categories.length} categories, ${files.projects.length} projects, ${files.guides.length} guides, ${files.translations?.length ?? 0} translations.`);
