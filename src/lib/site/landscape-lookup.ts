/**
 * The browser side of old landscape.cncf.io links. Wherever such a link lands (the home page, the
 * 404 page of an unknown path, /landscape/ with a pasted link), it is read with parseLegacyUrl,
 * looked up in /api/legacy-ids.json and replaced by our page. What cannot be resolved gets a
 * search link for the words in the URL.
 */
import { parseLegacyUrl, resolveLegacyTarget, searchWords, type LegacyTables } from './legacy-url.ts';

const PARAMS = ['item', 'selected', 'category', 'landscape', 'project', 'format', 'group', 'key'];

/** Whether a URL carries anything an old landscape.cncf.io link would (parameters, `key=value` paths, `#cat--sub`). */
export function hasLegacyMarkers(url: URL): boolean {
  if (PARAMS.some((p) => url.searchParams.has(p))) return true;
  if (url.pathname.includes('=') || url.hash.includes('--')) return true;
  return /^\/(card-mode|items|members|guide|stats|embed)(\/|$)/.test(url.pathname);
}

/** What the user gave on /landscape/ as a link: a whole URL or path as it is, a bare id as the link it came from. */
export function legacyInput(text: string): string {
  const t = text.trim();
  if (/[/=:?#]/.test(t)) return t;
  return t.includes('--') ? `/?item=${encodeURIComponent(t)}` : `/?selected=${encodeURIComponent(t)}`;
}

let tables: Promise<LegacyTables> | undefined;

/**
 * Sends the reader to our page for an old link, or says it is unknown in `status` with a search
 * link. Resolves to the URL it went to, if any.
 */
export async function followLegacyLink(link: string, status: HTMLElement | null): Promise<string | undefined> {
  const target = parseLegacyUrl(link);
  if (target.kind === 'home') return undefined;
  if (status) status.textContent = 'Looking up the landscape.cncf.io link…';
  tables ??= fetch('/api/legacy-ids.json').then((r) => r.json() as Promise<LegacyTables>);
  const url = resolveLegacyTarget(target, await tables);
  if (url) {
    location.replace(url);
    return url;
  }
  if (status) {
    const words = searchWords(target);
    status.replaceChildren('This landscape.cncf.io link names nothing we know. ');
    if (words) {
      const a = document.createElement('a');
      a.href = `/search/?q=${encodeURIComponent(words)}`;
      a.textContent = `Search for “${words}”`;
      status.append(a, ' instead.');
    }
  }
  return undefined;
}
