import { z } from 'astro/zod';
import { reviewedField, slug, sourcesField } from './common.ts';

/**
 * One landscape category: `content/categories/<slug>.mdx`. The body is our explanation of the
 * category. "Imported" fields are written by `npm run import`; "editorial" fields are ours.
 */

/** A subcategory, in landscape order. */
export const subcategorySchema = z
  .object({
    /** Imported. Display name. */
    name: z.string().min(1),
    /** Imported. Slug, unique within the category; used in URLs and anchors. */
    slug,
    /** Imported. landscape2 normalized name. */
    landscape_id: z.string().min(1),
    /** Imported. Set when the subcategory is no longer in the data. Default: false. */
    removed_upstream: z.boolean().default(false),
    /** Editorial. Markdown explaining what belongs here and how to choose (40–150 words). Default: none. */
    about: z.string().min(1).optional(),
    /** Editorial. Words people search with for this subcategory ("GitOps", "pub/sub"); search ranks its page first for them. Default: none. */
    synonyms: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** Subcategory fields a re-import keeps from the existing file. */
export const SUBCATEGORY_EDITORIAL_FIELDS = ['about', 'synonyms'] as const;

export const categorySchema = z
  .object({
    /** Imported. Display name. */
    name: z.string().min(1),
    /** Imported. landscape2 normalized name. */
    landscape_id: z.string().min(1),
    /** Imported. Position in the landscape, from 1. */
    order: z.number().int().positive(),
    /** Imported. Subcategories in landscape order. */
    subcategories: z.array(subcategorySchema).min(1),
    /** Imported. Set when the category is no longer in the data. Default: false. */
    removed_upstream: z.boolean().default(false),
    /** Editorial. One-line summary (≤ 160 characters) for cards and meta. Default: none. */
    description: z.string().min(1).max(160).optional(),
    /** Editorial. Words people search with for this category; search ranks its page first for them. Default: none. */
    synonyms: z.array(z.string().min(1)).default([]),
    /** Editorial. The day the text's facts were last checked against `sources`. Default: none. */
    reviewed: reviewedField,
    /** Editorial. Primary references the text was checked against, listed as Sources. Default: none. */
    sources: sourcesField,
  })
  .strict();

export type CategoryData = z.infer<typeof categorySchema>;
export type CategoryInput = z.input<typeof categorySchema>;
export type SubcategoryData = z.infer<typeof subcategorySchema>;

export const IMPORTED_CATEGORY_FIELDS = ['name', 'landscape_id', 'order', 'subcategories', 'removed_upstream'] as const;
export const EDITORIAL_CATEGORY_FIELDS = ['description', 'synonyms', 'reviewed', 'sources'] as const;
