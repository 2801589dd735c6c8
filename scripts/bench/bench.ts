/**
 * `npm run bench`: prints figures, asserts nothing (budgets are tests; see tests/build).
 *
 * 1. Build time of the real landscape, split into Astro, the link check and Pagefind, with pages
 *    per second and peak memory; and a bare baseline: the same project MDX files as pages with no
 *    layout, no integrations, in a throwaway Astro project.
 * 2. The same for synthetic landscapes (scripts/bench/synthetic-landscape.ts), default 500,
 *    2,500 and 10,000 items, imported and built in throwaway copies of this project.
 * 3. Compressed bytes per page template (gzip / brotli), split into HTML, CSS, JS, logos, fonts.
 * 4. Search in Chromium: bytes and time of the first query and of the next keystroke.
 *
 * Options: --sizes=500,2500,10000   --skip-synthetic   --skip-build (reuse dist/ for 3 and 4)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../find-browser.ts';
import { measureSearch } from './measure-search.ts';
import { pageBytes } from './page-bytes.ts';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (option('sizes') ?? '500,2500,10000').split(',').map(Number);
const landscape = resolve(root, '..', 'shared', 'landscape', 'landscape.yml');
const logos = resolve(process.env['LANDSCAPE_LOGOS_DIR'] ?? join(root, '..', 'shared', 'landscape', 'hosted_logos'));
const work = join(tmpdir(), 'landscape-docs-bench');

interface BuildFigures {
  label: string;
  items: number;
  pages: number;
  totalS: number;
  pagefindS: number;
  linkCheckS: number;
  peakMiB: number;
}

/** Runs `astro build` in `dir` under GNU time and reads the figures from the logs. */
function build(label: string, dir: string, items: number): BuildFigures {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, LANDSCAPE_LOGOS_DIR: logos },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const totalS = (performance.now() - started) / 1000;
  const out = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`${label}: build failed\n${out.slice(-3000)}`);
  const number = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  return {
    label,
    items,
    pages: number(/(\d+) page\(s\) built in/),
    totalS,
    pagefindS: number(/indexed \d+ pages in ([\d.]+) s/),
    linkCheckS: number(/checked the links of \d+ pages in ([\d.]+) s/),
    peakMiB: number(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
  };
}

/** A throwaway copy of the project (code only) whose content comes from the given data file. */
function syntheticProject(items: number): string {
  const dir = join(work, `synthetic-${items}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'guides'), { recursive: true });
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  // The editions' own texts (home page, glossary, item descriptions by slug), without the
  // translated pages: those link to the real projects and guides, which a synthetic landscape lacks.
  for (const lang of readdirSync(join(root, 'content', 'i18n'))) {
    for (const file of ['home.yml', 'glossary.yml', 'descriptions.yml']) {
      if (existsSync(join(root, 'content', 'i18n', lang, file))) cpSync(join(root, 'content', 'i18n', lang, file), join(dir, 'content', 'i18n', lang, file));
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const data = join(dir, 'landscape.yml');
  const gen = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'synthetic-landscape.ts'), landscape, String(items), data], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  const imported = spawnSync(process.execPath, [join(dir, 'scripts', 'import-landscape.ts'), data], { cwd: dir, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import of ${items} items failed\n${imported.stdout}${imported.stderr}`);
  return dir;
}

/** The bare baseline: the real project MDX files rendered as pages with nothing around them. */
function bareProject(): string {
  const dir = join(work, 'bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'content'), join(dir, 'content'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { projects: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/projects' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('projects')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<Content />\n",
  );
  return dir;
}

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const builds: BuildFigures[] = [];
  if (!args.includes('--skip-build')) {
    console.error('bench: building the real landscape…');
    builds.push(build('real landscape', root, 2413));
    console.error('bench: building the bare baseline…');
    builds.push(build('bare baseline (same MDX, no layout)', bareProject(), 2413));
    if (!args.includes('--skip-synthetic')) {
      for (const items of sizes) {
        console.error(`bench: synthetic landscape of ${items} items…`);
        builds.push(build(`synthetic ${items}`, syntheticProject(items), items));
      }
    }
  }
  if (builds.length > 0) {
    const real = builds[0]!;
    console.log('\n## Build\n');
    console.log(
      table(
        ['build', 'items', 'pages', 'total s', 'Astro s', 'link check s', 'Pagefind s', 'pages/s', 'peak MiB', 'vs real'],
        builds.map((b) => [
          b.label,
          b.items,
          b.pages,
          b.totalS.toFixed(1),
          (b.totalS - b.pagefindS - b.linkCheckS).toFixed(1),
          b.linkCheckS.toFixed(1),
          b.pagefindS.toFixed(1),
          (b.pages / b.totalS).toFixed(0),
          b.peakMiB.toFixed(0),
          `${(b.totalS / real.totalS).toFixed(2)}×`,
        ]),
      ),
    );
    const bare = builds.find((b) => b.label.startsWith('bare'));
    if (bare) console.log(`\nFull build + index / bare baseline: ${(real.totalS / bare.totalS).toFixed(2)}× (goal ≤ 1.3×)`);
  }

  const dist = join(root, 'dist');
  const templates: Record<string, string> = {
    home: '/',
    'landscape grid (every logo)': '/grid/',
    category: '/categories/orchestration-management/',
    subcategory: '/categories/orchestration-management/service-mesh/',
    'project (graduated, written)': '/projects/kubernetes/',
    'project (facts only)': '/projects/ansible/',
    guide: '/guides/container-runtimes-and-standards/',
    'CNCF projects table': '/projects/',
    'all items A-Z': '/items/',
    search: '/search/',
    stats: '/stats/',
  };
  console.log('\n## Bytes per page template (KB compressed, gzip / brotli)\n');
  console.log(
    table(
      ['template', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'logos', 'fonts'],
      Object.entries(templates).map(([name, path]) => {
        const b = pageBytes(dist, path);
        const pair = (p: [number, number]) => `${kb(p[0])} / ${kb(p[1])}`;
        return [name, pair(b.html), pair(b.css), pair(b.js), pair([b.html[0] + b.css[0] + b.js[0], b.html[1] + b.css[1] + b.js[1]]), pair(b.logos), pair(b.fonts)];
      }),
    ),
  );

  console.error('bench: measuring search in Chromium…');
  const port = 4391;
  const preview = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const runs = [];
    const failures: string[] = [];
    // A run that breaks (a browser that dies, a page that never completes) is retried and reported,
    // so one bad run neither hides the figures nor kills the benchmark silently.
    for (let attempt = 0; runs.length < 3 && attempt < 6; attempt++) {
      try {
        runs.push(await measureSearch(base, findBrowser()));
      } catch (error) {
        failures.push(`attempt ${attempt + 1}: ${(error as Error).message.split('\n')[0]}`);
        console.error(`bench: search run failed (${failures.at(-1)}); trying again`);
      }
    }
    if (runs.length < 3) throw new Error(`search step: only ${runs.length} of 3 runs completed; ${failures.join('; ')}`);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log('\n## Search in Chromium (median of 3 fresh pages; the goal is ≤ 300 ms and ≤ 150 KB cold, ≤ 50 ms warm)\n');
    console.log(
      table(
        ['step', 'time ms', 'bytes KB'],
        [
          [`first query "${runs[0]!.query}" (cold): name matches shown`, median(runs.map((r) => r.firstResultsMs)), ''],
          [`first query "${runs[0]!.query}" (cold): complete with full text`, median(runs.map((r) => r.coldMs)), kb(median(runs.map((r) => r.coldBytes)))],
          ['search data loaded when the page was idle, before typing', '', kb(median(runs.map((r) => r.idleBytes)))],
          ['next keystroke (warm)', median(runs.map((r) => r.warmMs)), kb(median(runs.map((r) => r.warmBytes)))],
        ],
      ),
    );
  } finally {
    preview.kill();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
