/**
 * Embeds: pages made to sit in another site's iframe (/embed/categories/<category>/<subcategory>/,
 * /embed/projects/<slug>/). The facts an item's embed shows, and the message an embed sends its
 * parent page with its height. The message part runs in browsers too (the embed reports, the
 * guide's live example listens), so nothing here imports Astro.
 */
import type { ProjectData } from '../../schemas/project.ts';
import { projectLinks, projectTimeline, type LabelledLink, type TimelineEvent } from './project-facts.ts';

/** An item's embed links to its own site, source and documentation: a card, not the page's full list. */
const EMBED_LINK_LABELS = ['Website', 'Source code', 'Documentation'];

export interface EmbedItemFacts {
  /** The month (YYYY-MM) the item first appeared in the landscape data, when the history knows it. */
  listedSince: string | undefined;
  /** The item's CNCF and membership dates, oldest first (empty for most items outside the CNCF). */
  timeline: TimelineEvent[];
  links: LabelledLink[];
}

export function embedItemFacts(data: ProjectData): EmbedItemFacts {
  return {
    listedSince: data.first_listed,
    timeline: projectTimeline(data),
    links: projectLinks(data).filter((l) => EMBED_LINK_LABELS.includes(l.label)),
  };
}

/** The `type` of the message an embed posts to its parent page whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'landscape-docs:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The embed's content height in CSS pixels, rounded up so that nothing is cut off. */
  height: number;
}

export const embedHeightMessage = (height: number): EmbedHeightMessage => ({ type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(height) });

/** What a parent page should accept as a height: anything else in a message event is ignored. */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height > 0;
}
