/**
 * `npm test`: every check, in the order that fails fastest. Content and types first, unit tests,
 * then a full production build (which also indexes search), then the browser tests against it.
 * The test runners also write JSON reports, so the summary counts passed, failed and skipped tests
 * and names every skipped one: a skip is never silent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTestReport, type TestCounts } from './test-report.ts';

const reports = mkdtempSync(join(tmpdir(), 'landscape-docs-tests-'));
const vitest = (name: string, ...args: string[]) => ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, name)}`];

interface Step {
  name: string;
  args: string[];
  /** The JSON report the step writes, if it runs tests. */
  report?: { file: string; format: 'vitest' | 'playwright' };
}

const steps: Step[] = [
  { name: 'content check', args: ['scripts/check-content.ts'] },
  { name: 'type check (astro check)', args: ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning'] },
  { name: 'unit tests (vitest)', args: vitest('unit.json'), report: { file: 'unit.json', format: 'vitest' } },
  { name: 'build (astro build + link check + pagefind)', args: ['node_modules/astro/bin/astro.mjs', 'build'] },
  {
    name: 'build output tests (budgets, SEO, security)',
    args: vitest('build.json', '--config', 'vitest.build.config.ts'),
    report: { file: 'build.json', format: 'vitest' },
  },
  { name: 'reproducible build (second, cold build, byte comparison)', args: ['scripts/check-reproducible.ts'] },
  { name: 'browser tests (playwright)', args: ['scripts/run-e2e.ts'], report: { file: 'e2e.json', format: 'playwright' } },
];

const lines: string[] = [];
const total: TestCounts = { passed: 0, failed: 0, skipped: 0, skippedNames: [] };
const started = performance.now();
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const t = performance.now();
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: join(reports, 'e2e.json') };
  const result = spawnSync(process.execPath, step.args, { stdio: 'inherit', env });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  let counts = '';
  if (step.report) {
    const c = readTestReport(readFileSync(join(reports, step.report.file), 'utf8'), step.report.format);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    total.skippedNames.push(...c.skippedNames);
    counts = `: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
    if (result.status === 0 && c.passed === 0) {
      lines.push(`  FAIL ${step.name} (${seconds} s): ran no test`);
      break;
    }
  }
  lines.push(`  ${result.status === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)${counts}`);
  if (result.status !== 0) break;
}
rmSync(reports, { recursive: true, force: true });
const failed = lines.some((l) => l.startsWith('  FAIL'));
console.log(`\n=== ${failed ? 'FAILED' : `all checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s`}\n${lines.join('\n')}`);
if (total.skippedNames.length) console.log(`skipped tests:\n${total.skippedNames.map((n) => `  - ${n}`).join('\n')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed ? 1 : 0);
