/**
 * The /search/ page: reads the query and filters from the URL, shows name matches first and then
 * full-text results (20 at a time), and keeps the URL in step with the form so a search can be
 * shared. Loaded by src/pages/search/index.astro.
 */
import { englishMark, renderHit } from './render-hit.ts';
import { searchText as uiText, type SearchText } from './ui-text.ts';
import { searchNames, searchText, suggest, type SearchFilters, type SearchHit, type TextResults } from './search-engine.ts';

const PAGE = 20;

/** The form's state from a query string; empty values are dropped. */
export function readParams(params: URLSearchParams): { query: string; filters: SearchFilters } {
  const list = (key: string) => params.getAll(key).filter(Boolean);
  return {
    query: (params.get('q') ?? '').trim(),
    filters: { category: list('category'), subcategory: list('subcategory'), maturity: list('maturity') },
  };
}

/** When nothing is found: the closest names and the categories, as links. */
async function suggestions(query: string, t: SearchText): Promise<Node[]> {
  const { closest, categories } = await suggest(query);
  const out: Node[] = [];
  const links = (label: string, items: SearchHit[]) => {
    if (items.length === 0) return;
    const p = document.createElement('p');
    p.className = 'mt-2';
    p.append(label);
    items.forEach((item, i) => {
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.title;
      p.append(i === 0 ? ' ' : ', ', a);
      // In an edition, a project not translated yet is marked as English, as everywhere else.
      if (item.english) {
        a.lang = 'en';
        p.append(englishMark(t));
      }
    });
    out.push(p);
  };
  links(t('search.closest'), closest);
  links(t('search.browse'), categories);
  return out;
}

export function attachSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-list]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  const t = uiText(root);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  const initial = new URLSearchParams(location.search);
  for (const name of ['q', 'category', 'subcategory', 'maturity']) field(name).value = initial.get(name) ?? '';

  let generation = 0;
  let text: TextResults | undefined;
  let shown = 0;

  const append = (hits: SearchHit[]) => {
    for (const hit of hits) {
      const li = document.createElement('li');
      li.append(renderHit(hit, true, 'a', t));
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
    if (!query) return void (status.textContent = t('search.prompt'));
    status.textContent = t('search.searching');
    const exact = initial.get('exact') === '1' && initial.get('q') === query;
    const names = await searchNames(query, filters, 10, exact);
    if (mine !== generation) return;
    append(names);
    const correction = names[0]?.correction;
    const showCorrection = () => {
      const typed = document.createElement('a');
      typed.href = `?q=${encodeURIComponent(query)}&exact=1`;
      typed.textContent = t('search.searchInstead', { query });
      const [before = '', after = ''] = t('search.showingFor', { name: correction ?? '' }).split('{link}');
      status.replaceChildren(before, typed, after);
    };
    // Say at once what the query was taken for; the full text follows.
    if (correction) showCorrection();
    // A corrected query also searches the text for the name it was taken for.
    const results = await searchText(correction ?? query, { filters, exclude: new Set(names.map((h) => h.url)) });
    if (mine !== generation) return;
    text = results;
    shown = 0;
    await showMore();
    const total = names.length + results.count;
    if (correction) {
      showCorrection();
    } else if (total === 0) {
      status.replaceChildren(t('search.none', { query }));
      void suggestions(query, t).then((nodes) => mine === generation && status.append(...nodes));
    } else {
      status.textContent = t('search.summary', { query, names: names.length, pages: results.count });
    }
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
