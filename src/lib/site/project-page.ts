/**
 * What a project page shows, shaped from the item's data and the catalog: its placements, title,
 * meta description and breadcrumbs. Plain, so it is unit-tested without Astro; the layout
 * (src/layouts/ProjectPage.astro) only renders it.
 */
import type { ProjectData } from '../../schemas/project.ts';
import type { Catalog, Placement } from './catalog.ts';
import type { Crumb } from './structured-data.ts';
import { projectUrl } from './urls.ts';

export interface ProjectPageModel {
  /** The main placement (names kept even when upstream removed the category or subcategory). */
  placement: Placement;
  /** Further placements that still have a page. */
  alsoIn: Placement[];
  /** The page title: the name, with its placement when another item or a category shares the name. */
  title: string;
  /** "a CNCF graduated project" or "an item". */
  kind: string;
  /** Our one-line description, else a sentence built from the data. */
  description: string;
  breadcrumbs: Crumb[];
  keywords: string[];
}

export function projectPageModel(slug: string, data: ProjectData, catalog: Catalog): ProjectPageModel {
  const placement = catalog.placement(data.category, data.subcategory);
  if (!placement) throw new Error(`${slug}: placement ${data.category}/${data.subcategory} is not in content/categories`);
  const { category, subcategory } = placement;
  const alsoIn = data.also_in.map((p) => catalog.placement(p.category, p.subcategory)).filter((p): p is Placement => p?.view !== undefined);
  const kind = data.maturity ? `a CNCF ${data.maturity} project` : 'an item';
  return {
    placement,
    alsoIn,
    title: catalog.sharedNames.has(data.name.toLowerCase()) ? `${data.name} (${subcategory.name}, ${category.name})` : data.name,
    kind,
    description: data.description ?? `${data.name} is ${kind} in ${subcategory.name} (${category.name}) on the CNCF Cloud Native Landscape.`,
    breadcrumbs: [
      { href: category.url, label: category.name },
      { href: subcategory.url, label: subcategory.name },
      { href: projectUrl(slug), label: data.name },
    ],
    keywords: [category.name, subcategory.name, ...(data.maturity ? [`CNCF ${data.maturity}`] : [])],
  };
}
