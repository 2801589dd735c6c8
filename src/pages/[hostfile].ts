import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { legacyPathRedirects } from '../lib/site/legacy-redirects.ts';
import { legacyTablesFromContent } from '../lib/site/legacy-tables-from-content.ts';
import { aliasRedirects, redirectsFile } from '../lib/site/redirects.ts';

/**
 * Files for static hosts at the site root (Netlify, Cloudflare Pages): `_redirects` with a 301 for
 * every alias URL (the HTML redirect pages under /projects/ do the same on any other host) and for
 * the landscape1 link forms written as paths (src/lib/site/legacy-redirects.ts). `_headers` is
 * written after the build (src/integrations/headers-file.ts), as it names the built site's
 * top-level entries.
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const entries = await getCollection('projects');
  const { tables, cncfProjectUrls } = await legacyTablesFromContent();
  const redirects = [
    ...aliasRedirects(entries.map((e) => ({ slug: e.id, aliases: e.data.aliases }))),
    ...legacyPathRedirects(tables, (url) => cncfProjectUrls.has(url)),
  ];
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
