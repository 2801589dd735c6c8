/**
 * The browser side of /landscape/: reads ?item= (an id or a whole landscape.cncf.io URL), finds
 * the slug in /api/landscape-ids.json and replaces the location with the item's page.
 */
import { projectUrl } from './urls.ts';

/** The landscape2 item id in what the user gave: a bare id or a URL with ?item=<id>. */
export function itemIdFrom(input: string): string {
  const text = input.trim();
  try {
    const url = new URL(text);
    return (url.searchParams.get('item') ?? '').trim();
  } catch {
    return text;
  }
}

/**
 * The slug for an id in the lookup table. Own properties only: an id from a URL such as
 * "constructor" or "__proto__" must not reach Object.prototype.
 */
export function slugForId(ids: Record<string, unknown>, id: string): string | undefined {
  const slug = Object.hasOwn(ids, id) ? ids[id] : undefined;
  return typeof slug === 'string' ? slug : undefined;
}

export function attachLandscapeLookup(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-lookup-status]');
  const input = root.querySelector<HTMLInputElement>('input[name="item"]');
  const id = itemIdFrom(new URLSearchParams(location.search).get('item') ?? '');
  if (!status || !input || !id) return;
  input.value = id;
  status.textContent = 'Looking up…';
  void fetch('/api/landscape-ids.json')
    .then((r) => r.json() as Promise<Record<string, unknown>>)
    .then((ids) => {
      const slug = slugForId(ids, id);
      if (slug) return location.replace(projectUrl(slug));
      const name = id.split('--').pop()?.replace(/-/g, ' ') ?? id;
      status.replaceChildren('No item has the id “', id, '”. ');
      const link = document.createElement('a');
      link.href = `/search/?q=${encodeURIComponent(name)}`;
      link.textContent = `Search for “${name}”`;
      status.append(link, ' instead.');
    });
}
