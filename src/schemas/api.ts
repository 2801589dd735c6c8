import { z } from 'astro/zod';
import { MATURITY_LEVELS } from './common.ts';

/**
 * The public data API under /api/: its version and its shape. The endpoints validate what they
 * write against these schemas, and /api/schema/v1/*.json publishes them as JSON Schema; each
 * field's `.describe()` text becomes its `description` there, so the published schema documents it.
 *
 * Versioning: fields may be added within a version; renaming, removing or changing the meaning
 * of a field makes a new version, served beside the old one.
 */
export const API_VERSION = 1;

/** The fields every API file starts with. */
const fileHeader = {
  version: z.literal(API_VERSION).describe('API version of this file.'),
  schema: z.url().describe('URL of this file\'s JSON Schema.'),
};

/** A place of an item in the landscape. */
export const apiPlacementSchema = z.object({
  category: z.string().describe('Category slug, as in /categories/<category>/.'),
  subcategory: z.string().describe('Subcategory slug, as in /categories/<category>/<subcategory>/.'),
});

/** One landscape item (a CNCF project or any other item). */
export const apiProjectSchema = z.object({
  slug: z.string().describe('Stable identifier; the page is /projects/<slug>/ and never moves.'),
  name: z.string().describe('Display name, as in the landscape data.'),
  url: z.url().describe('Absolute URL of the item\'s page on this site.'),
  maturity: z.enum(MATURITY_LEVELS).nullable().describe('CNCF maturity: graduated, incubating, sandbox or archived; null for items that are not CNCF projects.'),
  category: z.string().describe('Slug of the item\'s main category.'),
  category_name: z.string().describe('Name of the item\'s main category.'),
  subcategory: z.string().describe('Slug of the item\'s main subcategory.'),
  subcategory_name: z.string().describe('Name of the item\'s main subcategory.'),
  also_in: z.array(apiPlacementSchema).describe('Other places the landscape lists the item; empty when none.'),
  aliases: z.array(z.string()).describe('Other names, abbreviations and former names; empty when none. Each also answers at /projects/<alias slug>/ when unambiguous.'),
  landscape_id: z.string().describe('The landscape2 item id (<category>--<subcategory>--<name>, normalized), as used in landscape.cncf.io/?item=<id>.'),
  landscape_url: z.url().describe('The item on landscape.cncf.io.'),
  homepage: z.url().describe('The project\'s own homepage.'),
  repository: z.url().nullable().describe('Main source repository; null when the data has none.'),
  description: z.string().nullable().describe('Our one-line description (at most 160 characters); null where none is written yet.'),
  badge: z.url().describe('Absolute URL of the item\'s badge (SVG).'),
  dates: z
    .object({
      accepted: z.string().nullable().describe('Accepted into the CNCF; null when not a CNCF project.'),
      incubating: z.string().nullable().describe('Moved to incubating; null when it never was.'),
      graduated: z.string().nullable().describe('Graduated; null when it has not.'),
      archived: z.string().nullable().describe('Archived; null when it is not.'),
    })
    .describe('Dates of the CNCF journey, YYYY-MM-DD; a field is null when it does not apply.'),
});

/** /api/projects.json: every item. */
export const apiProjectsFileSchema = z.object({
  ...fileHeader,
  count: z.number().int().describe('Number of items.'),
  projects: z.array(apiProjectSchema).describe('The items, sorted by slug.'),
});

/** /api/projects/<slug>.json: one item. */
export const apiProjectFileSchema = apiProjectSchema.extend({
  ...fileHeader,
});

/** One subcategory in /api/categories.json. */
export const apiSubcategorySchema = z.object({
  slug: z.string().describe('Subcategory slug.'),
  name: z.string().describe('Display name.'),
  url: z.url().describe('Absolute URL of the subcategory\'s page.'),
  landscape_id: z.string().describe('The landscape2 id of the subcategory (normalized name).'),
  items: z.array(z.string()).describe('Slugs of the items listed there, CNCF projects first by maturity, then by name.'),
});

/** One category in /api/categories.json. */
export const apiCategorySchema = z.object({
  slug: z.string().describe('Category slug.'),
  name: z.string().describe('Display name.'),
  url: z.url().describe('Absolute URL of the category\'s page.'),
  landscape_id: z.string().describe('The landscape2 id of the category (normalized name).'),
  description: z.string().nullable().describe('Our one-line description; null where none is written.'),
  subcategories: z.array(apiSubcategorySchema).describe('Subcategories in landscape order.'),
});

/** /api/categories.json: every category in landscape order. */
export const apiCategoriesFileSchema = z.object({
  ...fileHeader,
  categories: z.array(apiCategorySchema).describe('The categories.'),
});

export type ApiProject = z.infer<typeof apiProjectSchema>;
export type ApiCategory = z.infer<typeof apiCategorySchema>;

/** The published schemas, by file name under /api/schema/v1/. */
export const API_SCHEMAS = {
  'projects.json': apiProjectsFileSchema,
  'project.json': apiProjectFileSchema,
  'categories.json': apiCategoriesFileSchema,
} as const;
