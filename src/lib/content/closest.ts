/** Edit distance between two strings (Levenshtein), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidates nearest to `value`, best first (at most `limit`, within a sensible distance). */
export function nearest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const v = value.toLowerCase();
  const max = Math.max(2, Math.floor(v.length / 3));
  return [...candidates]
    .map((c) => {
      const l = c.toLowerCase();
      // A slug that contains what was typed (or the reverse) is a strong hint: "maturity" → "cncf-maturity-levels".
      const contains = Math.min(l.length, v.length) >= 3 && (l.includes(v) || v.includes(l));
      return { c, d: contains ? 1 : editDistance(v, l) };
    })
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** The single nearest candidate, if any is close. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  return nearest(value, candidates, 1)[0];
}
