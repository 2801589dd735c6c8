import { z } from 'astro/zod';
import { MATURITY_LEVELS } from './common.ts';

/**
 * The public data API under /api/: its version and its shape. The endpoints validate what they
 * write against these schemas, and /api/schema/v1/*.json publishes them as JSON Schema.
 *
 * Versioning: fields may be added within a version; renaming, removing or changing the meaning
 * of a field makes a new version, served beside the old one.
 */
export const API_VERSION = 1;

/** A place of an item in the landscape. */
export const apiPlacementSchema = z.object({
  /** Category slug, as in /categories/<category>/. */
  category: z.string(),
  /** Subcategory slug, as in /categories/<category>/<subcategory>/. */
  subcategory: z.string(),
});

/** One landscape item (a CNCF project or any other item). */
export const apiProjectSchema = z.object({
  /** Stable identifier; the page is /projects/<slug>/ and never moves. */
  slug: z.string(),
  /** Display name, as in the landscape data. */
  name: z.string(),
  /** Absolute URL of the item's page on this site. */
  url: z.url(),
  /** CNCF maturity: graduated, incubating, sandbox or archived; null for items that are not CNCF projects. */
  maturity: z.enum(MATURITY_LEVELS).nullable(),
  /** Slug of the item's main category. */
  category: z.string(),
  /** Name of the item's main category. */
  category_name: z.string(),
  /** Slug of the item's main subcategory. */
  subcategory: z.string(),
  /** Name of the item's main subcategory. */
  subcategory_name: z.string(),
  /** Other places the landscape lists the item; empty when none. */
  also_in: z.array(apiPlacementSchema),
  /** Other names, abbreviations and former names; empty when none. Each also answers at /projects/<alias slug>/ when unambiguous. */
  aliases: z.array(z.string()),
  /** The landscape2 item id (<category>--<subcategory>--<name>, normalized), as used in landscape.cncf.io/?item=<id>. */
  landscape_id: z.string(),
  /** The item on landscape.cncf.io. */
  landscape_url: z.url(),
  /** The project's own homepage. */
  homepage: z.url(),
  /** Main source repository; null when the data has none. */
  repository: z.url().nullable(),
  /** Our one-line description (at most 160 characters); null where none is written yet. */
  description: z.string().nullable(),
  /** Absolute URL of the item's badge (SVG). */
  badge: z.url(),
  /** Dates of the CNCF journey, YYYY-MM-DD; a field is null when it does not apply. */
  dates: z.object({
    /** Accepted into the CNCF; null when not a CNCF project. */
    accepted: z.string().nullable(),
    /** Moved to incubating; null when it never was. */
    incubating: z.string().nullable(),
    /** Graduated; null when it has not. */
    graduated: z.string().nullable(),
    /** Archived; null when it is not. */
    archived: z.string().nullable(),
  }),
});

/** /api/projects.json: every item. */
export const apiProjectsFileSchema = z.object({
  /** API version of this file. */
  version: z.literal(API_VERSION),
  /** URL of this file's JSON Schema. */
  schema: z.url(),
  /** Number of items. */
  count: z.number().int(),
  /** The items, sorted by slug. */
  projects: z.array(apiProjectSchema),
});

/** /api/projects/<slug>.json: one item. */
export const apiProjectFileSchema = apiProjectSchema.extend({
  /** API version of this file. */
  version: z.literal(API_VERSION),
  /** URL of this file's JSON Schema. */
  schema: z.url(),
});

/** One subcategory in /api/categories.json. */
export const apiSubcategorySchema = z.object({
  /** Subcategory slug. */
  slug: z.string(),
  /** Display name. */
  name: z.string(),
  /** Absolute URL of the subcategory's page. */
  url: z.url(),
  /** The landscape2 id of the subcategory (normalized name). */
  landscape_id: z.string(),
  /** Slugs of the items listed there, CNCF projects first by maturity, then by name. */
  items: z.array(z.string()),
});

/** One category in /api/categories.json. */
export const apiCategorySchema = z.object({
  /** Category slug. */
  slug: z.string(),
  /** Display name. */
  name: z.string(),
  /** Absolute URL of the category's page. */
  url: z.url(),
  /** The landscape2 id of the category (normalized name). */
  landscape_id: z.string(),
  /** Our one-line description; null where none is written. */
  description: z.string().nullable(),
  /** Subcategories in landscape order. */
  subcategories: z.array(apiSubcategorySchema),
});

/** /api/categories.json: every category in landscape order. */
export const apiCategoriesFileSchema = z.object({
  /** API version of this file. */
  version: z.literal(API_VERSION),
  /** URL of this file's JSON Schema. */
  schema: z.url(),
  /** The categories. */
  categories: z.array(apiCategorySchema),
});

export type ApiProject = z.infer<typeof apiProjectSchema>;
export type ApiCategory = z.infer<typeof apiCategorySchema>;

/** The published schemas, by file name under /api/schema/v1/. */
export const API_SCHEMAS = {
  'projects.json': apiProjectsFileSchema,
  'project.json': apiProjectFileSchema,
  'categories.json': apiCategoriesFileSchema,
} as const;
