import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/landscape/slug.ts';

/** A slug: lower-case ASCII words joined by single hyphens. */
export const slug = z.string().regex(SLUG_PATTERN, 'must be lower-case letters, digits and single hyphens');

/** An absolute http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/**
 * A calendar date written `YYYY-MM-DD`. MDX frontmatter is read by a YAML 1.1 parser that turns an
 * unquoted date into a Date object, so both forms are accepted and normalized to the string.
 */
export const isoDate = z.union([
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** A primary reference a page's facts were checked against (docs, README, announcement, TOC issue, audit). */
export const sourceSchema = z
  .object({
    /** What the reference is, e.g. "Helm docs: Plugins" or "CNCF TOC issue #123". */
    title: z.string().min(1),
    /** Its address, as read when checking. */
    url: httpUrl,
  })
  .strict();

/** Editorial. The page's sources, shown as a Sources list at its end (2–6 once reviewed). Default: none. */
export const sourcesField = z.array(sourceSchema).max(6).default([]);

/** Editorial. The day the page's facts were last checked against its sources, shown as "Facts checked on". Default: none. */
export const reviewedField = isoDate.optional();

/** CNCF maturity levels, in the order projects move through them (archived last). */
export const MATURITY_LEVELS = ['graduated', 'incubating', 'sandbox', 'archived'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];
export const maturity = z.enum(MATURITY_LEVELS);

/** A logo's file name: no directory part, not hidden. */
export const LOGO_FILE = /^[^/\\.][^/\\]*$/;
