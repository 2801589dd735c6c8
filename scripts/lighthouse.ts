/**
 * `npm run lighthouse`: Lighthouse (mobile, the default profile) on the home, a category, a project
 * and the search page of the built site, with the system Chromium; prints the four scores. A
 * report, not a test: Lighthouse's performance score varies with the machine's load.
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

const preview = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
try {
  for (let i = 0; i < 50 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  console.log('| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
  for (const [i, path] of pages.entries()) {
    const report = join(out, `${i}.json`);
    const run = spawnSync(
      'npx',
      ['--yes', LIGHTHOUSE, `${base}${path}`, '--quiet', '--output=json', `--output-path=${report}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { env: { ...process.env, CHROME_PATH: findBrowser() }, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${run.stderr.slice(-2000)}`);
    const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
    const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
    console.log(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
  }
} finally {
  preview.kill();
}
