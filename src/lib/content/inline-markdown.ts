/**
 * Renders the short Markdown texts kept in frontmatter (subcategory explanations) to HTML:
 * paragraphs, links (including our project:/category:/guide: schemes), bold, italics and code.
 * Everything else is escaped as text, so frontmatter can never inject markup.
 */
import { escapeMarkup } from '../site/escape-markup.ts';
import { contentLinkUrl, type LinkKind } from './content-links.ts';

/** Where a link of our schemes goes; translations send untranslated targets to English, marked. */
export type LinkResolver = (kind: LinkKind, target: string) => { url: string; mark?: string | undefined };

const englishSite: LinkResolver = (kind, target) => ({ url: contentLinkUrl(kind, target) });

function linkHref(url: string, resolve: LinkResolver): { href: string; mark?: string | undefined } | undefined {
  const scheme = /^(project|category|guide):([^#\s]*)(#\S*)?$/.exec(url);
  if (scheme) {
    const { url: href, mark } = resolve(scheme[1] as LinkKind, scheme[2] ?? '');
    return { href: href + (scheme[3] ?? ''), mark };
  }
  if (/^(https?:\/\/|\/|#)/.test(url)) return { href: url };
  return undefined;
}

function inline(text: string, resolve: LinkResolver): string {
  const out: string[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(escapeMarkup(text.slice(last, m.index)));
    if (m[1] !== undefined && m[2] !== undefined) {
      const link = linkHref(m[2], resolve);
      out.push(link ? `<a href="${escapeMarkup(link.href)}">${inline(m[1], resolve)}</a>${link.mark ? ` <span class="lang-mark">(${escapeMarkup(link.mark)})</span>` : ''}` : escapeMarkup(m[0]));
    } else if (m[3] !== undefined) out.push(`<strong>${inline(m[3], resolve)}</strong>`);
    else if (m[4] !== undefined) out.push(`<em>${inline(m[4], resolve)}</em>`);
    else if (m[5] !== undefined) out.push(`<code>${escapeMarkup(m[5])}</code>`);
    last = m.index + m[0].length;
  }
  out.push(escapeMarkup(text.slice(last)));
  return out.join('');
}

export function renderInlineMarkdown(text: string, resolve: LinkResolver = englishSite): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((p) => `<p>${inline(p, resolve)}</p>`)
    .join('\n');
}
