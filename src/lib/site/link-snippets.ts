/** The snippets a project page offers for linking to it from Markdown, HTML and AsciiDoc docs. */
import type { Maturity } from '../../schemas/common.ts';
import { escapeMarkup } from './escape-markup.ts';
import { projectUrl } from './urls.ts';

export interface Snippet {
  id: string;
  label: string;
  code: string;
}

const escapeMarkdown = (s: string) => s.replace(/([\\[\]()*_`])/g, '\\$1');
const escapeAsciidoc = (s: string) => s.replace(/([\],])/g, '\\$1');

export function linkSnippets(slug: string, name: string, maturity: Maturity | undefined, site: URL): { badgeAlt: string; formats: Snippet[] } {
  const page = new URL(projectUrl(slug), site).href;
  const badge = new URL(`/badges/${slug}.svg`, site).href;
  const badgeAlt = maturity ? `${name}: CNCF ${maturity}` : `${name} on the CNCF landscape`;
  return {
    badgeAlt,
    formats: [
      { id: 'markdown', label: 'Markdown', code: `[${escapeMarkdown(name)}](${page})\n[![${escapeMarkdown(badgeAlt)}](${badge})](${page})` },
      {
        id: 'html',
        label: 'HTML',
        code: `<a href="${page}">${escapeMarkup(name)}</a>\n<a href="${page}"><img src="${badge}" alt="${escapeMarkup(badgeAlt)}" height="20"></a>`,
      },
      { id: 'asciidoc', label: 'AsciiDoc', code: `${page}[${escapeAsciidoc(name)}]\nimage:${badge}[${escapeAsciidoc(badgeAlt)},link=${page}]` },
    ],
  };
}
