/**
 * The translated content of each edition: translated pages (the `translations` collection), the
 * home page text and the one-line descriptions of CNCF projects (content/i18n/<lang>/*.yml).
 * A page without a translation is not duplicated in an edition; edition pages link to the English
 * page instead, marked as English.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import type { Edition } from './locales.ts';

export type TranslationEntry = CollectionEntry<'translations'>;

export interface EditionContent {
  projects: Map<string, TranslationEntry>;
  guides: Map<string, TranslationEntry>;
  categories: Map<string, TranslationEntry>;
  /** Home page title and intro (with {total}, {categories}, {projects} placeholders). */
  home: { title: string; intro: string };
  /** One-line descriptions by project slug. */
  descriptions: Map<string, string>;
}

const yamlFiles = import.meta.glob<string>('/content/i18n/*/{home,descriptions}.yml', { query: '?raw', import: 'default', eager: true });

function yamlOf(lang: Edition, name: 'home' | 'descriptions'): Record<string, unknown> {
  const text = yamlFiles[`/content/i18n/${lang}/${name}.yml`];
  if (text === undefined) throw new Error(`content/i18n/${lang}/${name}.yml is missing`);
  const data: unknown = parse(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`content/i18n/${lang}/${name}.yml: must be a mapping`);
  return data as Record<string, unknown>;
}

const cache = new Map<Edition, Promise<EditionContent>>();

async function load(lang: Edition): Promise<EditionContent> {
  const entries = await getCollection('translations', (e) => e.id.startsWith(`${lang}/`));
  const byKind = (kind: string) => new Map(entries.filter((e) => e.id.split('/')[1] === kind).map((e) => [e.id.split('/')[2] ?? '', e]));
  const home = yamlOf(lang, 'home');
  if (typeof home['title'] !== 'string' || typeof home['intro'] !== 'string') throw new Error(`content/i18n/${lang}/home.yml: "title" and "intro" must be text`);
  const descriptions = new Map(Object.entries(yamlOf(lang, 'descriptions')).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { projects: byKind('projects'), guides: byKind('guides'), categories: byKind('categories'), home: { title: home['title'], intro: home['intro'] }, descriptions };
}

export function editionContent(lang: Edition): Promise<EditionContent> {
  let content = cache.get(lang);
  if (!content) {
    content = load(lang);
    cache.set(lang, content);
  }
  return content;
}
