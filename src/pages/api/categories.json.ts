import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiCategoriesFileSchema } from '../../schemas/api.ts';
import { apiCategories, schemaUrl } from '../../lib/site/api-data.ts';
import { getCatalog, jsonResponse, siteUrl } from '../../lib/site/content.ts';

/** Every category and subcategory with the slugs of their items; shape in src/schemas/api.ts. */
export const GET: APIRoute = async () => {
  const site = siteUrl();
  const categories = apiCategories(await getCollection('categories'), await getCatalog(), site);
  return jsonResponse(apiCategoriesFileSchema.parse({ version: 1, schema: schemaUrl(site, 'categories.json'), categories }));
};
