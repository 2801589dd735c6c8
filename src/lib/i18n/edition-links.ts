/**
 * Links inside translated text. In an edition, a link goes to the page in the same language when
 * that page is translated (category and subcategory pages always are) and otherwise to the English
 * page, marked as English so the reader knows before following it.
 */
import { contentLinkUrl, type LinkKind } from '../content/content-links.ts';
import { localizedPath, type Edition } from './locales.ts';

/** Which project pages and guides an edition has translated. */
export interface EditionIndex {
  projects: ReadonlySet<string>;
  guides: ReadonlySet<string>;
}

export function editionLinkUrl(kind: LinkKind, target: string, lang: Edition, index: EditionIndex): { url: string; english: boolean } {
  const english = contentLinkUrl(kind, target);
  const translated = kind === 'category' || (kind === 'project' ? index.projects : index.guides).has(target.split('/')[0] ?? '');
  return translated ? { url: localizedPath(english, lang), english: false } : { url: english, english: true };
}

const MARKDOWN_LINK = /(\[[^\]]*\])\((project|category|guide):([^)\s#]*)(#[^)\s]*)?\)/g;

/**
 * Rewrites our link schemes in a translated MDX source: to the edition's page, or to the English
 * page followed by `markHtml` (the "English" mark, already escaped).
 */
export function rewriteEditionLinks(text: string, lang: Edition, index: EditionIndex, markHtml: string): string {
  return text.replace(MARKDOWN_LINK, (_, label: string, kind: LinkKind, target: string, hash?: string) => {
    const { url, english } = editionLinkUrl(kind, target, lang, index);
    return `${label}(${url}${hash ?? ''})${english ? markHtml : ''}`;
  });
}

/** The mark placed after a link to an English page, in the edition's words. */
export const englishMarkHtml = (word: string) => ` <span class="lang-mark">(${word})</span>`;
