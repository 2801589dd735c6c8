/**
 * `npm run check:content`: checks content/ the way the build does (frontmatter, references,
 * links between pages) in a couple of seconds, without building. Prints every problem with its
 * file and line, and exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/integrations/content-check.ts';
import { checkContent, formatProblems } from '../src/lib/content/content-check.ts';

const root = resolve(import.meta.dirname, '..');
const files = readContent(root);
const problems = checkContent(files);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) in content/.`);
  process.exit(1);
}
console.log(`content/ is valid: ${files.categories.length} categories, ${files.projects.length} projects, ${files.guides.length} guides.`);
