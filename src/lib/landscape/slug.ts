/**
 * URL slugs. A slug is chosen once, when an item first appears, and then never changes: it is the
 * file name of the item's MDX page. These helpers only choose new slugs.
 */

/** ASCII, lower-case, hyphen-separated; accents are folded so "Kübernetes" gives "kubernetes". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, '-plus-')
    .replace(/#/g, '-sharp-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What every slug in content/ must look like. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Picks a slug for a new item that no other item holds: the slugified name, else the name plus the
 * subcategory, else a numbered form. `taken` is updated with the choice.
 */
export function allocateSlug(name: string, subcategorySlug: string, taken: Set<string>): string {
  const base = slugify(name) || 'item';
  const candidates = [base, `${base}-${subcategorySlug}`];
  for (const candidate of candidates) {
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
