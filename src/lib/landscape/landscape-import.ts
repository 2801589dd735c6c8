/**
 * Plans an import: given the upstream landscape and the content files we already have, works out
 * every file's new text and what changed. Pure (no file system), so it is unit-tested directly;
 * `scripts/import-landscape.ts` does the reading and writing.
 *
 * Rules:
 * - Facts (the imported fields) come from upstream; the body and editorial fields are never changed,
 *   except that a renamed item's former name is appended to `aliases`.
 * - Slugs never change. An item that is renamed or moved is recognized by its landscape2 id, else its
 *   LFX slug, else its repository, else its homepage (each only when the match is unambiguous).
 * - An item gone upstream keeps its file, marked `removed_upstream: true`.
 */
import { EDITORIAL_CATEGORY_FIELDS, IMPORTED_CATEGORY_FIELDS, SUBCATEGORY_EDITORIAL_FIELDS, categorySchema } from '../../schemas/category.ts';
import { EDITORIAL_PROJECT_FIELDS, HISTORY_PROJECT_FIELDS, IMPORTED_PROJECT_FIELDS, projectSchema } from '../../schemas/project.ts';
import { writeMdx, type MdxFile } from '../content/frontmatter.ts';
import { landscape1Id, landscapeItemId, normalizeName } from './landscape-id.ts';
import type { UpstreamItem, UpstreamLandscape } from './landscape-parse.ts';
import { allocateSlug } from './slug.ts';

/** A content file as read from disk. */
export interface ExistingFile extends MdxFile {
  slug: string;
  text: string;
}

export interface ImportReport {
  added: string[];
  updated: string[];
  moved: Array<{ slug: string; from: string; to: string }>;
  renamed: Array<{ slug: string; from: string; to: string }>;
  removed: string[];
  restored: string[];
  unchanged: number;
  categories: { added: string[]; updated: string[]; removed: string[]; unchanged: number };
}

export interface ImportPlan {
  /** New text of every file that changes, by path relative to the content directory. */
  writes: Map<string, string>;
  report: ImportReport;
  /** Totals after the import. */
  totals: { categories: number; subcategories: number; items: number; projects: number };
}

/** Drops empty values so files hold only facts that exist (schema defaults fill the rest). */
/** Fields a plain import takes from the existing file: the history mode's, then ours. */
export const KEPT_PROJECT_FIELDS = [...HISTORY_PROJECT_FIELDS, ...EDITORIAL_PROJECT_FIELDS];

function compact(value: unknown): unknown {
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

function itemFacts(
  item: UpstreamItem,
  landscapeId: string,
  place: { category: string; subcategory: string },
  alsoIn: Array<{ category: string; subcategory: string }>,
): Record<string, unknown> {
  const u = item.extra.urls;
  const facts = {
    name: item.name,
    landscape_id: landscapeId,
    category: place.category,
    subcategory: place.subcategory,
    also_in: alsoIn,
    homepage: item.homepage_url,
    repository: item.repo_url,
    additional_repositories: item.additional_repos,
    maturity: item.project,
    dates: {
      accepted: item.extra.accepted,
      incubating: item.extra.incubating,
      graduated: item.extra.graduated,
      archived: item.extra.archived,
      joined: item.joined,
      annual_review: item.extra.annual_review_date,
    },
    links: {
      docs: u['documentation_url'],
      blog: u['blog_url'],
      slack: u['slack_url'],
      discord: u['discord_url'],
      gitter: u['gitter_url'],
      github_discussions: u['github_discussions_url'],
      mailing_list: u['mailing_list_url'],
      devstats: u['dev_stats_url'],
      artwork: u['artwork_url'],
      twitter: item.twitter,
      bluesky: u['bluesky_url'],
      youtube: u['youtube_url'],
      linkedin: u['linkedin_url'],
      stack_overflow: u['stack_overflow_url'],
      docker: u['docker_url'],
      package_manager: u['package_manager_url'],
      best_practices: item.url_for_bestpractices,
      annual_review: u['annual_review_url'],
      crunchbase: item.crunchbase,
    },
    other_links: item.extra.other_links,
    chat_channel: item.extra.chat_channel,
    logo: item.logo,
    lfx_slug: item.extra.lfx_slug,
    clomonitor_name: item.extra.clomonitor_name,
    parent_project: item.extra.parent_project,
    enduser: item.enduser,
    specification: item.extra.specification,
    audits: item.extra.audits.map((a) => ({ ...a, url: reportFileUrl(a.url) })),
  };
  return (compact(facts) ?? {}) as Record<string, unknown>;
}

/**
 * Audit reports are PDF files. A GitHub `blob` address opens GitHub's page around the file; the
 * `raw` address of the same file at the same ref opens the report itself.
 */
export function reportFileUrl(url: string): string {
  return url.replace(/^(https:\/\/github\.com\/[^/]+\/[^/]+)\/blob\/([^?#]+\.pdf)$/i, '$1/raw/$2');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** Comparable form of a URL: no scheme, no trailing slash, lower-case host. */
function urlKey(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  return s.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

interface UpstreamEntry {
  item: UpstreamItem;
  id: string;
  category: string;
  subcategory: string;
  categorySlug: string;
  subcategorySlug: string;
}

/**
 * Matches upstream items to existing files. Returns, for each upstream entry index, the slug of
 * the existing file it continues (or undefined for a new item).
 */
function matchItems(entries: UpstreamEntry[], existing: ExistingFile[]): Array<string | undefined> {
  const matches: Array<string | undefined> = entries.map(() => undefined);
  const claimed = new Set<string>();
  const byId = new Map<string, string>();
  for (const file of existing) {
    const id = str(file.data['landscape_id']);
    if (id && !byId.has(id)) byId.set(id, file.slug);
  }
  entries.forEach((entry, i) => {
    const slug = byId.get(entry.id);
    if (slug && !claimed.has(slug)) {
      matches[i] = slug;
      claimed.add(slug);
    }
  });

  // Renamed or moved items: match on one identifying fact at a time, only when unambiguous on both sides.
  const keys: Array<[(e: UpstreamEntry) => string | undefined, (f: ExistingFile) => string | undefined]> = [
    [(e) => e.item.extra.lfx_slug, (f) => str(f.data['lfx_slug'])],
    [(e) => urlKey(e.item.repo_url), (f) => urlKey(f.data['repository'])],
    [(e) => urlKey(e.item.homepage_url), (f) => urlKey(f.data['homepage'])],
  ];
  for (const [upstreamKey, fileKey] of keys) {
    const files = new Map<string, string[]>();
    for (const file of existing) {
      if (claimed.has(file.slug)) continue;
      const key = fileKey(file);
      if (key) files.set(key, [...(files.get(key) ?? []), file.slug]);
    }
    const wanted = new Map<string, number[]>();
    entries.forEach((entry, i) => {
      if (matches[i] !== undefined) return;
      const key = upstreamKey(entry);
      if (key) wanted.set(key, [...(wanted.get(key) ?? []), i]);
    });
    for (const [key, indexes] of wanted) {
      const candidates = files.get(key);
      const index = indexes[0];
      if (candidates?.length === 1 && indexes.length === 1 && index !== undefined) {
        const slug = candidates[0] as string;
        matches[index] = slug;
        claimed.add(slug);
      }
    }
  }
  return matches;
}

/** Plans the import. Throws if a generated file would not pass its schema (a bug, never data). */
export function planImport(
  upstream: UpstreamLandscape,
  existingCategories: ExistingFile[],
  existingProjects: ExistingFile[],
): ImportPlan {
  const writes = new Map<string, string>();
  const report: ImportReport = {
    added: [],
    updated: [],
    moved: [],
    renamed: [],
    removed: [],
    restored: [],
    unchanged: 0,
    categories: { added: [], updated: [], removed: [], unchanged: 0 },
  };

  // Categories and subcategories: slugs are kept for known ones, chosen for new ones.
  const categorySlugs = new Map<string, string>();
  const subcategorySlugs = new Map<string, string>();
  const takenCategorySlugs = new Set(existingCategories.map((f) => f.slug));
  const seenCategoryFiles = new Set<string>();
  let subcategoryCount = 0;
  upstream.categories.forEach((category, index) => {
    const id = normalizeName(category.name);
    const previous =
      existingCategories.find((f) => f.data['landscape_id'] === id) ??
      existingCategories.find((f) => f.data['name'] === category.name);
    const slug = previous?.slug ?? allocateSlug(category.name, 'category', takenCategorySlugs);
    seenCategoryFiles.add(slug);
    categorySlugs.set(category.name, slug);
    const oldSubs = Array.isArray(previous?.data['subcategories'])
      ? (previous.data['subcategories'] as Array<Record<string, unknown>>)
      : [];
    const takenSubSlugs = new Set(oldSubs.map((s) => String(s['slug'])));
    const usedOld = new Set<Record<string, unknown>>();
    const subcategories: Array<Record<string, unknown>> = category.subcategories.map((sub) => {
      const subId = normalizeName(sub.name);
      const old =
        oldSubs.find((s) => s['landscape_id'] === subId && !usedOld.has(s)) ??
        oldSubs.find((s) => s['name'] === sub.name && !usedOld.has(s));
      if (old) usedOld.add(old);
      const subSlug = typeof old?.['slug'] === 'string' ? old['slug'] : allocateSlug(sub.name, 'more', takenSubSlugs);
      subcategorySlugs.set(`${category.name}\u0000${sub.name}`, subSlug);
      subcategoryCount++;
      const entry: Record<string, unknown> = { name: sub.name, slug: subSlug, landscape_id: subId };
      for (const key of SUBCATEGORY_EDITORIAL_FIELDS) if (old?.[key] !== undefined) entry[key] = old[key];
      return entry;
    });
    // Subcategories gone upstream stay listed (with their text), marked.
    for (const old of oldSubs) {
      if (!usedOld.has(old)) subcategories.push({ ...old, removed_upstream: true });
    }
    const facts = { name: category.name, landscape_id: id, order: index + 1, subcategories };
    const data = ordered(facts, previous?.data ?? {}, IMPORTED_CATEGORY_FIELDS, EDITORIAL_CATEGORY_FIELDS);
    const text = writeMdx(data, previous?.body ?? '');
    categorySchema.parse(data);
    if (!previous) report.categories.added.push(slug);
    else if (previous.text !== text) report.categories.updated.push(slug);
    else report.categories.unchanged++;
    if (previous?.text !== text) writes.set(`categories/${slug}.mdx`, text);
  });
  for (const file of existingCategories) {
    if (seenCategoryFiles.has(file.slug)) continue;
    if (file.data['removed_upstream'] === true) continue;
    const data = ordered({ ...file.data, removed_upstream: true }, file.data, IMPORTED_CATEGORY_FIELDS, EDITORIAL_CATEGORY_FIELDS);
    writes.set(`categories/${file.slug}.mdx`, writeMdx(data, file.body));
    report.categories.removed.push(file.slug);
  }

  // Items.
  const entries: UpstreamEntry[] = [];
  for (const category of upstream.categories) {
    for (const sub of category.subcategories) {
      for (const item of sub.items) {
        entries.push({
          item,
          id: landscapeItemId(category.name, sub.name, item.name),
          category: category.name,
          subcategory: sub.name,
          categorySlug: categorySlugs.get(category.name) as string,
          subcategorySlug: subcategorySlugs.get(`${category.name}\u0000${sub.name}`) as string,
        });
      }
    }
  }
  const matches = matchItems(entries, existingProjects);
  const bySlug = new Map(existingProjects.map((f) => [f.slug, f]));
  const taken = new Set(existingProjects.map((f) => f.slug));
  const seen = new Set<string>();
  let projects = 0;
  entries.forEach((entry, i) => {
    const previous = matches[i] === undefined ? undefined : bySlug.get(matches[i] as string);
    const slug = previous?.slug ?? allocateSlug(entry.item.name, entry.subcategorySlug, taken);
    seen.add(slug);
    if (entry.item.project) projects++;
    const alsoIn = entry.item.second_path.map((p) => ({
      category: categorySlugs.get(p.category) as string,
      subcategory: subcategorySlugs.get(`${p.category}\u0000${p.subcategory}`) as string,
    }));
    const facts = itemFacts(entry.item, entry.id, { category: entry.categorySlug, subcategory: entry.subcategorySlug }, alsoIn);
    const editorial = { ...(previous?.data ?? {}) };
    const oldName = str(previous?.data['name']);
    // Old ids and names are kept, never dropped, so links written before a move or rename resolve.
    const oldId = str(previous?.data['landscape_id']);
    const formerIds = new Set(Array.isArray(editorial['former_ids']) ? (editorial['former_ids'] as string[]) : []);
    if (oldId && oldId !== entry.id) formerIds.add(oldId);
    if (oldName && oldName !== entry.item.name) {
      formerIds.add(landscape1Id(oldName));
      const names = new Set(Array.isArray(editorial['former_names']) ? (editorial['former_names'] as string[]) : []);
      editorial['former_names'] = [...names.add(oldName)].sort();
    }
    formerIds.delete(entry.id);
    formerIds.delete(landscape1Id(entry.item.name));
    if (formerIds.size > 0) editorial['former_ids'] = [...formerIds].sort();
    else delete editorial['former_ids'];
    if (previous && oldName && oldName !== entry.item.name) {
      const aliases = Array.isArray(editorial['aliases']) ? [...(editorial['aliases'] as unknown[])] : [];
      if (!aliases.includes(oldName)) aliases.push(oldName);
      editorial['aliases'] = aliases;
      report.renamed.push({ slug, from: oldName, to: entry.item.name });
    }
    const data = ordered(facts, editorial, IMPORTED_PROJECT_FIELDS, KEPT_PROJECT_FIELDS);
    projectSchema.parse(data);
    const text = writeMdx(data, previous?.body ?? '');
    if (!previous) {
      report.added.push(slug);
    } else {
      const from = `${String(previous.data['category'])}/${String(previous.data['subcategory'])}`;
      const to = `${entry.categorySlug}/${entry.subcategorySlug}`;
      if (from !== to) report.moved.push({ slug, from, to });
      if (previous.data['removed_upstream'] === true) report.restored.push(slug);
      if (previous.text === text) report.unchanged++;
      else report.updated.push(slug);
    }
    if (previous?.text !== text) writes.set(`projects/${slug}.mdx`, text);
  });
  for (const file of existingProjects) {
    if (seen.has(file.slug) || file.data['removed_upstream'] === true) continue;
    const data = ordered({ ...file.data, removed_upstream: true }, file.data, IMPORTED_PROJECT_FIELDS, KEPT_PROJECT_FIELDS);
    writes.set(`projects/${file.slug}.mdx`, writeMdx(data, file.body));
    report.removed.push(file.slug);
  }

  return {
    writes,
    report,
    totals: {
      categories: upstream.categories.length,
      subcategories: subcategoryCount,
      items: entries.length,
      projects,
    },
  };
}
