/**
 * Writes a synthetic landscape data file of N items with the real file's shape: the same 15
 * categories and 80 subcategories, items copied from the real ones (names numbered, URLs made
 * unique), CNCF maturity and dates included, logos reused so they are real SVGs.
 *
 *   node scripts/bench/synthetic-landscape.ts <real landscape.yml> <items> <out.yml>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

interface Item extends Record<string, unknown> {
  name: string;
  homepage_url?: string;
  repo_url?: string;
}
interface Subcategory extends Record<string, unknown> {
  items?: Item[];
}
interface Category extends Record<string, unknown> {
  subcategories: Subcategory[];
}

export function syntheticLandscape(real: { landscape: Category[] }, count: number): { landscape: Category[] } {
  const slots = real.landscape.flatMap((c, ci) => c.subcategories.flatMap((s, si) => (s.items ?? []).map((item) => ({ ci, si, item }))));
  const out = real.landscape.map((c) => ({ ...c, subcategories: c.subcategories.map((s) => ({ ...s, items: [] as Item[] })) }));
  for (let i = 0; i < count; i++) {
    // Below the real size, take an even spread of the real items; above it, number the copies.
    const slot = count <= slots.length ? slots[Math.floor((i * slots.length) / count)]! : slots[i % slots.length]!;
    const copy = count <= slots.length ? 0 : Math.floor(i / slots.length);
    const { description: _d, summary_use_case: _u, summary_business_use_case: _b, ...facts } = slot.item;
    const item: Item = copy === 0 ? { ...facts } : { ...facts, name: `${facts.name} ${copy + 1}` };
    if (copy > 0) {
      if (item.homepage_url) item.homepage_url = `${item.homepage_url}${item.homepage_url.includes('?') ? '&' : '?'}copy=${copy + 1}`;
      if (item.repo_url) item.repo_url = `${item.repo_url}-copy-${copy + 1}`;
      delete item['extra'];
      delete item['project'];
    }
    out[slot.ci]!.subcategories[slot.si]!.items!.push(item);
  }
  return { landscape: out };
}

if (import.meta.main) {
  const [input, count, output] = process.argv.slice(2);
  if (!input || !count || !output) throw new Error('usage: synthetic-landscape.ts <landscape.yml> <items> <out.yml>');
  const real = parse(readFileSync(input, 'utf8')) as { landscape: Category[] };
  writeFileSync(output, stringify(syntheticLandscape(real, Number(count)), { lineWidth: 0 }));
}
