/**
 * What the import modules share: the content file as read from disk, and how frontmatter is
 * assembled from imported facts and the fields we keep.
 */
import { EDITORIAL_PROJECT_FIELDS, HISTORY_PROJECT_FIELDS } from '../../schemas/project.ts';
import type { MdxFile } from '../content/frontmatter.ts';

/** A content file as read from disk. */
export interface ExistingFile extends MdxFile {
  slug: string;
  text: string;
}

/** Fields a plain import takes from the existing file: the history mode's, then ours. */
export const KEPT_PROJECT_FIELDS = [...HISTORY_PROJECT_FIELDS, ...EDITORIAL_PROJECT_FIELDS];

/** Drops empty values so files hold only facts that exist (schema defaults fill the rest). */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (value === false || value === '' || value === null) return undefined;
  return value;
}

/** Orders frontmatter: imported fields in schema order, editorial fields after, then anything else. */
export function ordered(
  facts: Record<string, unknown>,
  previous: Record<string, unknown>,
  imported: readonly string[],
  editorial: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of imported) if (facts[key] !== undefined) out[key] = facts[key];
  for (const key of editorial) if (previous[key] !== undefined) out[key] = previous[key];
  // Unknown keys are kept so the schema check can name them; the importer deletes nothing.
  for (const [key, value] of Object.entries(previous)) {
    if (!imported.includes(key) && !editorial.includes(key)) out[key] = value;
  }
  return out;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

