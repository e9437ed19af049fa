// References between editorial records are written as slugs (every record another one points at has
// one: actors, sources, statements, policies, datasets). They are looked up together, one query per
// kind of record however many there are, and each one that is unknown or archived is a field problem.
import { type ActorKind, Prisma } from '@borderdesk/db';
import { Problems } from './fields.js';
import type { Transaction } from './records.js';
import type { FieldPath } from './results.js';

export type Slugged = 'actor' | 'source' | 'statement' | 'policy' | 'dataset';

export interface Reference {
  to: Slugged;
  slug: string;
  path: FieldPath;
  /** For actors: the kind the reference needs (a role's person is a PERSON). */
  kind?: ActorKind;
}

interface Found {
  id: number;
  slug: string;
  archivedAt: Date | null;
  kind?: ActorKind;
}

/**
 * The rows of `slugs` in `table`, locked FOR SHARE until the transaction ends: a record checked live
 * here cannot be archived (or its kind changed) before the reference to it is committed.
 */
function lookUp(table: string, columns: string) {
  return (tx: Transaction, slugs: string[]) =>
    tx.$queryRaw<Found[]>(Prisma.sql`
      SELECT ${Prisma.raw(columns)} FROM ${Prisma.raw(`"${table}"`)}
      WHERE "slug" IN (${Prisma.join(slugs)}) FOR SHARE`);
}

const columns = `"id", "slug", "archivedAt"`;
const finders: Record<Slugged, (tx: Transaction, slugs: string[]) => Promise<Found[]>> = {
  actor: lookUp('Actor', `${columns}, "kind"::text AS "kind"`),
  source: lookUp('Source', columns),
  statement: lookUp('Statement', columns),
  policy: lookUp('Policy', columns),
  // Datasets are not edited here, so never archived.
  dataset: lookUp('Dataset', `"id", "slug", NULL::timestamp AS "archivedAt"`),
};

export interface ResolvedReferences {
  /** The id of a referenced record; only for references that were looked up and found. */
  id(to: Slugged, slug: string): number;
  /** Like `id`, for an optional reference: null stays null, undefined (not given) stays undefined. */
  optionalId(to: Slugged, slug: string | null | undefined): number | null | undefined;
}

/**
 * Looks every reference up; each unknown, archived or (for actors) wrong-kind one is added to
 * `problems`, which are then thrown with whatever the caller found before.
 */
export async function resolveReferences(
  tx: Transaction,
  references: Reference[],
  problems = new Problems(),
): Promise<ResolvedReferences> {
  const wanted = new Map<Slugged, Set<string>>();
  for (const { to, slug } of references) wanted.set(to, (wanted.get(to) ?? new Set()).add(slug));
  const found = new Map<string, Found>();
  for (const [to, slugs] of wanted) {
    for (const row of await finders[to](tx, [...slugs])) found.set(`${to}:${row.slug}`, row);
  }
  for (const { to, slug, path, kind } of references) {
    const row = found.get(`${to}:${slug}`);
    if (!row) problems.add(path, `names no ${to}: '${slug}'`);
    else if (row.archivedAt) problems.add(path, `names an archived ${to}: '${slug}' (restore it first)`);
    else if (kind && row.kind !== kind)
      problems.add(path, `'${slug}' is not ${kind === 'PERSON' ? 'a person' : 'an organization'}`);
  }
  problems.throwIfAny();
  const id = (to: Slugged, slug: string) => {
    const row = found.get(`${to}:${slug}`);
    if (!row) throw new Error(`${to} '${slug}' was not looked up`);
    return row.id;
  };
  return { id, optionalId: (to, slug) => (slug == null ? slug : id(to, slug)) };
}

/** A reference to look up, or none when the slug is absent (not given, or null to clear it). */
export function reference(
  to: Slugged,
  slug: string | null | undefined,
  path: FieldPath,
  kind?: ActorKind,
): Reference[] {
  return slug == null ? [] : [{ to, slug, path, ...(kind ? { kind } : {}) }];
}

/** The references of a list of slugs, each at its position. */
export function references(to: Slugged, slugs: readonly string[] | null | undefined, path: FieldPath): Reference[] {
  return (slugs ?? []).map((slug, index) => ({ to, slug, path: [...path, String(index)] }));
}
