/**
 * `npm run test:e2e`: the Playwright tests against the already built site in dist/. Finds or
 * installs a Chromium first (scripts/find-browser.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.ts';

if (!existsSync('dist/index.html')) {
  console.error('run-e2e: dist/ has no built site; run `npm run build` first (npm test does both).');
  process.exit(1);
}
const browser = findBrowser();
console.log(`run-e2e: using ${browser}`);
const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
