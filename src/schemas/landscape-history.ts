import { z } from 'astro/zod';

/**
 * The monthly snapshots of the upstream data file (../shared/landscape/history/YYYY-MM.yml.gz),
 * one schema per generation of its format. Only the fields the history uses are described; the
 * rest passes. Every generation nests items the same way: landscape → category → subcategories →
 * items.
 */

/** 2018-03 to 2018-11: `cncf_project` holds the CNCF maturity; misspelled keys (`rep_url`, `repu_url`) occur. */
export const snapshotItemV1Schema = z
  .object({
    /** Item name; also the landscape1 id (saneName). */
    name: z.string().min(1),
    /** Homepage. Default: none (a few entries lack it). */
    homepage_url: z.string().nullish(),
    /** Source repository. Default: none. */
    repo_url: z.string().nullish(),
    /** Misspelled `repo_url` in some early entries. Default: none. */
    rep_url: z.string().nullish(),
    /** Misspelled `repo_url` in some early entries. Default: none. */
    repu_url: z.string().nullish(),
    /** CNCF maturity in the first format ("incubating", "sandbox"…). Default: none. */
    cncf_project: z.union([z.string(), z.boolean()]).nullish(),
  })
  .loose();

/** 2018-12 to 2021-05: `project` holds the CNCF maturity; `second_path` lists other placements. */
export const snapshotItemV2Schema = snapshotItemV1Schema.extend({
  /** CNCF maturity (graduated, incubating, sandbox, archived). Default: none. */
  project: z.string().nullish(),
  /** Other placements, "Category / Subcategory". Default: none. */
  second_path: z.array(z.string()).nullish(),
});

/** 2021-06 on: `extra` holds CNCF details (dates, links); landscape2 reads this generation from 2023. */
export const snapshotItemV3Schema = snapshotItemV2Schema.extend({
  /** CNCF details (dates, links). Default: none. */
  extra: z.record(z.string(), z.unknown()).nullish(),
});

export type SnapshotItemInput = z.infer<typeof snapshotItemV3Schema>;

const subcategory = <T extends z.ZodType>(item: T) =>
  z.object({ name: z.string().min(1), items: z.array(item).nullish() }).loose();
const landscape = <T extends z.ZodType>(item: T) =>
  z.object({ landscape: z.array(z.object({ name: z.string().min(1), subcategories: z.array(subcategory(item)).nullish() }).loose()) }).loose();

/** Snapshot schemas by generation, oldest first, with the first month each applies to. */
export const SNAPSHOT_GENERATIONS = [
  { from: '2018-03', schema: landscape(snapshotItemV1Schema) },
  { from: '2018-12', schema: landscape(snapshotItemV2Schema) },
  { from: '2021-06', schema: landscape(snapshotItemV3Schema) },
] as const;

/** The schema for a snapshot month ("YYYY-MM"). */
export function snapshotSchemaFor(month: string) {
  return [...SNAPSHOT_GENERATIONS].reverse().find((g) => month >= g.from)?.schema ?? SNAPSHOT_GENERATIONS[0].schema;
}
