/**
 * Proves the build is reproducible: hashes every file of the existing dist/, builds again with
 * empty logo caches (so two cold builds are compared, not one build and its own cache), and
 * compares. Any file that differs, appears or disappears is listed and the script fails.
 * Run after `astro build` (npm test does).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');

function hashes(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    out.set(path.slice(dist.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const first = hashes();
const emptyCache = mkdtempSync(join(tmpdir(), 'landscape-docs-cold-cache-'));
console.log(`reproducible build: ${first.size} files hashed; building again with empty logo caches in ${emptyCache}…`);
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, LANDSCAPE_DOCS_CACHE_DIR: emptyCache },
});
rmSync(emptyCache, { recursive: true, force: true });
if (build.status !== 0) process.exit(build.status ?? 1);
const second = hashes();
const differences = [...new Set([...first.keys(), ...second.keys()])]
  .sort()
  .filter((f) => first.get(f) !== second.get(f))
  .map((f) => `  ${f}: ${!first.has(f) ? 'only in the second build' : !second.has(f) ? 'only in the first build' : 'contents differ'}`);
if (differences.length > 0) {
  console.error(`the two builds differ in ${differences.length} file(s):\n${differences.slice(0, 40).join('\n')}`);
  process.exit(1);
}
console.log(`reproducible build: the second build (${((performance.now() - started) / 1000).toFixed(0)} s) is byte-identical: ${second.size} files`);
