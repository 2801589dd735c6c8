/**
 * Shapes the public data API (/api/*.json, /api/projects.csv) from the content. The shapes are
 * defined and documented in src/schemas/api.ts; this module only fills them.
 */
import { API_VERSION, type ApiCategory, type ApiProject } from '../../schemas/api.ts';
import type { CategoryData } from '../../schemas/category.ts';
import type { ProjectData } from '../../schemas/project.ts';
import type { Catalog } from './catalog.ts';
import { projectUrl } from './urls.ts';

export const schemaUrl = (site: URL, file: string) => new URL(`/api/schema/v${API_VERSION}/${file}`, site).href;

export function apiProject(slug: string, data: ProjectData, catalog: Catalog, site: URL): ApiProject {
  const place = catalog.placement(data.category, data.subcategory);
  if (!place) throw new Error(`${slug}: placement ${data.category}/${data.subcategory} is not in content/categories`);
  return {
    slug,
    name: data.name,
    url: new URL(projectUrl(slug), site).href,
    maturity: data.maturity ?? null,
    category: place.category.slug,
    category_name: place.category.name,
    subcategory: place.subcategory.slug,
    subcategory_name: place.subcategory.name,
    also_in: data.also_in.map((p) => ({ category: p.category, subcategory: p.subcategory })),
    aliases: data.aliases,
    landscape_id: data.landscape_id,
    landscape_url: `https://landscape.cncf.io/?item=${encodeURIComponent(data.landscape_id)}`,
    homepage: data.homepage,
    repository: data.repository ?? null,
    description: data.description ?? null,
    badge: new URL(`/badges/${slug}.svg`, site).href,
    dates: {
      accepted: data.dates.accepted ?? null,
      incubating: data.dates.incubating ?? null,
      graduated: data.dates.graduated ?? null,
      archived: data.dates.archived ?? null,
    },
  };
}

export function apiCategories(categories: Array<{ id: string; data: CategoryData }>, catalog: Catalog, site: URL): ApiCategory[] {
  const landscapeIds = new Map(categories.map((c) => [c.id, c.data]));
  return catalog.categories.map((view) => {
    const data = landscapeIds.get(view.slug);
    return {
      slug: view.slug,
      name: view.name,
      url: new URL(view.url, site).href,
      landscape_id: data?.landscape_id ?? view.slug,
      description: view.description ?? null,
      subcategories: view.subcategories.map((s) => ({
        slug: s.slug,
        name: s.name,
        url: new URL(s.url, site).href,
        landscape_id: data?.subcategories.find((x) => x.slug === s.slug)?.landscape_id ?? s.slug,
        items: s.items.map((i) => i.slug),
      })),
    };
  });
}

/** Columns of /api/projects.csv, in order; list fields are joined with "; ". */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'url',
  'maturity',
  'category',
  'category_name',
  'subcategory',
  'subcategory_name',
  'aliases',
  'landscape_id',
  'homepage',
  'repository',
  'description',
  'accepted',
  'incubating',
  'graduated',
  'archived',
] as const;

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function projectsCsv(projects: ApiProject[]): string {
  const row = (p: ApiProject): string[] => {
    const flat: Record<(typeof CSV_COLUMNS)[number], string | null> = {
      ...p,
      aliases: p.aliases.join('; '),
      accepted: p.dates.accepted,
      incubating: p.dates.incubating,
      graduated: p.dates.graduated,
      archived: p.dates.archived,
    };
    return CSV_COLUMNS.map((c) => flat[c] ?? '');
  };
  return [[...CSV_COLUMNS], ...projects.map(row)].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
