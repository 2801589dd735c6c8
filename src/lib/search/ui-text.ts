/**
 * The search scripts' strings: read from the `data-strings` attribute the page renders in its own
 * language (src/lib/i18n/search-strings.ts), with placeholders filled here.
 */
import type { SearchStringKey, SearchStrings } from '../i18n/search-strings.ts';

export type SearchText = (key: SearchStringKey, params?: Record<string, string | number>) => string;

export function searchText(element: HTMLElement): SearchText {
  const strings = JSON.parse(element.dataset['strings'] ?? '{}') as Partial<SearchStrings>;
  return (key, params = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
