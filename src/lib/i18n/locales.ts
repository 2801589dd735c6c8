/**
 * The site's languages. English is the original at the root; the Chinese and Russian editions live
 * under /zh/ and /ru/ and hold only pages that have been translated (see translations.ts).
 */
export const LANGUAGES = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The translated editions, each under its own path prefix. */
export const EDITIONS = ['zh', 'ru'] as const satisfies readonly Lang[];
export type Edition = (typeof EDITIONS)[number];

export interface LanguageInfo {
  /** `<html lang>` and `hreflang`; Pagefind builds one index per `lang` (with word segmentation for zh). */
  tag: string;
  /** The language's name in itself, for the switcher. */
  name: string;
  /** Locale for Intl number and date formatting. */
  intl: string;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { tag: 'en', name: 'English', intl: 'en' },
  zh: { tag: 'zh-CN', name: '简体中文', intl: 'zh-CN' },
  ru: { tag: 'ru', name: 'Русский', intl: 'ru' },
};

const PREFIX = /^\/(zh|ru)(?=\/|$)/;

export const isEdition = (value: string | undefined): value is Edition => (EDITIONS as readonly string[]).includes(value ?? '');

/** The language of a page, from its path: /zh/… is Chinese, /ru/… Russian, the rest English. */
export function langOf(pathname: string): Lang {
  const match = PREFIX.exec(pathname);
  return match?.[1] === 'zh' || match?.[1] === 'ru' ? match[1] : 'en';
}

/** The English path of any page: /zh/categories/x/ → /categories/x/. */
export function englishPath(pathname: string): string {
  return pathname.replace(PREFIX, '') || '/';
}

/** A site path in a language: /categories/x/ → /zh/categories/x/ (English paths are unchanged). */
export function localizedPath(path: string, lang: Lang): string {
  const english = englishPath(path);
  return lang === 'en' ? english : `/${lang}${english}`;
}
