/**
 * The /search/ page: reads ?q=, runs the query through Pagefind (loaded on first use) and lists
 * the results. Typing updates the results and the URL, so a search can be shared.
 */
interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function render(list: HTMLElement, query: string, results: PagefindResult[]): void {
  list.replaceChildren();
  const status = document.createElement('p');
  status.className = 'text-muted';
  status.textContent = query ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”` : '';
  const ol = document.createElement('ol');
  ol.className = 'mt-4 space-y-4';
  for (const r of results) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.className = 'text-lg font-medium';
    a.textContent = r.meta['title'] ?? r.url;
    const p = document.createElement('p');
    p.className = 'text-sm text-muted';
    // Pagefind's excerpt is HTML-escaped text with <mark> around hits.
    p.innerHTML = r.excerpt;
    li.append(a, p);
    ol.append(li);
  }
  list.append(status, ol);
}

export function defineSearchResults(): void {
  class SearchResults extends HTMLElement {
    connectedCallback() {
      const input = document.querySelector<HTMLInputElement>('#search-page-input');
      const params = new URLSearchParams(location.search);
      const run = async (query: string) => {
        const pf = await loadPagefind();
        const found = await pf.search(query);
        const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
        render(this, query, data);
      };
      const initial = params.get('q') ?? '';
      if (input) {
        input.value = initial;
        input.addEventListener('input', () => {
          const q = input.value.trim();
          history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
          void run(q);
        });
      }
      if (initial) void run(initial);
    }
  }
  if (!customElements.get('search-results')) customElements.define('search-results', SearchResults);
}
