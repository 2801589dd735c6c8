/** The guides in reading order (frontmatter `order`, then title), and each guide's neighbours in it. */
export function sortGuides<T extends { id: string; data: { order: number; title: string } }>(guides: T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export function guideNeighbours<T extends { id: string }>(sorted: T[], id: string): { previous: T | undefined; next: T | undefined } {
  const i = sorted.findIndex((g) => g.id === id);
  return i < 0 ? { previous: undefined, next: undefined } : { previous: sorted[i - 1], next: sorted[i + 1] };
}
