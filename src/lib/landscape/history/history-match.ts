/**
 * Recognizes the same item across the monthly snapshots and the current data, and collects what
 * the history says: when each current item was first listed, the ids and names it had, where it
 * moved; which items left the landscape, where and when they were listed; which item or page each
 * id of either landscape generation points to now. Pure, so it is unit-tested on small snapshots.
 *
 * An entry of a snapshot is the current item with, in this order: the same landscape2 id; the same
 * repository; the same name (in the same category when the name is shared); the same homepage when
 * only one current item and one entry of that month have it. Anything else is an item that left;
 * items that left are one record per repository, else per name, so renames before leaving merge.
 */
import { landscape1Id, landscapeItemId, normalizeName } from '../landscape-id.ts';
import type { Snapshot, SnapshotItem } from './history-read.ts';

export interface CurrentItem {
  slug: string;
  name: string;
  homepage: string;
  repo: string | undefined;
  /** Current landscape2 id. */
  landscapeId: string;
  category: string;
  subcategory: string;
}

export interface Move {
  /** First month at the new place. */
  month: string;
  from: string;
  to: string;
}

export interface ItemHistory {
  firstListed: string;
  /** landscape1 and landscape2 ids the item had that differ from its current ones. */
  formerIds: string[];
  formerNames: string[];
  moves: Move[];
}

export interface RemovedPlacement {
  category: string;
  subcategory: string;
  from: string;
  to: string;
}

export interface RemovedItem {
  /** Stable key: the landscape1 id of its last name. */
  key: string;
  name: string;
  formerNames: string[];
  homepage: string | undefined;
  repo: string | undefined;
  /** CNCF maturity it last had, if it was a CNCF project. */
  maturity: string | undefined;
  firstListed: string;
  lastListed: string;
  placements: RemovedPlacement[];
  ids: string[];
}

/** Where an id points: a current item's slug, or an item that left. */
export type IdTarget = { slug: string } | { removed: string };

export interface HistoryResult {
  items: Map<string, ItemHistory>;
  removed: RemovedItem[];
  /** landscape1 and landscape2 ids → target; the holder of an id last in time wins. */
  ids: Map<string, IdTarget>;
  /** Old category and subcategory keys of both generations → current "category/subcategory" names. */
  categories: Map<string, { category: string; subcategory: string | undefined }>;
  /** Per snapshot month: items per category, CNCF projects per maturity. */
  timeline: Array<{ month: string; categories: Record<string, number>; maturity: Record<string, number> }>;
}

const normUrl = (u: string | undefined) => (u ? u.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\.git$/, '').replace(/\/+$/, '') : undefined);
const normName = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const place = (i: { category: string; subcategory: string }) => `${i.category} / ${i.subcategory}`;
const MEMBERS = 'CNCF Members';
/** The kind a name's suffix marks: "(member)", "(KCSP)", "(KTP)"…, or none. */
const kind = (name: string) => /\(([^)]*)\)\s*$/.exec(name)?.[1]?.toLowerCase() ?? '';

function index<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

export function matchHistory(snapshots: Snapshot[], current: CurrentItem[]): HistoryResult {
  const byId = new Map(current.map((c) => [c.landscapeId, c]));
  const byRepo = index(current, (c) => normUrl(c.repo));
  const byName = index(current, (c) => normName(c.name));
  const byHome = index(current, (c) => normUrl(c.homepage));

  /** By id or name: strong evidence, any number of entries of a month may match one item. */
  const matchByName = (entry: SnapshotItem): CurrentItem | undefined => {
    const direct = byId.get(landscapeItemId(entry.category, entry.subcategory, entry.name));
    if (direct) return direct;
    const named = byName.get(normName(entry.name)) ?? [];
    if (named.length === 1) return named[0];
    const sameCategory = named.filter((c) => normalizeName(c.category) === normalizeName(entry.category));
    return sameCategory.length === 1 ? sameCategory[0] : undefined;
  };
  /**
   * By repository, else by a homepage that only one current item and one entry of the month have:
   * renames. Only for items no entry of the month matched by name, so that two items sharing a
   * repository (Kubernetes and a Kubernetes installer) stay two.
   */
  const matchByLinks = (entry: SnapshotItem, homeCounts: Map<string, number>, taken: Set<string>): CurrentItem | undefined => {
    if ((byName.get(normName(entry.name)) ?? []).length > 0) return undefined;
    // A company's member entry, its KCSP entry and its product share links but are different items.
    const sameKind = (c: CurrentItem) => kind(c.name) === kind(entry.name) && (c.category === MEMBERS) === (entry.category === MEMBERS);
    const repo = (byRepo.get(normUrl(entry.repo) ?? '') ?? []).filter((c) => !taken.has(c.slug) && sameKind(c));
    if (repo.length === 1) return repo[0];
    const home = normUrl(entry.homepage);
    const homed = home ? (byHome.get(home) ?? []).filter((c) => !taken.has(c.slug) && sameKind(c)) : [];
    return homed.length === 1 && homeCounts.get(home ?? '') === 1 ? homed[0] : undefined;
  };

  const items = new Map<string, ItemHistory & { lastPlace?: string; names: Set<string>; idSet: Set<string> }>();
  const removedByKey = new Map<string, RemovedItem & { open: Map<string, RemovedPlacement> }>();
  const removedRepo = new Map<string, string>();
  const ids = new Map<string, IdTarget>();
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, target: string) => {
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(target, (v.get(target) ?? 0) + 1);
    votes.set(key, v);
  };
  const timeline: HistoryResult['timeline'] = [];

  for (const snapshot of [...snapshots].sort((a, b) => a.month.localeCompare(b.month))) {
    const homeCounts = new Map<string, number>();
    for (const e of snapshot.items) {
      const h = normUrl(e.homepage);
      if (h) homeCounts.set(h, (homeCounts.get(h) ?? 0) + 1);
    }
    const categories: Record<string, number> = {};
    const maturity: Record<string, number> = {};
    const matched = snapshot.items.map((entry) => matchByName(entry));
    const taken = new Set(matched.filter((m) => m !== undefined).map((m) => m.slug));
    snapshot.items.forEach((entry, i) => {
      if (matched[i]) return;
      const found = matchByLinks(entry, homeCounts, taken);
      if (found) taken.add(found.slug);
      matched[i] = found;
    });
    // The main placement of an item that month is its first entry; extra placements are not moves.
    const mainPlace = new Map<string, string>();
    snapshot.items.forEach((entry, i) => {
      const slug = matched[i]?.slug;
      if (slug && !mainPlace.has(slug)) mainPlace.set(slug, place(entry));
    });
    for (const [slug, here] of mainPlace) {
      const h = items.get(slug) ?? { firstListed: snapshot.month, formerIds: [], formerNames: [], moves: [], names: new Set<string>(), idSet: new Set<string>() };
      if (h.lastPlace !== undefined && h.lastPlace !== here) h.moves.push({ month: snapshot.month, from: h.lastPlace, to: here });
      h.lastPlace = here;
      items.set(slug, h);
    }
    const countedMaturity = new Set<string>();
    snapshot.items.forEach((entry, i) => {
      categories[entry.category] = (categories[entry.category] ?? 0) + 1;
      const ids2 = landscapeItemId(entry.category, entry.subcategory, entry.name);
      const id1 = landscape1Id(entry.name);
      const found = matched[i];
      if (found) {
        if (entry.maturity && !countedMaturity.has(found.slug)) maturity[entry.maturity] = (maturity[entry.maturity] ?? 0) + 1;
        countedMaturity.add(found.slug);
        const h = items.get(found.slug)!;
        h.names.add(entry.name);
        h.idSet.add(ids2).add(id1);
        ids.set(ids2, { slug: found.slug });
        ids.set(id1, { slug: found.slug });
        vote(`${normalizeName(entry.category)}--${normalizeName(entry.subcategory)}`, `${found.category}\u0000${found.subcategory}`);
        vote(normalizeName(entry.category), `${found.category}\u0000`);
        vote(landscape1Id(entry.subcategory), `${found.category}\u0000${found.subcategory}`);
        vote(landscape1Id(entry.category), `${found.category}\u0000`);
      } else {
        const repo = normUrl(entry.repo);
        const key = (repo && removedRepo.get(repo)) ?? landscape1Id(entry.name);
        if (repo && !removedRepo.has(repo)) removedRepo.set(repo, key);
        const r = removedByKey.get(key) ?? {
          key, name: entry.name, formerNames: [], homepage: entry.homepage, repo: entry.repo, maturity: undefined,
          firstListed: snapshot.month, lastListed: snapshot.month, placements: [], ids: [], open: new Map<string, RemovedPlacement>(),
        };
        if (r.name !== entry.name && !r.formerNames.includes(r.name)) r.formerNames.push(r.name);
        r.name = entry.name;
        r.homepage = entry.homepage ?? r.homepage;
        r.repo = entry.repo ?? r.repo;
        r.maturity = entry.maturity ?? r.maturity;
        r.lastListed = snapshot.month;
        const p = r.open.get(place(entry)) ?? { category: entry.category, subcategory: entry.subcategory, from: snapshot.month, to: snapshot.month };
        p.to = snapshot.month;
        if (!r.open.has(place(entry))) {
          r.open.set(place(entry), p);
          r.placements.push(p);
        }
        for (const id of [ids2, id1]) if (!r.ids.includes(id)) r.ids.push(id);
        removedByKey.set(key, r);
        ids.set(ids2, { removed: key });
        ids.set(id1, { removed: key });
      }
    });
    timeline.push({ month: snapshot.month, categories, maturity });
  }

  // The current data has the last word on every current id.
  for (const c of current) {
    ids.set(c.landscapeId, { slug: c.slug });
    ids.set(landscape1Id(c.name), { slug: c.slug });
  }
  const result = new Map<string, ItemHistory>();
  for (const c of current) {
    const h = items.get(c.slug);
    if (!h) continue;
    const own = new Set([c.landscapeId, landscape1Id(c.name)]);
    result.set(c.slug, {
      firstListed: h.firstListed,
      formerIds: [...h.idSet].filter((id) => !own.has(id)).sort(),
      formerNames: [...h.names].filter((n) => n !== c.name).sort(),
      moves: h.moves,
    });
  }
  const categories = new Map<string, { category: string; subcategory: string | undefined }>();
  for (const [key, v] of votes) {
    const best = [...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const [category = '', subcategory] = best.split('\u0000');
    categories.set(key, { category, subcategory: subcategory || undefined });
  }
  const removed = [...removedByKey.values()]
    .map(({ open: _open, ...r }) => ({ ...r, ids: r.ids.filter((id) => (ids.get(id) as { removed?: string })?.removed === r.key).sort() }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { items: result, removed, ids, categories, timeline };
}
