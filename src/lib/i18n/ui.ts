/**
 * Interface strings by language. `ui(lang)` gives a lookup that fills `{placeholders}`; numbers are
 * formatted for the language. Components take the language from the page's path (langOf).
 */
import en, { type UiKey, type UiStrings } from './ui/en.ts';
import ru from './ui/ru.ts';
import zh from './ui/zh.ts';
import { LANGUAGE_INFO, langOf, type Lang } from './locales.ts';

export type { UiKey, UiStrings };

export const DICTIONARIES: Record<Lang, UiStrings> = { en, zh, ru };

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(LANGUAGE_INFO[lang].intl) : value;
  });
}

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export function ui(lang: Lang): Translate {
  const strings = DICTIONARIES[lang];
  return (key, params) => format(strings[key], params, lang);
}

/** The lookup for the page at this URL. */
export const uiFor = (url: URL): Translate => ui(langOf(url.pathname));

/** The `{placeholders}` of a template, sorted, for checking that translations keep them. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** "2018-03-06" in a language: "6 March 2018", "2018年3月6日", "6 марта 2018 г.", independent of the machine's time zone. */
export function formatDateIn(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'en') {
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][(m ?? 1) - 1];
    return `${d} ${month} ${y}`;
  }
  return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "2018-03" in a language: "March 2018", "2018年3月", "март 2018 г.". */
export function formatMonthIn(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (lang === 'en') return formatDateIn(`${month}-01`, 'en').replace(/^1 /, '');
  return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1));
}

/** "CNCF graduated" in a language (the level in lower case, as the English badge has always read). */
export function cncfLevel(lang: Lang, maturity: string): string {
  const t = ui(lang);
  const key = `maturity.${maturity}` as UiKey;
  const level = key in DICTIONARIES[lang] ? t(key).toLocaleLowerCase(LANGUAGE_INFO[lang].intl) : maturity;
  return t('maturity.cncf', { level });
}

/** "12 items, 3 CNCF projects", or just the items when none is a CNCF project. */
export function countsText(lang: Lang, c: { itemCount: number; projectCount: number }): string {
  const t = ui(lang);
  const items = t('counts.items', { count: c.itemCount });
  return c.projectCount > 0 ? t('counts.both', { items, projects: t('counts.projects', { count: c.projectCount }) }) : items;
}
