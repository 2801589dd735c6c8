/**
 * What the written content still lacks, measured over content/: items without our one-line
 * description, linked items without a page text, CNCF project pages whose facts have not been
 * reviewed against sources. A later import may add items faster than we write, so the build only
 * reports these (with counts); the content-coverage unit test holds the committed content to them.
 */
import { findContentLinks } from './content-links.ts';
import { readMdx } from './frontmatter.ts';
import type { SourceFile } from './content-check.ts';

/** Member tiers whose items get our own description; other members keep the sentence built from the data. */
export const DESCRIBED_MEMBER_TIERS = ['platinum', 'gold'];
export const DESCRIPTION_CHARS: [number, number] = [20, 160];
/** Words of page text a non-CNCF item needs once one of our pages links to it. */
export const LINKED_TEXT_WORDS = 120;

/** Words of Markdown prose: link targets and Markdown punctuation left out. */
export function wordCount(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*`>|[\]]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

interface Page {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentGaps {
  /** Items outside CNCF Members (and Platinum and Gold members) without a description of 20–160 characters. */
  missingDescriptions: string[];
  /** Non-CNCF items that a CNCF project page, a category text or a guide links to, with too short a text. */
  shortLinkedTexts: Array<{ slug: string; words: number }>;
  /** CNCF project pages without a `reviewed` date or without 2–6 sources. */
  unreviewed: string[];
}

const slugOf = (path: string) => (path.split('/').pop() ?? path).replace(/\.mdx?$/, '');
const read = (files: SourceFile[]): Page[] => files.map((f) => ({ slug: slugOf(f.path), ...readMdx(f.text, f.path) }));

export function needsDescription(data: Record<string, unknown>): boolean {
  if (data['maturity'] || data['removed_upstream']) return false;
  return data['category'] !== 'cncf-members' || DESCRIBED_MEMBER_TIERS.includes(String(data['subcategory']));
}

/** Slugs that our own texts link to: CNCF project pages, category texts (with subcategory explanations), guides. */
export function linkedFromOurTexts(projects: Page[], texts: SourceFile[]): Set<string> {
  const linked = new Set<string>();
  const sources = [...projects.filter((p) => p.data['maturity']).map((p) => p.body), ...texts.map((f) => f.text)];
  for (const text of sources) for (const link of findContentLinks(text)) if (link.kind === 'project') linked.add(link.target);
  return linked;
}

export function findContentGaps(files: { projects: SourceFile[]; categories: SourceFile[]; guides: SourceFile[] }): ContentGaps {
  const projects = read(files.projects);
  const [min, max] = DESCRIPTION_CHARS;
  const missingDescriptions = projects
    .filter((p) => needsDescription(p.data))
    .filter((p) => {
      const d = String(p.data['description'] ?? '');
      return d.length < min || d.length > max;
    })
    .map((p) => p.slug);
  const linked = linkedFromOurTexts(projects, [...files.categories, ...files.guides]);
  const shortLinkedTexts = projects
    .filter((p) => linked.has(p.slug) && !p.data['maturity'])
    .map((p) => ({ slug: p.slug, words: wordCount(p.body) }))
    .filter((p) => p.words < LINKED_TEXT_WORDS);
  const unreviewed = projects
    .filter((p) => p.data['maturity'])
    .filter((p) => {
      const sources = Array.isArray(p.data['sources']) ? p.data['sources'].length : 0;
      return !p.data['reviewed'] || sources < 2 || sources > 6;
    })
    .map((p) => p.slug);
  return { missingDescriptions, shortLinkedTexts, unreviewed };
}

/** A short report for the console: counts, and the first few slugs of each gap. */
export function formatContentGaps(gaps: ContentGaps, shown = 12): string[] {
  const list = (items: string[]) => `${items.slice(0, shown).join(', ')}${items.length > shown ? `, … (${items.length - shown} more)` : ''}`;
  const lines: string[] = [];
  if (gaps.missingDescriptions.length) lines.push(`${gaps.missingDescriptions.length} item(s) still lack a description: ${list(gaps.missingDescriptions)}`);
  if (gaps.shortLinkedTexts.length) {
    lines.push(`${gaps.shortLinkedTexts.length} linked item(s) have under ${LINKED_TEXT_WORDS} words of text: ${list(gaps.shortLinkedTexts.map((t) => `${t.slug} (${t.words})`))}`);
  }
  if (gaps.unreviewed.length) lines.push(`${gaps.unreviewed.length} CNCF project page(s) have no "reviewed" date with 2–6 sources: ${list(gaps.unreviewed)}`);
  return lines;
}
