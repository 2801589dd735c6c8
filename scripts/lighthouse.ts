/**
 * `npm run lighthouse`: Lighthouse (mobile, the default profile) on the home, the landscape grid, a
 * category, a project and the search page of the built site, with the system Chromium; prints the
 * four scores. A report, not a test: the performance score varies from run to run with the
 * machine's load, so each page runs RUNS times (default 3) and the table gives the median and range.
 * Lighthouse is fetched by npx on first use rather than installed with the project.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const port = 4392;
const base = `http://127.0.0.1:${port}`;
const pages = ['/', '/grid/', '/categories/orchestration-management/', '/projects/kubernetes/', '/search/?q=gitops'];
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const runs = Number(process.env['RUNS'] ?? 3);

const preview = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
try {
  for (let i = 0; i < 50 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  console.log('| page | performance (median, range) | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
  for (const [i, path] of pages.entries()) {
    const scores: Array<Record<string, number>> = [];
    for (let r = 0; r < runs; r++) {
      const report = join(out, `${i}-${r}.json`);
      const run = spawnSync(
        'npx',
        ['--yes', LIGHTHOUSE, `${base}${path}`, '--quiet', '--output=json', `--output-path=${report}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
        { env: { ...process.env, CHROME_PATH: findBrowser() }, encoding: 'utf8' },
      );
      if (run.status !== 0) {
        // One page failing (e.g. a DevTools timeout) should not hide the others.
        console.log(`| ${path} | Lighthouse failed: ${run.stderr.trim().split('\n')[0]?.slice(0, 200)} | | | |`);
        process.exitCode = 1;
        break;
      }
      const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
      scores.push(Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])));
    }
    if (scores.length < runs) continue;
    const sorted = (k: string) => scores.map((s) => s[k] ?? 0).sort((a, b) => a - b);
    const cell = (k: string) => {
      const v = sorted(k);
      const median = v[Math.floor(v.length / 2)];
      return v[0] === v.at(-1) ? `${median}` : `${median} (${v[0]}–${v.at(-1)})`;
    };
    console.log(`| ${path} | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} |`);
  }
} finally {
  preview.kill();
}
