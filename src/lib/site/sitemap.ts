import { escapeMarkup } from './escape-markup.ts';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** The same page in every language it exists in (itself included), when there is more than one. */
  alternates?: Array<{ hreflang: string; href: string }>;
}

/**
 * A sitemap (sitemaps.org protocol) for the given pages, sorted so builds are identical; pages in
 * several languages list each other as `xhtml:link` alternates, as search engines ask.
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  const rows = [...byUrl.values()]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((e) => {
      const links = (e.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeMarkup(a.hreflang)}" href="${escapeMarkup(a.href)}"/>`).join('');
      return `<url><loc>${escapeMarkup(e.url)}</loc>${links}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${rows.join('\n')}\n</urlset>\n`;
}
