import type { APIRoute } from 'astro';
import { projectsCsv } from '../../lib/site/api-data.ts';
import { getApiProjects } from '../../lib/site/content.ts';

/** /api/projects.json as CSV (RFC 4180); columns in src/lib/site/api-data.ts. */
export const GET: APIRoute = async () => {
  return new Response(projectsCsv(await getApiProjects()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
