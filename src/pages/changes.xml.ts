import type { APIRoute } from 'astro';
import { changesFeed } from '../lib/site/changes.ts';
import { getChanges } from '../lib/site/content.ts';

/** The Atom feed of the newest landscape events (see src/lib/site/changes.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(changesFeed(await getChanges(), site ?? new URL('http://localhost:4321/')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
