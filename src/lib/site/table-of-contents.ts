/**
 * The "On this page" list: which headings of a page it links to, and which section is current
 * while the reader scrolls. Pure, so both are unit-tested without Astro or a browser.
 */

/** A heading as Astro's render() reports it for Markdown and MDX (`headings`), or as a page builds it for its own sections. */
export interface PageHeading {
  /** 1 for `#`, 2 for `##`… */
  depth: number;
  /** The heading's id, the target of `#slug`. */
  slug: string;
  /** The heading's plain text. */
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** `###` headings under this `##` one. */
  children: TocEntry[];
}

/** A page gets a table of contents from this many `##` sections on. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The entries for a page: its `##` headings, each with the `###` headings below it. The page title
 * (`#`) is not listed, nor anything below `###`, which would make the list longer than it helps.
 * A `###` before the first `##` is listed on the top level, so no heading is lost. Pages with
 * fewer than three `##` sections get none: the text is short enough to scan.
 */
export function tableOfContents(headings: PageHeading[], minSections = TOC_MIN_SECTIONS): TocEntry[] {
  const listed = headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.slug !== '' && h.text.trim() !== '');
  if (listed.filter((h) => h.depth === 2).length < minSections) return [];
  const entries: TocEntry[] = [];
  let section: TocEntry | undefined;
  for (const h of listed) {
    const entry: TocEntry = { slug: h.slug, text: h.text.trim(), children: [] };
    if (h.depth === 3 && section) section.children.push(entry);
    else entries.push(entry);
    if (h.depth === 2) section = entry;
  }
  return entries;
}

/** Every slug the list links to, in page order. */
export function tocSlugs(entries: TocEntry[]): string[] {
  return entries.flatMap((e) => [e.slug, ...tocSlugs(e.children)]);
}

/**
 * The section the reader is in: the last heading whose top has scrolled above `line` (a distance
 * from the top of the viewport), or none while the reader is above the first one.
 */
export function currentSection(tops: Array<{ slug: string; top: number }>, line: number): string | undefined {
  let current: string | undefined;
  for (const { slug, top } of tops) if (top <= line) current = slug;
  return current;
}
