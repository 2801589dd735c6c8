/**
 * Shapes the content collections into what pages show: categories in landscape order, their
 * subcategories with the items placed in them (main and additional placements), sorted the way
 * readers scan them. Pure, so it is unit-tested without Astro.
 */
import type { CategoryData } from '../../schemas/category.ts';
import { MATURITY_LEVELS, type Maturity } from '../../schemas/common.ts';
import type { ProjectData } from '../../schemas/project.ts';
import type { ResolvedLogo } from '../logos/logo-build.ts';
import { categoryUrl, projectUrl, subcategoryUrl } from './urls.ts';

export interface ItemSummary {
  slug: string;
  name: string;
  url: string;
  maturity: Maturity | undefined;
  description: string | undefined;
  aliases: string[];
  /** Parts and tools the project covers (frontmatter `covers`). */
  covers: string[];
  logo: ResolvedLogo;
  category: string;
  subcategory: string;
}

export interface SubcategoryView {
  slug: string;
  name: string;
  about: string | undefined;
  /** Words people search with for it. */
  synonyms: string[];
  url: string;
  items: ItemSummary[];
}

export interface CategoryView {
  slug: string;
  name: string;
  order: number;
  description: string | undefined;
  /** Words people search with for it. */
  synonyms: string[];
  url: string;
  subcategories: SubcategoryView[];
  /** Distinct items placed anywhere in the category. */
  itemCount: number;
  projectCount: number;
  /** The category's distinct CNCF projects (extra placements included), graduated first, then by name. */
  projects: ItemSummary[];
}

/**
 * Where an item is filed, with names even when the category or subcategory has left the
 * landscape (then it has no page, so `url` and `view` are undefined).
 */
export interface Placement {
  category: { slug: string; name: string; url: string | undefined };
  subcategory: { slug: string; name: string; url: string | undefined };
  /** The subcategory as its page shows it; undefined when it has no page. */
  view: SubcategoryView | undefined;
}

export interface Catalog {
  categories: CategoryView[];
  items: Map<string, ItemSummary>;
  category(slug: string): CategoryView | undefined;
  /** The one placement lookup: undefined only when content/categories has no such category or subcategory. */
  placement(category: string, subcategory: string): Placement | undefined;
  /** Lower-cased names held by more than one item or by an item and a category (pages must tell them apart). */
  sharedNames: Set<string>;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** CNCF projects first, by maturity (graduated → archived), then everything else; by name within each group. */
export function compareItems(a: Pick<ItemSummary, 'name' | 'maturity'>, b: Pick<ItemSummary, 'name' | 'maturity'>): number {
  const rank = (m: Maturity | undefined) => (m ? MATURITY_LEVELS.indexOf(m) : MATURITY_LEVELS.length);
  return rank(a.maturity) - rank(b.maturity) || collator.compare(a.name, b.name);
}

/** "12 items, 3 CNCF projects", or "12 items" when none is a CNCF project. */
export function countsLabel(c: Pick<CategoryView, 'itemCount' | 'projectCount'>): string {
  return `${c.itemCount} items${c.projectCount > 0 ? `, ${c.projectCount} CNCF projects` : ''}`;
}

export function compareNames(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

export function buildCatalog(
  categories: Array<{ id: string; data: CategoryData }>,
  projects: Array<{ id: string; data: ProjectData }>,
  logos: Record<string, ResolvedLogo>,
): Catalog {
  const items = new Map<string, ItemSummary>();
  const placed = new Map<string, ItemSummary[]>();
  for (const { id, data } of projects) {
    if (data.removed_upstream) continue;
    const logo = logos[id];
    if (!logo) throw new Error(`no logo was resolved for project "${id}"`);
    const summary: ItemSummary = {
      slug: id,
      name: data.name,
      url: projectUrl(id),
      maturity: data.maturity,
      description: data.description,
      aliases: data.aliases,
      covers: data.covers,
      logo,
      category: data.category,
      subcategory: data.subcategory,
    };
    items.set(id, summary);
    for (const place of [{ category: data.category, subcategory: data.subcategory }, ...data.also_in]) {
      const key = `${place.category}/${place.subcategory}`;
      placed.set(key, [...(placed.get(key) ?? []), summary]);
    }
  }
  const views = categories
    .filter(({ data }) => !data.removed_upstream)
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }): CategoryView => {
      const subcategories = data.subcategories
        .map((sub) => ({
          slug: sub.slug,
          name: sub.name,
          about: sub.about,
          synonyms: sub.synonyms,
          url: subcategoryUrl(id, sub.slug),
          items: [...(placed.get(`${id}/${sub.slug}`) ?? [])].sort(compareItems),
          removed: sub.removed_upstream,
        }))
        .filter((sub) => !sub.removed || sub.items.length > 0)
        .map(({ removed: _removed, ...sub }) => sub);
      const distinct = new Map(subcategories.flatMap((s) => s.items).map((i) => [i.slug, i]));
      const projects = [...distinct.values()].filter((i) => i.maturity).sort(compareItems);
      return {
        slug: id,
        name: data.name,
        order: data.order,
        description: data.description,
        synonyms: data.synonyms,
        url: categoryUrl(id),
        subcategories,
        itemCount: distinct.size,
        projectCount: projects.length,
        projects,
      };
    });
  const bySlug = new Map(views.map((v) => [v.slug, v]));
  const nameCounts = new Map<string, number>();
  for (const name of [...[...items.values()].map((i) => i.name), ...views.map((v) => v.name)]) {
    nameCounts.set(name.toLowerCase(), (nameCounts.get(name.toLowerCase()) ?? 0) + 1);
  }
  const sharedNames = new Set([...nameCounts].filter(([, n]) => n > 1).map(([name]) => name));
  const files = new Map(categories.map((c) => [c.id, c.data]));
  const placement = (categorySlug: string, subcategorySlug: string): Placement | undefined => {
    const file = files.get(categorySlug);
    const sub = file?.subcategories.find((s) => s.slug === subcategorySlug);
    if (!file || !sub) return undefined;
    const view = bySlug.get(categorySlug)?.subcategories.find((s) => s.slug === subcategorySlug);
    return {
      category: { slug: categorySlug, name: file.name, url: bySlug.has(categorySlug) ? categoryUrl(categorySlug) : undefined },
      subcategory: { slug: subcategorySlug, name: sub.name, url: view?.url },
      view,
    };
  };
  return { categories: views, items, category: (slug) => bySlug.get(slug), placement, sharedNames };
}
