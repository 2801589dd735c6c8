/**
 * Plans the item files of an import. Facts come from upstream; the body and our fields never
 * change, except that a renamed item's former name is added to `aliases` and its old ids to
 * `former_ids` (never dropped), so links written before a move or rename resolve. Slugs never
 * change; an item gone upstream keeps its file, marked `removed_upstream: true`.
 */
import { IMPORTED_PROJECT_FIELDS, projectSchema } from '../../schemas/project.ts';
import { writeMdx } from '../content/frontmatter.ts';
import type { CategoryPlan } from './import-categories.ts';
import { subcategoryKey } from './import-categories.ts';
import { compact, KEPT_PROJECT_FIELDS, ordered, str, type ExistingFile } from './import-fields.ts';
import { matchItems, type UpstreamEntry } from './import-match.ts';
import { landscape1Id, landscapeItemId } from './landscape-id.ts';
import type { UpstreamItem, UpstreamLandscape } from './landscape-parse.ts';
import { allocateSlug } from './slug.ts';

export interface ItemReport {
  added: string[];
  updated: string[];
  moved: Array<{ slug: string; from: string; to: string }>;
  renamed: Array<{ slug: string; from: string; to: string }>;
  removed: string[];
  restored: string[];
  unchanged: number;
}

export interface ItemPlan {
  /** New text of every item file that changes, by path relative to the content directory. */
  writes: Map<string, string>;
  report: ItemReport;
  items: number;
  projects: number;
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

/** Plans the item files, given the category plan's slugs. Throws if a generated file would not pass its schema (a bug, never data). */
export function planItems(upstream: UpstreamLandscape, slugs: Pick<CategoryPlan, 'categorySlugs' | 'subcategorySlugs'>, existingProjects: ExistingFile[]): ItemPlan {
  const writes = new Map<string, string>();
  const report: ItemReport = { added: [], updated: [], moved: [], renamed: [], removed: [], restored: [], unchanged: 0 };
  const { categorySlugs, subcategorySlugs } = slugs;
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
          subcategorySlug: subcategorySlugs.get(subcategoryKey(category.name, sub.name)) as string,
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
      subcategory: subcategorySlugs.get(subcategoryKey(p.category, p.subcategory)) as string,
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

  return { writes, report, items: entries.length, projects };
}
