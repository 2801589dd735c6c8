/**
 * Badges for docs and READMEs: a two-part SVG, "CNCF | graduated" or "CNCF landscape | listed",
 * drawn at build time without fonts or scripts. Widths are estimated from Verdana's average glyph
 * widths at 11 px, as shields.io-style badges are, so text never overflows its box.
 */
import type { Maturity } from '../../schemas/common.ts';
import { escapeMarkup } from './escape-markup.ts';

const COLORS: Record<Maturity | 'listed', string> = {
  graduated: '#0b6e4f',
  incubating: '#1f5fa8',
  sandbox: '#8a5a00',
  archived: '#555555',
  listed: '#3d4a5c',
};

const NARROW = /[ijlI.,:;'!|()[\]\s]/;
const WIDE = /[mwMW@]/;

/** Approximate rendered width of text in 11 px Verdana. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += NARROW.test(ch) ? 3.5 : WIDE.test(ch) ? 10 : /[A-Z0-9]/.test(ch) ? 7.5 : 6.6;
  return Math.ceil(width);
}

export function badgeText(maturity: Maturity | undefined): { label: string; value: string; color: string } {
  return maturity ? { label: 'CNCF', value: maturity, color: COLORS[maturity] } : { label: 'CNCF landscape', value: 'listed', color: COLORS.listed };
}

function parts(maturity: Maturity | undefined) {
  const text = badgeText(maturity);
  return { ...text, left: textWidth(text.label) + 12, right: textWidth(text.value) + 12 };
}

/** Width of the badge in pixels (its height is 20), for the <img> that shows it. */
export function badgeWidth(maturity: Maturity | undefined): number {
  const { left, right } = parts(maturity);
  return left + right;
}

/** The badge SVG; `title` is the accessible name (e.g. "Envoy: CNCF graduated"). */
export function badgeSvg(title: string, maturity: Maturity | undefined): string {
  const { label, value, color, left, right } = parts(maturity);
  const width = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeMarkup(title)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect width="${left}" height="20" rx="3" fill="#24292f"/>`,
    `<rect x="${left}" width="${right}" height="20" rx="3" fill="${color}"/>`,
    `<rect x="${left}" width="4" height="20" fill="${color}"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${left / 2}" y="14">${escapeMarkup(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${escapeMarkup(value)}</text>`,
    `</g></svg>\n`,
  ].join('');
}
