import { z } from 'astro/zod';

/**
 * What the importer's history mode keeps beside the project files (content/history/): the items
 * that have left the landscape, and the landscape's size over time.
 */

const month = z.string().regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM');

/** An item that was in the landscape data once and is not any more. */
export const removedItemSchema = z
  .object({
    /** Stable key (the landscape1 id of its last name); the anchor of its entry on /removed/. */
    key: z.string().min(1),
    /** The name it last had. */
    name: z.string().min(1),
    /** Names it had before. Default: none. */
    former_names: z.array(z.string()).default([]),
    /** Its homepage as last listed. Default: none. */
    homepage: z.string().optional(),
    /** Its repository as last listed. Default: none. */
    repository: z.string().optional(),
    /** CNCF maturity it last had, when it was a CNCF project. Default: none. */
    maturity: z.string().optional(),
    /** First month listed. */
    first_listed: month,
    /** Last month listed. */
    last_listed: month,
    /** Where it was listed, by name, and when. */
    placements: z.array(z.object({ category: z.string(), subcategory: z.string(), from: month, to: month }).strict()).min(1),
    /** landscape1 and landscape2 ids that lead to it (held last by this item). */
    ids: z.array(z.string()).default([]),
  })
  .strict();

/** content/history/landscape.json: the landscape over time and old category keys. */
export const landscapeHistorySchema = z
  .object({
    /** Per year, from its last monthly snapshot: items per category and CNCF projects per maturity. */
    years: z.array(
      z.object({ year: z.number().int(), month, categories: z.record(z.string(), z.number().int()), maturity: z.record(z.string(), z.number().int()) }).strict(),
    ),
    /** Old category and subcategory keys of both landscape generations → current category and subcategory names. */
    category_keys: z.record(z.string(), z.object({ category: z.string(), subcategory: z.string().optional() }).strict()),
  })
  .strict();

export type RemovedItemData = z.infer<typeof removedItemSchema>;
export type LandscapeHistoryData = z.infer<typeof landscapeHistorySchema>;
