import { escapeMarkup } from './escape-markup.ts';

/** A sitemap (sitemaps.org protocol) for the given absolute URLs, sorted so builds are identical. */
export function sitemapXml(urls: string[]): string {
  const entries = [...new Set(urls)].sort().map((u) => `<url><loc>${escapeMarkup(u)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
