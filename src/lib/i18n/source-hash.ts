/**
 * Which version of an English page a translation was made from. The hash covers only the text a
 * translation translates: the body, plus for guides the title and description and for categories
 * the description and each subcategory's explanation, so a fact the importer updates (a date, a
 * maturity level) does not make every translation stale. Project pages hash their body alone.
 */
import { createHash } from 'node:crypto';
import { readMdx } from '../content/frontmatter.ts';

export type TranslatedKind = 'projects' | 'guides' | 'categories';

/** The translatable text of an English file's frontmatter, for guides and categories. */
function translatableFields(kind: TranslatedKind, data: Record<string, unknown>): string {
  if (kind === 'guides') return JSON.stringify([data['title'], data['description']]);
  if (kind === 'categories') {
    const subs = Array.isArray(data['subcategories']) ? (data['subcategories'] as Array<Record<string, unknown>>) : [];
    return JSON.stringify([data['description'], subs.map((s) => [s['slug'], s['about']])]);
  }
  return '';
}

/** First 12 hex digits of the SHA-256 of an English file's translatable text. */
export function sourceHash(kind: TranslatedKind, englishText: string, file = 'the English file'): string {
  const { data, body } = readMdx(englishText, file);
  const fields = translatableFields(kind, data);
  return createHash('sha256')
    .update(fields ? `${body}\n${fields}` : body)
    .digest('hex')
    .slice(0, 12);
}
