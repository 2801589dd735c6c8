/**
 * The one place pages read the content collections. The catalog is built once per build and
 * shared by every page.
 */
import { getCollection } from 'astro:content';
import logos from 'virtual:landscape-docs/logos';
import type { ApiProject } from '../../schemas/api.ts';
import { apiProject } from './api-data.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { buildMentions, type Mention } from './mentions.ts';
import { landscapeChanges, type Change } from './changes.ts';
import { removedItems } from './history-data.ts';
import { categoryUrl, guideUrl, projectUrl } from './urls.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= Promise.all([getCollection('categories'), getCollection('projects')]).then(([categories, projects]) =>
    buildCatalog(categories, projects, logos),
  );
  return catalog;
}

export { logos };

let apiProjects: Promise<ApiProject[]> | undefined;

/** The site's public address (`site` in astro.config.mjs), for absolute URLs in the API and snippets. */
export const siteUrl = (): URL => new URL(import.meta.env.SITE);

/** Every item in the API's shape (src/schemas/api.ts), sorted by slug; items gone upstream are left out. */
export function getApiProjects(site: URL = siteUrl()): Promise<ApiProject[]> {
  apiProjects ??= Promise.all([getCollection('projects'), getCatalog()]).then(([entries, catalog]) =>
    entries
      .filter((e) => !e.data.removed_upstream)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => apiProject(e.id, e.data, catalog, site)),
  );
  return apiProjects;
}

/** A JSON response with stable formatting (two-space indent, final newline). */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

let mentions: Promise<Map<string, Mention[]>> | undefined;

/** Project slug → pages linking to it (guides, categories with their subcategory texts, projects). */
export function getMentions(): Promise<Map<string, Mention[]>> {
  mentions ??= Promise.all([getCollection('guides'), getCollection('categories'), getCollection('projects')]).then(([guides, categories, projects]) =>
    buildMentions([
      ...guides.map((g) => ({ kind: 'guide' as const, title: g.data.title, url: guideUrl(g.id), texts: [g.body ?? ''] })),
      ...categories.map((c) => ({
        kind: 'category' as const,
        title: c.data.name,
        url: categoryUrl(c.id),
        texts: [c.body ?? '', ...c.data.subcategories.map((s) => s.about ?? '')],
      })),
      ...projects.map((p) => ({ kind: 'project' as const, title: p.data.name, url: projectUrl(p.id), texts: [p.body ?? ''] })),
    ]),
  );
  return mentions;
}

/** The URL of a guide the site's chrome links to, or undefined when content/ has no such guide. */
export async function existingGuideUrl(id: string): Promise<string | undefined> {
  return (await getCollection('guides')).some((g) => g.id === id) ? guideUrl(id) : undefined;
}

let changes: Promise<Change[]> | undefined;

/** Landscape events, newest first (see changes.ts): CNCF dates and the history's additions, moves and removals. */
export function getChanges(): Promise<Change[]> {
  changes ??= getCollection('projects').then((projects) =>
    landscapeChanges(
      projects.filter((p) => !p.data.removed_upstream).map((p) => ({ slug: p.id, name: p.data.name, dates: p.data.dates, first_listed: p.data.first_listed, moves: p.data.moves })),
      removedItems(),
    ),
  );
  return changes;
}

/** Route params and props of every subcategory page (the page itself and its embed). */
export async function subcategoryPaths() {
  const catalog = await getCatalog();
  return catalog.categories.flatMap((category) =>
    category.subcategories.map((sub) => ({ params: { category: category.slug, subcategory: sub.slug }, props: { category, sub } })),
  );
}
