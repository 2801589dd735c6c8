/**
 * Checks the whole content/ folder before a build: every file's frontmatter against its schema,
 * and the references between files (a project's category and subcategory, its other placements),
 * duplicate items and slugs. Returns every problem with the file, line and field, so one build run
 * shows them all. Pure: the caller reads the files.
 */
import type { z } from 'astro/zod';
import { categorySchema, type CategoryData } from '../../schemas/category.ts';
import { translationSchema, type TranslationData } from '../../schemas/translation.ts';
import { guideSchema, type GuideData } from '../../schemas/guide.ts';
import { projectSchema, type ProjectData } from '../../schemas/project.ts';
import { SLUG_PATTERN } from '../landscape/slug.ts';
import { closest, nearest } from './closest.ts';
import { findContentLinks } from './content-links.ts';
import { fieldLine, FrontmatterError, readMdx } from './frontmatter.ts';

export interface SourceFile {
  /** Path shown in messages, e.g. content/projects/envoy.mdx. */
  path: string;
  text: string;
}

export interface ContentProblem {
  path: string;
  line: number;
  message: string;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join('\n');
}

function slugOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx?$/, '');
}

function parseAll<T>(files: SourceFile[], schema: z.ZodType<T>, problems: ContentProblem[]): Array<{ file: SourceFile; data: T; body: string }> {
  const out: Array<{ file: SourceFile; data: T; body: string }> = [];
  for (const file of files) {
    if (!SLUG_PATTERN.test(slugOf(file.path))) {
      problems.push({ path: file.path, line: 1, message: `file name "${slugOf(file.path)}" is not a valid slug (lower-case letters, digits and single hyphens)` });
    }
    let raw: Record<string, unknown>;
    let body: string;
    try {
      ({ data: raw, body } = readMdx(file.text, file.path));
    } catch (error) {
      if (error instanceof FrontmatterError) {
        problems.push({ path: file.path, line: error.line, message: error.message.replace(/^[^:]+:\d+: /, '') });
        continue;
      }
      throw error;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(frontmatter)';
        const top = String(issue.path[0] ?? '');
        problems.push({ path: file.path, line: top ? fieldLine(file.text, top) : 1, message: `field "${field}": ${issue.message}` });
      }
      continue;
    }
    out.push({ file, data: result.data, body });
  }
  return out;
}

export interface ContentFiles {
  categories: SourceFile[];
  projects: SourceFile[];
  guides: SourceFile[];
  /** content/i18n/<lang>/<kind>/<slug>.mdx. Default: none. */
  translations?: SourceFile[];
}

export function checkContent(files: ContentFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const categories = parseAll<CategoryData>(files.categories, categorySchema, problems);
  const projects = parseAll<ProjectData>(files.projects, projectSchema, problems);
  const guides = parseAll<GuideData>(files.guides, guideSchema, problems);

  const subcategories = new Map<string, Set<string>>();
  for (const { file, data } of categories) {
    const slugs = new Set<string>();
    for (const sub of data.subcategories) {
      if (slugs.has(sub.slug)) {
        problems.push({ path: file.path, line: fieldLine(file.text, 'subcategories'), message: `field "subcategories": slug "${sub.slug}" is used twice` });
      }
      slugs.add(sub.slug);
    }
    subcategories.set(slugOf(file.path), slugs);
  }

  const checkPlace = (file: SourceFile, field: string, category: string, subcategory: string) => {
    const subs = subcategories.get(category);
    if (!subs) {
      const hint = closest(category, [...subcategories.keys()]);
      problems.push({ path: file.path, line: fieldLine(file.text, field.split('.')[0] ?? field), message: `field "${field}": unknown category "${category}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
    } else if (!subs.has(subcategory)) {
      const hint = closest(subcategory, [...subs]);
      const line = fieldLine(file.text, field === 'category' ? 'subcategory' : (field.split('.')[0] ?? field));
      problems.push({ path: file.path, line, message: `field "${field === 'category' ? 'subcategory' : field}": unknown subcategory "${subcategory}" in category "${category}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
    }
  };

  const ids = new Map<string, string>();
  for (const { file, data } of projects) {
    checkPlace(file, 'category', data.category, data.subcategory);
    data.also_in.forEach((place, i) => checkPlace(file, `also_in.${i}`, place.category, place.subcategory));
    if (data.removed_upstream) continue;
    const other = ids.get(data.landscape_id);
    if (other) {
      problems.push({ path: file.path, line: fieldLine(file.text, 'landscape_id'), message: `field "landscape_id": duplicate item, "${data.landscape_id}" is also ${other}` });
    }
    ids.set(data.landscape_id, file.path);
  }

  // Every CNCF project page, guide and category text says when its facts were checked and against
  // what. A file with no text of ours (a CNCF project or category the importer has just added)
  // has no facts to check; content-coverage tests ask for its text.
  const written = (body: string, description: string | undefined, abouts: Array<string | undefined> = []) =>
    body.trim() !== '' || description !== undefined || abouts.some((about) => about !== undefined);
  const reviewedPages = [
    ...projects
      .filter(({ data, body }) => data.maturity !== undefined && !data.removed_upstream && written(body, data.description))
      .map(({ file, data }) => ({ file, data, what: 'a CNCF project page' })),
    ...guides.map(({ file, data }) => ({ file, data, what: 'a guide' })),
    ...categories
      .filter(({ data, body }) => written(body, data.description, data.subcategories.map((sub) => sub.about)))
      .map(({ file, data }) => ({ file, data, what: 'a category text' })),
  ];
  for (const { file, data, what } of reviewedPages) {
    if (!data.reviewed) problems.push({ path: file.path, line: 1, message: `field "reviewed": missing; ${what} must say on which day its facts were checked` });
    else if (data.sources.length < 2) {
      problems.push({ path: file.path, line: fieldLine(file.text, 'reviewed'), message: `field "sources": ${what} lists ${data.sources.length} source(s); it needs 2 to 6 it was checked against` });
    }
  }

  // An alias must not be another item's name: search sends that name to the other item.
  const nameKey = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const owners = new Map<string, string[]>();
  for (const { file, data } of projects) owners.set(nameKey(data.name), [...(owners.get(nameKey(data.name)) ?? []), slugOf(file.path)]);
  for (const { file, data } of projects) {
    for (const covered of data.covers) {
      const others = (owners.get(nameKey(covered)) ?? []).filter((slug) => slug !== slugOf(file.path));
      if (others.length > 0) {
        problems.push({ path: file.path, line: fieldLine(file.text, 'covers'), message: `field "covers": "${covered}" is the name of another item (${others.join(', ')})` });
      }
    }
    for (const alias of data.aliases) {
      const others = (owners.get(nameKey(alias)) ?? []).filter((slug) => slug !== slugOf(file.path));
      if (others.length > 0) {
        problems.push({ path: file.path, line: fieldLine(file.text, 'aliases'), message: `field "aliases": "${alias}" is the name of another item (${others.join(', ')})` });
      }
    }
  }

  // Links between pages, in bodies and in frontmatter text (subcategory explanations).
  const projectSlugs = new Set(files.projects.map((f) => slugOf(f.path)));
  const projectNames = new Map(projects.map(({ file, data }) => [data.name.toLowerCase(), slugOf(file.path)]));
  const guideSlugs = new Set(guides.map(({ file }) => slugOf(file.path)));
  // Translations: valid frontmatter, an English original to translate, its subcategories, working links.
  const translations = parseAll<TranslationData>(files.translations ?? [], translationSchema, problems);
  const englishFiles = new Set([...files.categories, ...files.projects, ...files.guides].map((f) => f.path));
  for (const { file, data } of translations) {
    const [, , lang, kind, name] = file.path.split('/');
    const original = `content/${kind}/${name}`;
    if (!englishFiles.has(original)) problems.push({ path: file.path, line: 1, message: `translates ${original}, which does not exist` });
    if (kind === 'categories') {
      const known = subcategories.get(slugOf(original)) ?? new Set<string>();
      data.subcategories.forEach((sub, i) => {
        if (!known.has(sub.slug)) problems.push({ path: file.path, line: fieldLine(file.text, 'subcategories'), message: `field "subcategories.${i}.slug": unknown subcategory "${sub.slug}" in ${original}` });
      });
    }
    if (!lang) problems.push({ path: file.path, line: 1, message: 'a translation belongs in content/i18n/<lang>/<kind>/' });
  }

  for (const file of [...files.categories, ...files.projects, ...files.guides, ...(files.translations ?? [])]) {
    for (const link of findContentLinks(file.text)) {
      const problem = linkProblem(link.kind, link.target, { projectSlugs, projectNames, subcategories, guideSlugs });
      if (problem) problems.push({ path: file.path, line: link.line, message: problem });
    }
  }
  return problems;
}

interface LinkTargets {
  projectSlugs: Set<string>;
  projectNames: Map<string, string>;
  subcategories: Map<string, Set<string>>;
  guideSlugs: Set<string>;
}

function linkProblem(kind: string, target: string, t: LinkTargets): string | undefined {
  if (kind === 'project') {
    if (t.projectSlugs.has(target)) return undefined;
    const byName = t.projectNames.get(target.toLowerCase());
    const hints = byName ? [byName] : nearest(target, t.projectSlugs);
    return `link to unknown project "${target}"${hints.length ? ` (nearest: ${hints.join(', ')})` : ''}`;
  }
  if (kind === 'guide') {
    if (t.guideSlugs.has(target)) return undefined;
    const hints = nearest(target, t.guideSlugs);
    return `link to unknown guide "${target}"${hints.length ? ` (nearest: ${hints.join(', ')})` : ''}`;
  }
  const [category = '', sub] = target.split('/');
  const subs = t.subcategories.get(category);
  if (!subs) {
    const hints = nearest(category, t.subcategories.keys());
    return `link to unknown category "${category}"${hints.length ? ` (nearest: ${hints.join(', ')})` : ''}`;
  }
  if (sub !== undefined && !subs.has(sub)) {
    const hints = nearest(sub, subs);
    return `link to unknown subcategory "${target}"${hints.length ? ` (nearest: ${hints.map((h) => `${category}/${h}`).join(', ')})` : ''}`;
  }
  return undefined;
}
