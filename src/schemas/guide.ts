import { z } from 'astro/zod';
import { reviewedField, sourcesField } from './common.ts';

/** A guide: `content/guides/<slug>.mdx`, written by us. The body is the guide. */
export const guideSchema = z
  .object({
    /** Title, shown as the page heading. */
    title: z.string().min(1),
    /** One-line summary (≤ 160 characters) for the guide list, search results and meta. */
    description: z.string().min(1).max(160),
    /** Position in the guide list, lowest first. Default: 100. */
    order: z.number().int().default(100),
    /** The day the guide's facts were last checked against `sources`. Default: none. */
    reviewed: reviewedField,
    /** Primary references the guide was checked against, listed as Sources. Default: none. */
    sources: sourcesField,
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
