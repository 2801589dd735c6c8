import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { API_SCHEMAS } from '../../src/schemas/api.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; description?: string };

/** Paths of properties, at any depth, that have no description in the published JSON Schema. */
function undocumented(schema: JsonSchema, path: string): string[] {
  const out: string[] = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    if (!prop.description) out.push(`${path}.${name}`);
    out.push(...undocumented(prop, `${path}.${name}`));
  }
  if (schema.items) out.push(...undocumented(schema.items, `${path}[]`));
  for (const alt of schema.anyOf ?? []) out.push(...undocumented(alt, path));
  return out;
}

describe('the published API JSON Schemas', () => {
  it.each(Object.keys(API_SCHEMAS))('%s describes every field, nested ones included', (file) => {
    const json = z.toJSONSchema(API_SCHEMAS[file as keyof typeof API_SCHEMAS], { io: 'output' }) as JsonSchema;
    expect(Object.keys(json.properties ?? {}).length).toBeGreaterThan(2);
    expect(undocumented(json, file)).toEqual([]);
  });
});
