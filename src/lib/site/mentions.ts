/**
 * "Mentioned in": which guides, categories and project pages link to a project, found from the
 * checked link syntax in their MDX (see src/lib/content/content-links.ts).
 */
import { findContentLinks } from '../content/content-links.ts';

export type MentionKind = 'guide' | 'category' | 'project';

export interface MentionSource {
  kind: MentionKind;
  title: string;
  url: string;
  /** Every text of the page that may hold links: the body, subcategory explanations… */
  texts: string[];
}

export interface Mention {
  kind: MentionKind;
  title: string;
  url: string;
}

const KIND_ORDER: Record<MentionKind, number> = { guide: 0, category: 1, project: 2 };

/** Project slug → the pages that link to it (never the project's own page), guides first, then by title. */
export function buildMentions(sources: MentionSource[]): Map<string, Mention[]> {
  const mentions = new Map<string, Mention[]>();
  for (const source of sources) {
    const targets = new Set(source.texts.flatMap(findContentLinks).filter((l) => l.kind === 'project').map((l) => l.target));
    for (const slug of targets) {
      if (source.url === `/projects/${slug}/`) continue;
      mentions.set(slug, [...(mentions.get(slug) ?? []), { kind: source.kind, title: source.title, url: source.url }]);
    }
  }
  for (const list of mentions.values()) {
    list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title, 'en') || a.url.localeCompare(b.url));
  }
  return mentions;
}
