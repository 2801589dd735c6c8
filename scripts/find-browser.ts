/**
 * Finds a Chromium for the end-to-end tests, installing one if needed, and prints its path.
 * Order: $CHROMIUM_PATH; a system Chromium or Chrome; Playwright's own download (where the network
 * allows it); Debian's `chromium` package via apt-get when running as root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function log(message: string): void {
  console.error(`find-browser: ${message}`);
}

function works(path: string): boolean {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0;
}

function systemBrowser(): string | undefined {
  return SYSTEM_BROWSERS.find((p) => existsSync(p) && works(p));
}

function playwrightBrowser(): string | undefined {
  const path = chromium.executablePath();
  return path && existsSync(path) ? path : undefined;
}

export function findBrowser(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist`);
  }
  const found = systemBrowser() ?? playwrightBrowser();
  if (found) return found;

  log('no Chromium found; trying Playwright\'s download');
  const download = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (download.status === 0 && playwrightBrowser()) return playwrightBrowser() as string;

  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing Debian\'s chromium package with apt-get');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = systemBrowser();
    if (installed) return installed;
  }
  throw new Error('no Chromium available: install Debian\'s chromium package (apt-get install chromium) or set CHROMIUM_PATH');
}

if (import.meta.main) {
  console.log(findBrowser());
}
