/**
 * `npm run import [-- <landscape.yml>]`: creates or updates content/categories and content/projects
 * from a landscape data file in the upstream format. Default input: ../shared/landscape/landscape.yml.
 *
 * `npm run import -- --history [<folder>]`: the history mode. Reads the monthly snapshots (default
 * ../shared/landscape/history/) and writes each item's first month, former ids and names and moves,
 * content/history/removed.json (items that left) and content/history/landscape.json (size over
 * time, old category keys). Ids and names are only ever added.
 *
 * Everything is read and checked first; files are written only if the whole import is valid, each
 * through a temporary file and a rename, so an error leaves content/ as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { readContent } from '../src/integrations/content-check.ts';
import { findContentGaps, formatContentGaps } from '../src/lib/content/content-gaps.ts';
import { FrontmatterError, readMdx } from '../src/lib/content/frontmatter.ts';
import { planImport, type ExistingFile, type ImportReport } from '../src/lib/landscape/landscape-import.ts';
import { planHistoryImport, readSnapshots } from '../src/lib/landscape/history/history-import.ts';
import { LandscapeDataError, parseLandscape } from '../src/lib/landscape/landscape-parse.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env['CONTENT_DIR'] ?? join(root, 'content'));
const historyMode = process.argv[2] === '--history';
const input = resolve(
  (historyMode ? process.argv[3] : process.argv[2]) ?? join(root, '..', 'shared', 'landscape', historyMode ? 'history' : 'landscape.yml'),
);

function readDir(dir: string): ExistingFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const text = readFileSync(path, 'utf8');
      return { slug: basename(f, '.mdx'), text, ...readMdx(text, relative(process.cwd(), path)) };
    });
}

function list(label: string, values: string[]): void {
  if (values.length === 0) return;
  const shown = values.slice(0, 40).join(', ');
  console.log(`  ${label} (${values.length}): ${shown}${values.length > 40 ? ', …' : ''}`);
}

function printReport(report: ImportReport): void {
  const c = report.categories;
  console.log(`categories: ${c.added.length} added, ${c.updated.length} updated, ${c.removed.length} marked removed, ${c.unchanged} unchanged`);
  list('added', c.added);
  list('updated', c.updated);
  list('marked removed upstream', c.removed);
  console.log(
    `items: ${report.added.length} added, ${report.updated.length} updated (${report.moved.length} moved, ${report.renamed.length} renamed), ` +
      `${report.removed.length} marked removed, ${report.restored.length} restored, ${report.unchanged} unchanged`,
  );
  list('added', report.added);
  list('updated', report.updated);
  list('moved', report.moved.map((m) => `${m.slug} (${m.from} → ${m.to})`));
  list('renamed', report.renamed.map((m) => `${m.slug} ("${m.from}" → "${m.to}", old name kept as alias)`));
  list('marked removed upstream (files kept)', report.removed);
  list('restored', report.restored);
}

/** Writes every planned file through a temporary file, then renames them all: all or nothing. */
function writeAll(writes: Map<string, string>): void {
  const pending: Array<[string, string]> = [];
  for (const [path, text] of writes) {
    const target = join(contentDir, path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    pending.push([temp, target]);
  }
  for (const [temp, target] of pending) renameSync(temp, target);
}

function importHistory(): void {
  console.log(`import --history: reading snapshots in ${relative(process.cwd(), input)}`);
  const snapshots = readSnapshots(input);
  const removedFile = join(contentDir, 'history', 'removed.json');
  const plan = planHistoryImport(
    snapshots,
    readDir(join(contentDir, 'categories')),
    readDir(join(contentDir, 'projects')),
    existsSync(removedFile) ? readFileSync(removedFile, 'utf8') : undefined,
  );
  const changed = [...plan.writes].filter(([path, text]) => !existsSync(join(contentDir, path)) || readFileSync(join(contentDir, path), 'utf8') !== text);
  writeAll(new Map(changed));
  const r = plan.report;
  console.log(
    `import --history: ${snapshots.length} snapshots (${snapshots[0]?.month} to ${snapshots.at(-1)?.month}); ${r.projectsUpdated} project files updated; ` +
      `${r.removedItems} items that left; ${r.ids} ids; ${r.years} years; ${changed.length} files written`,
  );
}

const started = performance.now();
try {
  if (historyMode) {
    importHistory();
    process.exit(0);
  }
  console.log(`import: reading ${relative(process.cwd(), input)}`);
  const upstream = parseLandscape(readFileSync(input, 'utf8'), relative(process.cwd(), input));
  for (const w of upstream.warnings) console.warn(`warning: ${w.file}:${w.line}: ${w.message}`);
  console.log(`import: reading ${relative(process.cwd(), contentDir)}/`);
  const categories = readDir(join(contentDir, 'categories'));
  const projects = readDir(join(contentDir, 'projects'));
  console.log(`import: ${categories.length} category files and ${projects.length} project files found; planning`);
  const plan = planImport(upstream, categories, projects);

  writeAll(plan.writes);

  printReport(plan.report);
  // New items arrive without our text; say what is left to write, with counts, without failing.
  for (const line of formatContentGaps(findContentGaps(readContent(resolve(contentDir, '..'))))) console.log(`  still to write: ${line}`);
  const t = plan.totals;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `import: done in ${seconds}s: ${t.categories} categories, ${t.subcategories} subcategories, ${t.items} items ` +
      `(${t.projects} CNCF projects); ${plan.writes.size} files written`,
  );
} catch (error) {
  if (error instanceof LandscapeDataError || error instanceof FrontmatterError) {
    console.error(`import failed; nothing was written.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
