/**
 * The result tables (src/lib/search/result-meta.ts) against the Pagefind index they were made from:
 * the header search shows full-text hits from them instead of Pagefind's fragments, so a page
 * missing from a table, or described differently, would show wrong or fall back to a request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPagefindFragments } from '../../src/integrations/pagefind-fragments.ts';
import { hitFromFragment, resultMetaLookup, resultMetaPath, type ResultMetaTable } from '../../src/lib/search/result-meta.ts';
import { dist, gzipSize } from './built-site.ts';

const KB = 1024;
/**
 * The English table loads when the reader focuses the search box, in place of one fragment request
 * per hit after every query; 2,514 pages take about 71 KB. The budget leaves room for growth of
 * the landscape, not for new fields.
 */
const TABLE_BUDGET = 90 * KB;

const fragments = readPagefindFragments(join(dist, 'pagefind'));
const tableFile = (language: string) => join(dist, resultMetaPath(language));

describe('result tables', () => {
  it('exist for each language Pagefind indexed: English, Chinese and Russian', () => {
    expect([...fragments.keys()].sort()).toEqual(['en', 'ru', 'zh-cn']);
    for (const language of fragments.keys()) expect(existsSync(tableFile(language)), language).toBe(true);
  });

  it.each(['en', 'zh-cn', 'ru'])('%s: every indexed page, with what its fragment says, and nothing else', (language) => {
    const table = JSON.parse(readFileSync(tableFile(language), 'utf8')) as ResultMetaTable;
    const lookup = resultMetaLookup(table);
    const pages = fragments.get(language)!;
    expect(lookup.size).toBe(pages.size);
    expect(pages.size).toBeGreaterThan(language === 'en' ? 2400 : 150);
    for (const [hash, fragment] of pages) expect(lookup.get(hash), hash).toEqual(JSON.parse(JSON.stringify(hitFromFragment(fragment))));
    for (const { url } of lookup.values()) expect(existsSync(join(dist, url, url.endsWith('/') ? 'index.html' : '')), url).toBe(true);
  });

  it(`the English table is within ${TABLE_BUDGET / KB} KB compressed`, () => {
    expect(gzipSize(readFileSync(tableFile('en')))).toBeLessThanOrEqual(TABLE_BUDGET);
  });
});
