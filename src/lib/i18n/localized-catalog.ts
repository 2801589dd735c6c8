/**
 * The catalog as an edition shows it: category and subcategory names and texts in the edition's
 * language, item descriptions translated where a translation exists, and links that stay in the
 * edition where the target page is translated (categories and subcategories always are) or go to
 * the English page, flagged `english` so components can mark them.
 */
import type { CategoryView, ItemSummary, SubcategoryView } from '../site/catalog.ts';
import type { LinkKind } from '../content/content-links.ts';
import { getCatalog } from '../site/content.ts';
import { editionLinkUrl, type EditionIndex } from './edition-links.ts';
import { localizedPath, type Edition } from './locales.ts';
import { editionContent } from './translations.ts';
import { ui } from './ui.ts';

export interface LocalizedItem extends ItemSummary {
  /** The link goes to the English page (the item's page is not translated). */
  english: boolean;
  /** The description is the English one (no translation yet). */
  descriptionEnglish: boolean;
}

export interface LocalizedSubcategory extends Omit<SubcategoryView, 'items'> {
  items: LocalizedItem[];
}

export interface LocalizedCategory extends Omit<CategoryView, 'subcategories' | 'projects'> {
  subcategories: LocalizedSubcategory[];
  projects: LocalizedItem[];
}

export interface LocalizedCatalog {
  lang: Edition;
  categories: LocalizedCategory[];
  category(slug: string): LocalizedCategory | undefined;
  /** Resolves our link schemes in translated short texts (subcategory explanations). */
  resolveLink(kind: LinkKind, target: string): { url: string; mark?: string | undefined };
  index: EditionIndex;
}

const cache = new Map<Edition, Promise<LocalizedCatalog>>();

async function build(lang: Edition): Promise<LocalizedCatalog> {
  const [catalog, content] = await Promise.all([getCatalog(), editionContent(lang)]);
  const index: EditionIndex = { projects: new Set(content.projects.keys()), guides: new Set(content.guides.keys()) };
  const items = new Map<string, LocalizedItem>();
  const item = (i: ItemSummary): LocalizedItem => {
    let out = items.get(i.slug);
    if (!out) {
      const translated = index.projects.has(i.slug);
      const description = content.descriptions.get(i.slug);
      out = {
        ...i,
        url: translated ? localizedPath(i.url, lang) : i.url,
        english: !translated,
        description: description ?? i.description,
        descriptionEnglish: description === undefined && i.description !== undefined,
      };
      items.set(i.slug, out);
    }
    return out;
  };
  const categories = catalog.categories.map((c): LocalizedCategory => {
    const translation = content.categories.get(c.slug)?.data;
    const subs = new Map((translation?.subcategories ?? []).map((s) => [s.slug, s]));
    return {
      ...c,
      name: translation?.name ?? c.name,
      description: translation?.description ?? c.description,
      // The edition's own words first; the English ones still work in every edition.
      synonyms: [...(translation?.synonyms ?? []), ...c.synonyms],
      url: localizedPath(c.url, lang),
      projects: c.projects.map(item),
      subcategories: c.subcategories.map((s) => ({
        ...s,
        name: subs.get(s.slug)?.name ?? s.name,
        about: subs.get(s.slug)?.about ?? s.about,
        synonyms: [...(subs.get(s.slug)?.synonyms ?? []), ...s.synonyms],
        url: localizedPath(s.url, lang),
        items: s.items.map(item),
      })),
    };
  });
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const mark = ui(lang)('lang.english');
  return {
    lang,
    categories,
    category: (slug) => bySlug.get(slug),
    resolveLink: (kind, target) => {
      const { url, english } = editionLinkUrl(kind, target, lang, index);
      return { url, mark: english ? mark : undefined };
    },
    index,
  };
}

export function localizedCatalog(lang: Edition): Promise<LocalizedCatalog> {
  let catalog = cache.get(lang);
  if (!catalog) cache.set(lang, (catalog = build(lang)));
  return catalog;
}
