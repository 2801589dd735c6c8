/**
 * The /search/ page: reads the query and filters from the URL, shows name matches first and then
 * full-text results (20 at a time), and keeps the URL in step with the form so a search can be
 * shared. Loaded by src/pages/search/index.astro.
 */
import { renderHit } from './render-hit.ts';
import { searchNames, searchText, type SearchFilters, type SearchHit, type TextResults } from './search-engine.ts';

const PAGE = 20;

/** The form's state from a query string; empty values are dropped. */
export function readParams(params: URLSearchParams): { query: string; filters: SearchFilters } {
  const list = (key: string) => params.getAll(key).filter(Boolean);
  return {
    query: (params.get('q') ?? '').trim(),
    filters: { category: list('category'), subcategory: list('subcategory'), maturity: list('maturity') },
  };
}

export function attachSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-list]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  const initial = new URLSearchParams(location.search);
  for (const name of ['q', 'category', 'subcategory', 'maturity']) field(name).value = initial.get(name) ?? '';

  let generation = 0;
  let text: TextResults | undefined;
  let shown = 0;

  const append = (hits: SearchHit[]) => {
    for (const hit of hits) {
      const li = document.createElement('li');
      li.append(renderHit(hit, true));
      list.append(li);
    }
  };

  const showMore = async () => {
    if (!text) return;
    const mine = generation;
    const hits = await text.load(shown, shown + PAGE);
    if (mine !== generation) return;
    shown += PAGE;
    append(hits);
    more.hidden = shown >= text.count;
  };

  const run = async () => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const [key, value] of [...params]) if (!value) params.delete(key);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    const { query, filters } = readParams(params);
    const mine = ++generation;
    list.replaceChildren();
    more.hidden = true;
    text = undefined;
    if (!query) return void (status.textContent = 'Type a project name or a topic.');
    status.textContent = 'Searching…';
    const names = await searchNames(query, filters, 10);
    if (mine !== generation) return;
    append(names);
    const results = await searchText(query, filters, new Set(names.map((h) => h.url)));
    if (mine !== generation) return;
    text = results;
    shown = 0;
    await showMore();
    const total = names.length + results.count;
    status.textContent = total === 0 ? `Nothing found for “${query}”.` : `Results for “${query}”: ${names.length} by name, ${results.count} pages by text.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLSelectElement;
    // Choosing a subcategory also chooses its category (subcategory names repeat across categories).
    const category = target.name === 'subcategory' ? target.selectedOptions[0]?.dataset['category'] : undefined;
    if (category) field('category').value = category;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), target.name === 'q' ? 120 : 0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void showMore());
  void run();
}
