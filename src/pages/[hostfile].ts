import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { aliasRedirects, redirectsFile } from '../lib/site/redirects.ts';
import { headersFile } from '../lib/site/security-headers.ts';

/**
 * Files for static hosts at the site root (Netlify, Cloudflare Pages): `_redirects` with a 301 for
 * every alias URL (the HTML redirect pages under /projects/ do the same on any other host), and
 * `_headers` with the security headers of src/lib/site/security-headers.ts.
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }, { params: { hostfile: '_headers' } }];
}

export const GET: APIRoute = async ({ params }) => {
  if (params['hostfile'] === '_headers') return new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const entries = await getCollection('projects');
  const redirects = aliasRedirects(entries.map((e) => ({ slug: e.id, aliases: e.data.aliases })));
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
