import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { aliasRedirects, redirectsFile } from '../lib/site/redirects.ts';

/**
 * Files for static hosts at the site root: `_redirects` (Netlify, Cloudflare Pages) with a 301 for
 * every alias URL. The HTML redirect pages under /projects/ do the same on any other host.
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const entries = await getCollection('projects');
  const redirects = aliasRedirects(entries.map((e) => ({ slug: e.id, aliases: e.data.aliases })));
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
