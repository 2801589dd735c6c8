import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { API_SCHEMAS } from '../../../../schemas/api.ts';
import { jsonResponse } from '../../../../lib/site/content.ts';

/** The API's JSON Schemas, generated from the zod schemas the endpoints validate against. */
export function getStaticPaths() {
  return Object.keys(API_SCHEMAS).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => jsonResponse(z.toJSONSchema(API_SCHEMAS[params['file'] as keyof typeof API_SCHEMAS], { io: 'output' }));
