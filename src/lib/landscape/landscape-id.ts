/**
 * Identifiers the way cncf/landscape2 computes them, so that links of the form
 * `https://landscape.cncf.io/?item=<id>` can be translated to our pages.
 *
 * landscape2 (crates/core/src/util.rs, `normalize_name`): spaces become hyphens, every character
 * that is not a letter, a digit, a hyphen or a plus becomes a hyphen, letters are lower-cased, runs
 * of hyphens collapse to one and a single trailing hyphen is dropped. A leading hyphen is kept,
 * because landscape2 keeps it too.
 */
export function normalizeName(value: string): string {
  let out = '';
  for (const char of value.replaceAll(' ', '-')) {
    out += /[\p{L}\p{N}\-+]/u.test(char) ? char.toLowerCase() : '-';
  }
  out = out.replace(/-{2,}/g, '-');
  return out.endsWith('-') ? out.slice(0, -1) : out;
}

/** The landscape2 id of an item: `<category>--<subcategory>--<name>`, each part normalized. */
export function landscapeItemId(category: string, subcategory: string, name: string): string {
  return [category, subcategory, name].map(normalizeName).join('--');
}

/**
 * The id landscape1 (cncf/landscapeapp, 2017–2023) gave an item: `saneName(name)`, that is lodash's
 * `deburr(paramCase(name))` (src/utils/saneName.js). change-case's paramCase splits words at
 * lower-to-upper changes ("CoreDNS" → "core-dns") and before the last capital of a run followed by
 * a lower-case letter ("OPAGatekeeper" → "opa-gatekeeper"), drops every other character, lower-cases
 * and joins with hyphens; deburr strips accents.
 */
export function landscape1Id(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}
