import type { APIRoute, GetStaticPaths } from 'astro';
import { apiProjectFileSchema, type ApiProject } from '../../../schemas/api.ts';
import { schemaUrl } from '../../../lib/site/api-data.ts';
import { getApiProjects, jsonResponse, siteUrl } from '../../../lib/site/content.ts';

/** One landscape item; shape and version in src/schemas/api.ts. */
export const getStaticPaths = (async () =>
  (await getApiProjects()).map((project) => ({ params: { slug: project.slug }, props: { project } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: ApiProject }> = ({ props }) =>
  jsonResponse(apiProjectFileSchema.parse({ version: 1, schema: schemaUrl(siteUrl(), 'project.json'), ...props.project }));
