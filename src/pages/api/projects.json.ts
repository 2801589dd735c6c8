import type { APIRoute } from 'astro';
import { apiProjectsFileSchema } from '../../schemas/api.ts';
import { schemaUrl } from '../../lib/site/api-data.ts';
import { getApiProjects, jsonResponse, siteUrl } from '../../lib/site/content.ts';

/** Every landscape item; shape and version in src/schemas/api.ts. */
export const GET: APIRoute = async () => {
  const site = siteUrl();
  const projects = await getApiProjects(site);
  return jsonResponse(apiProjectsFileSchema.parse({ version: 1, schema: schemaUrl(site, 'projects.json'), count: projects.length, projects }));
};
