/**
 * `npm test`: every check, in the order that fails fastest. Content and types first, unit tests,
 * then a full production build (which also indexes search), then the browser tests against it.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string[]]> = [
  ['content check', ['scripts/check-content.ts']],
  ['type check (astro check)', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']],
  ['unit tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run']],
  ['build (astro build + link check + pagefind)', ['node_modules/astro/bin/astro.mjs', 'build']],
  ['build output tests (budgets, SEO, security)', ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.build.config.ts']],
  ['reproducible build (second build, byte comparison)', ['scripts/check-reproducible.ts']],
  ['browser tests (playwright)', ['scripts/run-e2e.ts']],
];

const timings: string[] = [];
const started = performance.now();
for (const [name, args] of steps) {
  console.log(`\n=== ${name}`);
  const t = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  timings.push(`  ${result.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n=== ${name} failed\n${timings.join('\n')}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n=== all checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s\n${timings.join('\n')}`);
