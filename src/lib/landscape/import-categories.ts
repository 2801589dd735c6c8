/**
 * Plans the category files of an import: slugs are kept for known categories and subcategories and
 * chosen for new ones; subcategory texts (our editorial fields) carry over; categories and
 * subcategories gone upstream stay, marked `removed_upstream`.
 */
import { EDITORIAL_CATEGORY_FIELDS, IMPORTED_CATEGORY_FIELDS, SUBCATEGORY_EDITORIAL_FIELDS, categorySchema } from '../../schemas/category.ts';
import { writeMdx } from '../content/frontmatter.ts';
import { ordered, type ExistingFile } from './import-fields.ts';
import { normalizeName } from './landscape-id.ts';
import type { UpstreamLandscape } from './landscape-parse.ts';
import { allocateSlug } from './slug.ts';

export interface CategoryPlan {
  /** New text of every category file that changes, by path relative to the content directory. */
  writes: Map<string, string>;
  report: { added: string[]; updated: string[]; removed: string[]; unchanged: number };
  /** Slug of each upstream category, by name. */
  categorySlugs: Map<string, string>;
  /** Slug of each upstream subcategory, by `subcategoryKey(category, subcategory)`. */
  subcategorySlugs: Map<string, string>;
  subcategoryCount: number;
}

/** Key of a subcategory in `CategoryPlan.subcategorySlugs`. */
export function subcategoryKey(category: string, subcategory: string): string {
  return `${category}\u0000${subcategory}`;
}

/** Plans the category files. Throws if a generated file would not pass its schema (a bug, never data). */
export function planCategories(upstream: UpstreamLandscape, existingCategories: ExistingFile[]): CategoryPlan {
  const writes = new Map<string, string>();
  const report: CategoryPlan['report'] = { added: [], updated: [], removed: [], unchanged: 0 };
  const categorySlugs = new Map<string, string>();
  const subcategorySlugs = new Map<string, string>();
  const takenCategorySlugs = new Set(existingCategories.map((f) => f.slug));
  const seenCategoryFiles = new Set<string>();
  let subcategoryCount = 0;
  upstream.categories.forEach((category, index) => {
    const id = normalizeName(category.name);
    const previous =
      existingCategories.find((f) => f.data['landscape_id'] === id) ??
      existingCategories.find((f) => f.data['name'] === category.name);
    const slug = previous?.slug ?? allocateSlug(category.name, 'category', takenCategorySlugs);
    seenCategoryFiles.add(slug);
    categorySlugs.set(category.name, slug);
    const oldSubs = Array.isArray(previous?.data['subcategories'])
      ? (previous.data['subcategories'] as Array<Record<string, unknown>>)
      : [];
    const takenSubSlugs = new Set(oldSubs.map((s) => String(s['slug'])));
    const usedOld = new Set<Record<string, unknown>>();
    const subcategories: Array<Record<string, unknown>> = category.subcategories.map((sub) => {
      const subId = normalizeName(sub.name);
      const old =
        oldSubs.find((s) => s['landscape_id'] === subId && !usedOld.has(s)) ??
        oldSubs.find((s) => s['name'] === sub.name && !usedOld.has(s));
      if (old) usedOld.add(old);
      const subSlug = typeof old?.['slug'] === 'string' ? old['slug'] : allocateSlug(sub.name, 'more', takenSubSlugs);
      subcategorySlugs.set(subcategoryKey(category.name, sub.name), subSlug);
      subcategoryCount++;
      const entry: Record<string, unknown> = { name: sub.name, slug: subSlug, landscape_id: subId };
      for (const key of SUBCATEGORY_EDITORIAL_FIELDS) if (old?.[key] !== undefined) entry[key] = old[key];
      return entry;
    });
    // Subcategories gone upstream stay listed (with their text), marked.
    for (const old of oldSubs) {
      if (!usedOld.has(old)) subcategories.push({ ...old, removed_upstream: true });
    }
    const facts = { name: category.name, landscape_id: id, order: index + 1, subcategories };
    const data = ordered(facts, previous?.data ?? {}, IMPORTED_CATEGORY_FIELDS, EDITORIAL_CATEGORY_FIELDS);
    const text = writeMdx(data, previous?.body ?? '');
    categorySchema.parse(data);
    if (!previous) report.added.push(slug);
    else if (previous.text !== text) report.updated.push(slug);
    else report.unchanged++;
    if (previous?.text !== text) writes.set(`categories/${slug}.mdx`, text);
  });
  for (const file of existingCategories) {
    if (seenCategoryFiles.has(file.slug)) continue;
    if (file.data['removed_upstream'] === true) continue;
    const data = ordered({ ...file.data, removed_upstream: true }, file.data, IMPORTED_CATEGORY_FIELDS, EDITORIAL_CATEGORY_FIELDS);
    writes.set(`categories/${file.slug}.mdx`, writeMdx(data, file.body));
    report.removed.push(file.slug);
  }

  return { writes, report, categorySlugs, subcategorySlugs, subcategoryCount };
}
