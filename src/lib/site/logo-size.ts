import type { ResolvedLogo } from '../logos/logo-build.ts';

/**
 * Width and height attributes for a logo drawn `box` pixels high and at most `maxRatio` times as
 * wide (or narrow), so the browser reserves the right space before the file arrives.
 */
export function logoSize(logo: Pick<ResolvedLogo, 'aspect'>, box: number, maxRatio = 2.5): { width: number; height: number } {
  const aspect = Math.min(Math.max(logo.aspect, 1 / maxRatio), maxRatio);
  return { width: Math.round(box * aspect), height: Math.round(box) };
}
