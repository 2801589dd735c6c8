/**
 * The history files the importer's history mode writes (content/history/), read once and checked
 * against their schemas, so a malformed file fails the build naming the file and the field. A
 * content folder without them (before a history import) builds with no history.
 */
import { landscapeHistorySchema, removedItemSchema, type LandscapeHistoryData, type RemovedItemData } from '../../schemas/landscape-history-data.ts';

const files = import.meta.glob<unknown>('../../../content/history/*.json', { eager: true, import: 'default' });
const file = (name: string): unknown => files[`../../../content/history/${name}`];

function checked<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    const detail = issues?.slice(0, 5).map((i) => `field "${i.path.map(String).join('.')}": ${i.message}`).join('; ');
    throw new Error(`content/history/${file}: ${detail ?? (error as Error).message}`);
  }
}

let removed: RemovedItemData[] | undefined;
let landscape: LandscapeHistoryData | undefined;

/** Items that have left the landscape, by key. */
export function removedItems(): RemovedItemData[] {
  removed ??= checked('removed.json', () => removedItemSchema.array().parse(file('removed.json') ?? []));
  return removed;
}

/** The landscape over time and old category keys. */
export function landscapeHistory(): LandscapeHistoryData {
  landscape ??= checked('landscape.json', () => landscapeHistorySchema.parse(file('landscape.json') ?? { years: [], category_keys: {} }));
  return landscape;
}
