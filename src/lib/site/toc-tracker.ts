/**
 * Browser side of the "On this page" list (src/components/TableOfContents.astro): marks the link
 * of the section being read with aria-current="location". Loaded on demand by <page-toc>.
 */
import { currentSection } from './table-of-contents.ts';

/** A heading counts as reached once its top passes this share of the viewport's height. */
const READING_LINE = 0.25;

export function markCurrentSection(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let marked: string | undefined;
  const update = () => {
    const root = document.documentElement;
    // At the very end of the page the last sections can never reach the line: the last one in view is current.
    const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    const line = atEnd ? window.innerHeight : window.innerHeight * READING_LINE;
    const slug = currentSection(headings.map((h) => ({ slug: h.id, top: h.getBoundingClientRect().top })), line);
    if (slug === marked) return;
    marked = slug;
    for (const a of links) {
      if (slug !== undefined && decodeURIComponent(a.hash.slice(1)) === slug) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  // Called when a heading crosses the reading line (the observed band is the viewport's top quarter)…
  const crossings = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
  for (const h of headings) crossings.observe(h);
  // …and when the end of the page comes fully into view.
  const end = document.querySelector('body > footer') ?? document.body.lastElementChild;
  if (end) new IntersectionObserver(update, { threshold: [0, 1] }).observe(end);
  update();
}
