/**
 * The header search box as an ARIA combobox: results appear as you type (names first, then
 * full text), arrow keys move through them, Enter opens the highlighted one, Escape closes the
 * list and then clears the box. Loaded on first use by the launcher in SiteSearch.astro.
 */
import { renderHit } from './render-hit.ts';
import { searchText as uiText } from './ui-text.ts';
import { loadResultTable, searchNames, searchText, warmUp, type SearchHit } from './search-engine.ts';

export function attachSearchBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const list = root.querySelector<HTMLUListElement>('[data-search-results]');
  if (!input || !list || root.dataset['ready']) return;
  root.dataset['ready'] = 'true';
  const t = uiText(root);
  warmUp();
  // The list shows no excerpts, so its full-text hits can come from the result table. It loads on
  // focus, not when the page is idle: most readers never search, and this is the largest file.
  loadResultTable();

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t('search.results'));

  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];

  /** Highlights option `index`; -1 (or an index outside the list) highlights none. */
  const setActive = (index: number) => {
    const all = options();
    active = index >= 0 && index < all.length ? index : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = (query: string, hits: SearchHit[]) => {
    // Full-text hits arrive after the name matches; keep the reader's highlighted option.
    const selected = options()[active]?.dataset['href'];
    list.replaceChildren();
    hits.forEach((hit, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'cursor-pointer aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent rounded';
      li.dataset['href'] = hit.url;
      li.append(renderHit(hit, false, 'span', t));
      list.append(li);
    });
    const more = document.createElement('li');
    more.id = `${list.id}-more`;
    more.setAttribute('role', 'option');
    more.setAttribute('aria-selected', 'false');
    more.className = 'aria-selected:bg-surface rounded border-t border-border';
    more.dataset['href'] = `${root.querySelector('form')?.getAttribute('action') ?? '/search/'}?q=${encodeURIComponent(query)}`;
    more.className += ' block cursor-pointer p-2 text-sm text-link';
    more.textContent = hits.length ? t('search.allResults', { query }) : t('search.noNames', { query });
    list.append(more);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(selected ? options().findIndex((o) => o.dataset['href'] === selected) : -1);
  };

  // Each keystroke's run aborts the one before: a superseded run neither ranks nor shows anything.
  let current: AbortController | undefined;
  const run = async () => {
    const query = input.value.trim();
    current?.abort();
    const { signal } = (current = new AbortController());
    if (!query) return close();
    // The full-text search starts with the name search, not after it: Pagefind works in its
    // worker while the name matches are found and shown.
    const textSearch = searchText(query, { excerpts: false, asYouType: true });
    const names = await searchNames(query, {}, 8, false, signal);
    if (signal.aborted) return;
    show(query, names);
    const results = await textSearch;
    // A newer query has started: its search runs next, and this one's hits would not be shown.
    if (signal.aborted) return;
    // Pages shown as name matches are left out; hits from the result table cost no request.
    const named = new Set(names.map((h) => h.url));
    const wanted = 8 - Math.min(names.length, 5);
    const text = (await results.load(0, wanted + named.size)).filter((hit) => !named.has(hit.url)).slice(0, wanted);
    if (signal.aborted) return;
    show(query, [...names, ...text]);
    // Marks the list as complete for this query (the benchmark waits for it).
    list.dataset['complete'] = query;
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.hidden) void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return void run();
      event.preventDefault();
      const count = options().length;
      // Down from the box goes to the first option, up to the last; both wrap around.
      const from = active < 0 ? (event.key === 'ArrowDown' ? -1 : count) : active;
      setActive((from + (event.key === 'ArrowDown' ? 1 : -1) + count) % Math.max(count, 1));
    } else if (event.key === 'Enter') {
      const href = options()[active]?.dataset['href'];
      if (href && !list.hidden) {
        event.preventDefault();
        location.href = href;
      }
    } else if (event.key === 'Escape') {
      // Chromium clears a search field on Escape by itself; the first Escape should only close the list.
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  // Options are not links (a list box may not hold interactive content), so a click navigates here.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const href = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]')?.dataset['href'];
    if (href) location.href = href;
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void run();
}
