import type { APIRoute } from 'astro';
import { getApiProjects } from '../../lib/site/content.ts';

/** landscape2 item id → slug, for /landscape/?item=<id> (kept compact: it is fetched by a browser). */
export const GET: APIRoute = async () => {
  const projects = await getApiProjects();
  return new Response(`${JSON.stringify(Object.fromEntries(projects.map((p) => [p.landscape_id, p.slug])))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
