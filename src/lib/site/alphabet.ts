/** Groups names under their first letter (A–Z, then "#" for digits and everything else), in order. */
export function groupByInitial<T extends { name: string }>(items: T[]): Array<{ letter: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = item.name.normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: list }));
}
