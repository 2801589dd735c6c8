/**
 * The one escape for text placed in HTML or XML (pages, SVG, the sitemap, snippets): the five
 * characters that can end a text or an attribute value become entities valid in both languages.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
