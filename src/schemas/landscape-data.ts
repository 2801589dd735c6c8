import { z } from 'astro/zod';
import { LOGO_FILE, MATURITY_LEVELS } from './common.ts';

/**
 * The upstream data file in its current format (cncf/landscape `landscape.yml`, as cncf/landscape2
 * reads it). Only facts are described: `description` and `summary_*` are the projects' own
 * sentences, and an object schema drops keys it does not name, so they never reach the model.
 *
 * Messages are written to follow the field name ("…"extra.accepted" must be a date…"); the parser
 * (src/lib/landscape/landscape-parse.ts) adds the item, the file line and the value found.
 * Older generations of the format are in landscape-history.ts.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Empty and null mean "not given"; a number is read as text (YAML turns `42` into one). */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : typeof value === 'number' ? String(value) : value);

/** A required non-empty string, trimmed. */
const requiredText = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'is required' : 'must be a string') })
  .trim()
  .min(1, 'is required');

/** An optional string (numbers read as text), trimmed. Default: none. */
const optionalText = z.preprocess(blankToUndefined, z.string({ error: 'must be a string' }).trim().optional());

/** An optional absolute http(s) URL. Default: none. */
const optionalUrl = z.preprocess(
  blankToUndefined,
  z.string({ error: 'must be a string' }).trim().refine(isHttpUrl, 'must be an http(s) URL').optional(),
);

/** An optional calendar date written YYYY-MM-DD. Default: none. */
const optionalDate = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .refine((text) => DATE.test(text) && !Number.isNaN(Date.parse(text)), 'must be a date written YYYY-MM-DD')
    .optional(),
);

/** true or false. Default: false. */
const flag = z.boolean({ error: 'must be true or false' }).nullish().transform((value) => value ?? false);

/** A list; absent or null is an empty list. Default: []. */
const list = <T extends z.ZodType>(entry: T) =>
  z
    .array(entry, { error: 'must be a list' })
    .nullish()
    .transform((value) => value ?? []);

/** A mapping, checked field by field. */
const mapping = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: 'must be a mapping' });

/** URL fields of `extra`, by their upstream key. */
export const EXTRA_URL_FIELDS = [
  'annual_review_url',
  'artwork_url',
  'blog_url',
  'bluesky_url',
  'dev_stats_url',
  'discord_url',
  'docker_url',
  'documentation_url',
  'github_discussions_url',
  'gitter_url',
  'linkedin_url',
  'mailing_list_url',
  'package_manager_url',
  'slack_url',
  'stack_overflow_url',
  'youtube_url',
] as const;

/** A link in `extra.other_links`. */
export const upstreamLinkSchema = mapping({
  /** The link's label. */
  name: requiredText,
  /** Its address. */
  url: requiredText.refine(isHttpUrl, 'must be an http(s) URL'),
});

/** A security or fuzzing audit in `extra.audits`; entries without a date or URL are skipped. */
export const upstreamAuditSchema = mapping({
  /** When the report was published. Default: none. */
  date: optionalDate,
  /** "security", "fuzzing"… */
  type: requiredText,
  /** The report. Default: none. */
  url: optionalUrl,
  /** Who did the audit. */
  vendor: requiredText,
});

/** `extra`: CNCF details of an item. */
export const upstreamExtraSchema = mapping({
  /** Date the CNCF accepted the project. Default: none. */
  accepted: optionalDate,
  /** Date it moved to incubating. Default: none. */
  incubating: optionalDate,
  /** Date it graduated. Default: none. */
  graduated: optionalDate,
  /** Date it was archived. Default: none. */
  archived: optionalDate,
  /** Date of its last annual review. Default: none. */
  annual_review_date: optionalDate,
  /** Its LFX Insights slug. Default: none. */
  lfx_slug: optionalText,
  /** Its CLOMonitor name. Default: none. */
  clomonitor_name: optionalText,
  /** The project it belongs to, e.g. a Kubernetes subproject. Default: none. */
  parent_project: optionalText,
  /** Its chat channel. Default: none. */
  chat_channel: optionalText,
  /** Whether it is a specification rather than software. Default: false. */
  specification: flag,
  /** Other links. Default: []. */
  other_links: list(upstreamLinkSchema),
  /** Audits. Default: []. */
  audits: list(upstreamAuditSchema),
  /** The URL fields listed in EXTRA_URL_FIELDS (blog, Slack, docs…). Default: none each. */
  ...(Object.fromEntries(EXTRA_URL_FIELDS.map((key) => [key, optionalUrl])) as Record<(typeof EXTRA_URL_FIELDS)[number], typeof optionalUrl>),
});

/** One item (project, product or member) in a subcategory. */
export const upstreamItemSchema = mapping({
  /** Its name, unique within the subcategory. */
  name: requiredText,
  /** Its homepage. */
  homepage_url: requiredText.refine(isHttpUrl, 'must be an http(s) URL'),
  /** Its logo's file name in the logos directory; upstream writes some as "./name.svg". */
  logo: requiredText.transform((logo) => logo.replace(/^\.\//, '')).refine((logo) => LOGO_FILE.test(logo), 'must be a file name in the logos directory'),
  /** Its source repository. Default: none. */
  repo_url: optionalUrl,
  /** More repositories. Default: []. */
  additional_repos: list(mapping({ /** A repository's address. Default: none. */ repo_url: optionalUrl })),
  /** CNCF maturity, for CNCF projects. Default: none. */
  project: z.enum(MATURITY_LEVELS, { error: `must be one of ${MATURITY_LEVELS.join(', ')}` }).nullish(),
  /** Other placements, each "Category / Subcategory". Default: []. */
  second_path: list(z.string({ error: 'entries must be strings' })),
  /** Crunchbase page. Default: none. */
  crunchbase: optionalUrl,
  /** X/Twitter page. Default: none. */
  twitter: optionalUrl,
  /** OpenSSF Best Practices badge page. Default: none. */
  url_for_bestpractices: optionalUrl,
  /** Whether the member is an end-user member. Default: false. */
  enduser: flag,
  /** Date the member joined. Default: none. */
  joined: optionalDate,
  /** CNCF details. Default: {}. */
  extra: upstreamExtraSchema.nullish().transform((extra) => extra ?? upstreamExtraSchema.parse({})),
});

/** A subcategory. */
export const upstreamSubcategorySchema = mapping({
  /** Its name, unique within the category. */
  name: requiredText,
  /** Its items. Default: []. */
  items: list(upstreamItemSchema),
});

/** A category. */
export const upstreamCategorySchema = mapping({
  /** Its name, unique in the file. */
  name: requiredText,
  /** Its subcategories. Default: []. */
  subcategories: list(upstreamSubcategorySchema),
});

/** The whole file: a `landscape` list of categories. */
export const upstreamLandscapeSchema = mapping({
  /** The categories, in display order. */
  landscape: z.array(upstreamCategorySchema, { error: 'must be a list of categories' }),
});

export type UpstreamItemData = z.output<typeof upstreamItemSchema>;
export type UpstreamLandscapeData = z.output<typeof upstreamLandscapeSchema>;
