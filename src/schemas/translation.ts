import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * A translation of one of our pages: `content/i18n/<lang>/{projects,guides,categories}/<slug>.mdx`,
 * named like the English file. It holds only text: names, dates, maturity and links come from the
 * English file's frontmatter, the same for every language. The body translates the English body.
 */
export const translationSchema = z
  .object({
    /**
     * Which version of the English page this was translated from: the first 12 hex digits of the
     * SHA-256 of its translatable text (src/lib/i18n/source-hash.ts). The content check lists
     * translations whose English source has changed since. Default: none (reported as stale).
     */
    source: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'must be 12 hexadecimal digits')
      .optional(),
    /** Guides: the translated title. Default: none. */
    title: z.string().min(1).optional(),
    /** Categories: the translated name. Default: none. */
    name: z.string().min(1).optional(),
    /** Guides and categories: the translated one-line summary. Default: none. */
    description: z.string().min(1).optional(),
    /** Categories: words people in this language search with for the category. Default: []. */
    synonyms: z.array(z.string().min(1)).default([]),
    /** Categories: each subcategory's translated name and explanation, by its slug. Default: []. */
    subcategories: z
      .array(
        z
          .object({
            /** The subcategory's slug, as in the English category file. */
            slug,
            /** Translated name. */
            name: z.string().min(1),
            /** Translated explanation (short Markdown, same link syntax). Default: none. */
            about: z.string().min(1).optional(),
            /** Words people in this language search with for the subcategory (search finds its page by them). Default: []. */
            synonyms: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type TranslationData = z.infer<typeof translationSchema>;
