/**
 * Reads the fragments Pagefind wrote (one JSON file per page, or per group of pages), for the
 * result tables (src/lib/search/result-meta.ts) and the tests that check them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitPagefindId, type PagefindFragment } from '../lib/search/result-meta.ts';

const SIGNATURE = 'pagefind_dcd';

/** A fragment file's JSON: gzip around Pagefind's signature and the text (see `decompress` in pagefind.js). */
function readFragmentFile(path: string): unknown {
  let data = readFileSync(path);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind fragment (no "${SIGNATURE}" signature)`);
  return JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
}

/**
 * Every page's fragment in `<pagefind>/fragment/`, by Pagefind language and then by hash (the id
 * without the language prefix). A file holds one page, or, when Pagefind groups fragments, an
 * object of pages by id.
 */
export function readPagefindFragments(pagefindDir: string): Map<string, Map<string, PagefindFragment>> {
  const dir = join(pagefindDir, 'fragment');
  const byLanguage = new Map<string, Map<string, PagefindFragment>>();
  const add = (id: string, fragment: PagefindFragment, file: string) => {
    if (typeof fragment.url !== 'string') throw new Error(`${file}: fragment ${id} has no "url"`);
    const { language, hash } = splitPagefindId(id);
    if (!language) throw new Error(`${file}: fragment id "${id}" has no language prefix`);
    if (!byLanguage.has(language)) byLanguage.set(language, new Map());
    byLanguage.get(language)!.set(hash, fragment);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
    const json = readFragmentFile(join(dir, file));
    if (json === null || typeof json !== 'object') throw new Error(`${file}: expected a JSON object`);
    if ('url' in json) add(file.replace(/\.pf_fragment$/, ''), json as PagefindFragment, file);
    else for (const [id, fragment] of Object.entries(json as Record<string, PagefindFragment>)) add(id, fragment, file);
  }
  return byLanguage;
}
