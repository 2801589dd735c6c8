/**
 * Logos for items whose own logo is not available: the brand icon from simple-icons when one
 * matches the item's name, else a monogram generated from the name.
 */
import * as simpleIcons from 'simple-icons';
import { escapeMarkup } from '../site/escape-markup.ts';

export interface GeneratedLogo {
  svg: string;
  /** width / height */
  aspect: number;
}

function key(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

let byName: Map<string, { title: string; slug: string; hex: string; path: string }> | undefined;

/** The simple-icons brand icon whose title matches the name (ignoring case and punctuation). */
export function brandIcon(name: string): (GeneratedLogo & { slug: string }) | undefined {
  if (!byName) {
    byName = new Map();
    for (const icon of Object.values(simpleIcons)) {
      if (typeof icon === 'object' && icon && 'path' in icon) byName.set(key(icon.title), icon);
    }
  }
  const icon = byName.get(key(name));
  if (!icon) return undefined;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>${escapeMarkup(icon.title)}</title><path fill="#${icon.hex}" d="${icon.path}"/></svg>`;
  return { svg, aspect: 1, slug: icon.slug };
}

/** Up to two letters: the initials of the first two words, or the first two letters of one word. */
export function initials(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s\-_/.]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const letters = words.length >= 2 ? [words[0]?.[0], words[1]?.[0]] : [...(words[0] ?? '')].slice(0, 2);
  return letters.join('').toUpperCase() || '?';
}

/** A stable hue from the name, so an item keeps its colour between builds. */
function hue(name: string): number {
  let h = 0;
  for (const c of name) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 360;
  return h;
}

/** A square monogram; dark text on a light tint keeps contrast above 4.5:1 in both themes. */
export function monogram(name: string): GeneratedLogo {
  const text = escapeMarkup(initials(name));
  const h = hue(name);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="hsl(${h} 60% 90%)"/>` +
    `<text x="32" y="41" font-family="system-ui,sans-serif" font-size="26" font-weight="700" text-anchor="middle" fill="hsl(${h} 70% 22%)">${text}</text></svg>`;
  return { svg, aspect: 1 };
}
