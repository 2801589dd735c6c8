/**
 * Links between pages, written in MDX as plain Markdown with our own URL schemes:
 *
 *   [Envoy](project:envoy)                         → /projects/envoy/
 *   [Service Mesh](category:orchestration-management/service-mesh)
 *   [Provisioning](category:provisioning)          → /categories/provisioning/
 *   [maturity levels](guide:cncf-maturity-levels)  → /guides/cncf-maturity-levels/
 *
 * or as a component: <ProjectLink slug="envoy" />. content-check.ts fails the build on a link to
 * nothing (with file, line and the nearest names); the Vite plugin in
 * src/integrations/content-links.ts rewrites the schemes to URLs before MDX compiles the page.
 */
import { categoryUrl, guideUrl, projectUrl, subcategoryUrl } from '../site/urls.ts';

export type LinkKind = 'project' | 'category' | 'guide';

export interface ContentLink {
  kind: LinkKind;
  target: string;
  /** 1-based line in the text searched. */
  line: number;
}

const MARKDOWN_LINK = /\]\((project|category|guide):([^)\s#]*)(#[^)\s]*)?\)/g;
const COMPONENT = /<ProjectLink\b[^>]*\bslug=["']([^"']*)["']/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function findContentLinks(text: string): ContentLink[] {
  const links: ContentLink[] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    links.push({ kind: m[1] as LinkKind, target: m[2] ?? '', line: lineAt(text, m.index) });
  }
  for (const m of text.matchAll(COMPONENT)) {
    links.push({ kind: 'project', target: m[1] ?? '', line: lineAt(text, m.index) });
  }
  return links.sort((a, b) => a.line - b.line);
}

export function contentLinkUrl(kind: LinkKind, target: string): string {
  if (kind === 'project') return projectUrl(target);
  if (kind === 'guide') return guideUrl(target);
  const [category = '', sub] = target.split('/');
  return sub ? subcategoryUrl(category, sub) : categoryUrl(category);
}

/** Replaces the link schemes with site URLs; anchors are kept. */
export function rewriteContentLinks(text: string): string {
  return text.replace(MARKDOWN_LINK, (_, kind: LinkKind, target: string, hash?: string) => `](${contentLinkUrl(kind, target)}${hash ?? ''})`);
}
