import { z } from 'astro/zod';
import { httpUrl, isoDate, LOGO_FILE, maturity, reviewedField, slug, sourcesField } from './common.ts';

/**
 * One landscape item: `content/projects/<slug>.mdx`. The file name is the slug and never changes.
 *
 * Fields marked "imported" are facts written by `npm run import` from the landscape data file and
 * overwritten on every import; fields marked "editorial" are ours and the importer never touches
 * them (except that it appends an item's former name to `aliases` when the item is renamed).
 */

/** A placement of an item in the landscape. */
export const placementSchema = z.object({
  /** Slug of the category file in content/categories/. */
  category: slug,
  /** Slug of the subcategory inside that category. */
  subcategory: slug,
});

/** Links to an item's resources, each optional. */
export const projectLinksSchema = z
  .object({
    /** Documentation site. Default: none. */
    docs: httpUrl.optional(),
    /** Blog. Default: none. */
    blog: httpUrl.optional(),
    /** Slack channel. Default: none. */
    slack: httpUrl.optional(),
    /** Discord server. Default: none. */
    discord: httpUrl.optional(),
    /** Gitter room. Default: none. */
    gitter: httpUrl.optional(),
    /** GitHub Discussions. Default: none. */
    github_discussions: httpUrl.optional(),
    /** Mailing list. Default: none. */
    mailing_list: httpUrl.optional(),
    /** CNCF DevStats dashboard. Default: none. */
    devstats: httpUrl.optional(),
    /** CNCF artwork (logos in every format). Default: none. */
    artwork: httpUrl.optional(),
    /** Twitter / X account. Default: none. */
    twitter: httpUrl.optional(),
    /** Bluesky account. Default: none. */
    bluesky: httpUrl.optional(),
    /** YouTube channel. Default: none. */
    youtube: httpUrl.optional(),
    /** LinkedIn page. Default: none. */
    linkedin: httpUrl.optional(),
    /** Stack Overflow tag. Default: none. */
    stack_overflow: httpUrl.optional(),
    /** Container images. Default: none. */
    docker: httpUrl.optional(),
    /** Package registry page. Default: none. */
    package_manager: httpUrl.optional(),
    /** OpenSSF Best Practices badge page. Default: none. */
    best_practices: httpUrl.optional(),
    /** Latest CNCF annual review. Default: none. */
    annual_review: httpUrl.optional(),
    /** Crunchbase profile of the organization behind the item. Default: none. */
    crunchbase: httpUrl.optional(),
  })
  .strict();

/** Dates of an item's CNCF journey and membership. */
export const projectDatesSchema = z
  .object({
    /** Accepted into the CNCF. Default: none. */
    accepted: isoDate.optional(),
    /** Moved to incubating. Default: none. */
    incubating: isoDate.optional(),
    /** Graduated. Default: none. */
    graduated: isoDate.optional(),
    /** Archived. Default: none. */
    archived: isoDate.optional(),
    /** Joined the CNCF as a member (member items). Default: none. */
    joined: isoDate.optional(),
    /** Latest CNCF annual review. Default: none. */
    annual_review: isoDate.optional(),
  })
  .strict();

/** A security or other third-party audit. */
export const auditSchema = z.object({
  /** Date the audit was published. */
  date: isoDate,
  /** Kind of audit, e.g. "security". */
  type: z.string().min(1),
  /** Link to the report. */
  url: httpUrl,
  /** Who performed it. */
  vendor: z.string().min(1),
});

export const projectSchema = z
  .object({
    /** Imported. Display name, exactly as in the landscape data. */
    name: z.string().min(1),
    /** Imported. landscape2 id `<category>--<subcategory>--<name>`, to translate landscape.cncf.io `?item=` links. */
    landscape_id: z.string().min(1),
    /** Imported. Slug of the item's category (content/categories/<slug>.mdx). */
    category: slug,
    /** Imported. Slug of the item's subcategory within that category. */
    subcategory: slug,
    /** Imported. Other places the item is listed (landscape `second_path`). Default: none. */
    also_in: z.array(placementSchema).default([]),
    /** Imported. Home page. */
    homepage: httpUrl,
    /** Imported. Main source repository. Default: none. */
    repository: httpUrl.optional(),
    /** Imported. Further repositories. Default: none. */
    additional_repositories: z.array(httpUrl).default([]),
    /** Imported. CNCF maturity; absent for items that are not CNCF projects. Default: none. */
    maturity: maturity.optional(),
    /** Imported. Dates of the CNCF journey. Default: none. */
    dates: projectDatesSchema.default({}),
    /** Imported. Links to the item's resources. Default: none. */
    links: projectLinksSchema.default({}),
    /** Imported. Further named links. Default: none. */
    other_links: z.array(z.object({ name: z.string().min(1), url: httpUrl })).default([]),
    /** Imported. Chat channel name, e.g. "#akri". Default: none. */
    chat_channel: z.string().min(1).optional(),
    /** Imported. Logo file name in the logos directory. */
    logo: z.string().regex(LOGO_FILE, 'must be a file name in the logos directory'),
    /** Imported. Project slug in the Linux Foundation's LFX tools. Default: none. */
    lfx_slug: z.string().min(1).optional(),
    /** Imported. Project name in CLOMonitor. Default: none. */
    clomonitor_name: z.string().min(1).optional(),
    /** Imported. Name of the CNCF project this one belongs to. Default: none. */
    parent_project: z.string().min(1).optional(),
    /** Imported. The item is an end-user member. Default: false. */
    enduser: z.boolean().default(false),
    /** Imported. The item is a specification rather than software. Default: false. */
    specification: z.boolean().default(false),
    /** Imported. Third-party audits. Default: none. */
    audits: z.array(auditSchema).default([]),
    /** Imported. Set when the item is no longer in the landscape data; the page stays. Default: false. */
    removed_upstream: z.boolean().default(false),
    /** History. First month the item was in the landscape data ("YYYY-MM", from the monthly snapshots). Default: none. */
    first_listed: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM').optional(),
    /** History. landscape1 and landscape2 ids the item had before, so old links resolve; only ever added to. Default: none. */
    former_ids: z.array(z.string().min(1)).default([]),
    /** History. Names the item was listed under before. Default: none. */
    former_names: z.array(z.string().min(1)).default([]),
    /** History. Moves between subcategories: the first month at the new place, and the places by name. Default: none. */
    moves: z
      .array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), from: z.string().min(1), to: z.string().min(1) }).strict())
      .default([]),
    /** Editorial. Our own one-line description (≤ 160 characters), for cards, search and meta. Default: none. */
    description: z.string().min(1).max(160).optional(),
    /** Editorial. Other names the item is known by, including former names. Default: none. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Editorial. Command-line tools, components and product names that belong to the project (kube-proxy, Alertmanager); search finds the project by them and the page says "Also covers". Default: none. */
    covers: z.array(z.string().min(1)).default([]),
    /** Editorial. The day the page's facts were last checked against `sources`. Default: none. */
    reviewed: reviewedField,
    /** Editorial. Primary references the text was checked against, listed as Sources. Default: none. */
    sources: sourcesField,
  })
  .strict();

export type ProjectData = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;

/** Frontmatter keys the importer owns, in the order it writes them. */
export const IMPORTED_PROJECT_FIELDS = [
  'name',
  'landscape_id',
  'category',
  'subcategory',
  'also_in',
  'homepage',
  'repository',
  'additional_repositories',
  'maturity',
  'dates',
  'links',
  'other_links',
  'chat_channel',
  'logo',
  'lfx_slug',
  'clomonitor_name',
  'parent_project',
  'enduser',
  'specification',
  'audits',
  'removed_upstream',
] as const;

/**
 * Frontmatter keys the importer's history mode writes from the monthly snapshots, after the
 * imported ones. A plain import keeps them and only adds to them (an id or name the item leaves).
 */
export const HISTORY_PROJECT_FIELDS = ['first_listed', 'former_ids', 'former_names', 'moves'] as const;

/** Frontmatter keys we write by hand, after the imported ones. */
export const EDITORIAL_PROJECT_FIELDS = ['description', 'aliases', 'covers', 'reviewed', 'sources'] as const;
