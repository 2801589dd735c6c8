/** DOM for one search result, shared by the header dropdown and the /search/ page. */
import type { SearchHit } from './search-engine.ts';
import type { SearchText } from './ui-text.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "(English)" after a result that leads from an edition to an English page, as on every other such link. */
export function englishMark(t: SearchText): HTMLElement {
  return el('span', 'lang-mark', ` (${t('lang.english')})`);
}

/**
 * A result with the logo, name, maturity and place in the landscape; `full` adds the excerpt. On
 * the results page it is a link; in the header's list box it is plain content of an option
 * (options must not contain links), and the option itself navigates.
 */
export function renderHit(hit: SearchHit, full: boolean, as: 'a' | 'span', t: SearchText): HTMLElement {
  const a = el(as, 'flex items-start gap-3 rounded p-2 text-fg no-underline hover:bg-surface hover:no-underline');
  if (a instanceof HTMLAnchorElement) a.href = hit.url;
  if (hit.logo) {
    const img = el('img', 'mt-0.5 h-6 w-6 shrink-0 rounded bg-white object-contain');
    img.src = hit.logo;
    img.alt = '';
    img.width = 24;
    img.height = 24;
    a.append(img);
  }
  const text = el('span', 'min-w-0');
  const title = el('span', 'font-medium', hit.title);
  text.append(title);
  if (hit.english) {
    title.lang = 'en';
    text.append(englishMark(t));
  }
  const level = hit.maturity && ['graduated', 'incubating', 'sandbox', 'archived'].includes(hit.maturity) ? t(`maturity.${hit.maturity}` as 'maturity.graduated') : hit.maturity;
  if (level) text.append(' ', el('span', 'text-xs text-muted', t('maturity.cncf', { level: level.toLocaleLowerCase(document.documentElement.lang) })));
  const place = hit.topic ? (hit.category ? t('search.subcategoryOf', { category: hit.category }) : t('search.categoryHit')) : [hit.category, hit.subcategory].filter(Boolean).join(' › ');
  if (place) text.append(el('span', 'block text-xs text-muted', place));
  if (full && hit.excerpt) {
    const excerpt = el('span', 'mt-1 block text-sm text-muted');
    // Pagefind escapes the page text and only adds <mark> elements.
    excerpt.innerHTML = hit.excerpt;
    text.append(excerpt);
  }
  a.append(text);
  return a;
}
