/**
 * Renders the short Markdown texts kept in frontmatter (subcategory explanations) to HTML:
 * paragraphs, links (including our project:/category:/guide: schemes), bold, italics and code.
 * Everything else is escaped as text, so frontmatter can never inject markup.
 */
import { escapeMarkup } from '../site/escape-markup.ts';
import { contentLinkUrl, type LinkKind } from './content-links.ts';

function linkHref(url: string): string | undefined {
  const scheme = /^(project|category|guide):([^#\s]*)(#\S*)?$/.exec(url);
  if (scheme) return contentLinkUrl(scheme[1] as LinkKind, scheme[2] ?? '') + (scheme[3] ?? '');
  if (/^(https?:\/\/|\/|#)/.test(url)) return url;
  return undefined;
}

function inline(text: string): string {
  const out: string[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(escapeMarkup(text.slice(last, m.index)));
    if (m[1] !== undefined && m[2] !== undefined) {
      const href = linkHref(m[2]);
      out.push(href ? `<a href="${escapeMarkup(href)}">${inline(m[1])}</a>` : escapeMarkup(m[0]));
    } else if (m[3] !== undefined) out.push(`<strong>${inline(m[3])}</strong>`);
    else if (m[4] !== undefined) out.push(`<em>${inline(m[4])}</em>`);
    else if (m[5] !== undefined) out.push(`<code>${escapeMarkup(m[5])}</code>`);
    last = m.index + m[0].length;
  }
  out.push(escapeMarkup(text.slice(last)));
  return out.join('');
}

export function renderInlineMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((p) => `<p>${inline(p)}</p>`)
    .join('\n');
}
