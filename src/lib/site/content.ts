/**
 * The one place pages read the content collections. The catalog is built once per build and
 * shared by every page.
 */
import { getCollection } from 'astro:content';
import logos from 'virtual:landscape-docs/logos';
import { buildCatalog, type Catalog } from './catalog.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= Promise.all([getCollection('categories'), getCollection('projects')]).then(([categories, projects]) =>
    buildCatalog(categories, projects, logos),
  );
  return catalog;
}

export { logos };
