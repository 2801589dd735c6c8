/**
 * Recognizes which existing content file an upstream item continues: by its landscape2 id, else
 * (for renamed or moved items) its LFX slug, repository or homepage, each only when unambiguous.
 */
import type { ExistingFile } from './import-fields.ts';
import { str } from './import-fields.ts';
import type { UpstreamItem } from './landscape-parse.ts';

/** Comparable form of a URL: no scheme, no trailing slash, lower-case host. */
function urlKey(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  return s.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** An upstream item with its id and placement, in file order. */
export interface UpstreamEntry {
  item: UpstreamItem;
  id: string;
  category: string;
  subcategory: string;
  categorySlug: string;
  subcategorySlug: string;
}

/**
 * Matches upstream items to existing files. Returns, for each upstream entry index, the slug of
 * the existing file it continues (or undefined for a new item).
 */
export function matchItems(entries: UpstreamEntry[], existing: ExistingFile[]): Array<string | undefined> {
  const matches: Array<string | undefined> = entries.map(() => undefined);
  const claimed = new Set<string>();
  const byId = new Map<string, string>();
  for (const file of existing) {
    const id = str(file.data['landscape_id']);
    if (id && !byId.has(id)) byId.set(id, file.slug);
  }
  entries.forEach((entry, i) => {
    const slug = byId.get(entry.id);
    if (slug && !claimed.has(slug)) {
      matches[i] = slug;
      claimed.add(slug);
    }
  });

  // Renamed or moved items: match on one identifying fact at a time, only when unambiguous on both sides.
  const keys: Array<[(e: UpstreamEntry) => string | undefined, (f: ExistingFile) => string | undefined]> = [
    [(e) => e.item.extra.lfx_slug, (f) => str(f.data['lfx_slug'])],
    [(e) => urlKey(e.item.repo_url), (f) => urlKey(f.data['repository'])],
    [(e) => urlKey(e.item.homepage_url), (f) => urlKey(f.data['homepage'])],
  ];
  for (const [upstreamKey, fileKey] of keys) {
    const files = new Map<string, string[]>();
    for (const file of existing) {
      if (claimed.has(file.slug)) continue;
      const key = fileKey(file);
      if (key) files.set(key, [...(files.get(key) ?? []), file.slug]);
    }
    const wanted = new Map<string, number[]>();
    entries.forEach((entry, i) => {
      if (matches[i] !== undefined) return;
      const key = upstreamKey(entry);
      if (key) wanted.set(key, [...(wanted.get(key) ?? []), i]);
    });
    for (const [key, indexes] of wanted) {
      const candidates = files.get(key);
      const index = indexes[0];
      if (candidates?.length === 1 && indexes.length === 1 && index !== undefined) {
        const slug = candidates[0] as string;
        matches[index] = slug;
        claimed.add(slug);
      }
    }
  }
  return matches;
}

