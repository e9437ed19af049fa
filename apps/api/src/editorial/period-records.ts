// The record around a period of the encounter series: the policies in effect, the policy events and
// the statements dated within it. Each function answers for many periods in one SQL statement (the
// periods travel as one JSON parameter), so a series of any length costs one statement per field.
//
// Dates on the record may be partial (`2024-12` with MONTH precision is some day of December). An
// item is dated within a period only when every day its date can mean is inside it: a statement of
// `2024-12` counts for December, the fourth quarter and calendar 2024, but one of `2024` counts for
// calendar 2024 alone. Archived policies, events and statements are left out, as from every list.
import type { PrismaClient } from '@borderdesk/db';
import { Prisma } from '@borderdesk/db';
import type { MonthRange } from '../encounters/month-range.js';

/** The ranges as rows `w(i, first_day, last_day)`, `i` being the index of the range in `ranges`. */
function rangeRows(ranges: readonly MonthRange[]): Prisma.Sql {
  const rows = JSON.stringify(ranges.map(({ first, last }, i) => ({ i, first: `${first}-01`, last: `${last}-01` })));
  return Prisma.sql`(
    SELECT r.i, r.first AS first_day, (r.last + interval '1 month' - interval '1 day')::date AS last_day
    FROM json_to_recordset(${rows}::json) AS r(i int, first date, last date)
  ) w`;
}

/** The last day a partial date can mean: `2024-12` with MONTH precision may be as late as 2024-12-31. */
function latestDay(date: Prisma.Sql, precision: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE ${precision}
    WHEN 'YEAR' THEN date_trunc('year', ${date}) + interval '1 year' - interval '1 day'
    WHEN 'MONTH' THEN date_trunc('month', ${date}) + interval '1 month' - interval '1 day'
    ELSE ${date} END)::date`;
}

/** `(i, id)` rows, in the statement's order, as one list of ids per range. */
async function idsPerRange(prisma: PrismaClient, ranges: readonly MonthRange[], sql: Prisma.Sql): Promise<number[][]> {
  const rows = await prisma.$queryRaw<{ i: number; id: number }[]>(sql);
  const lists = ranges.map((): number[] => []);
  for (const { i, id } of rows) lists[i]?.push(id);
  return lists;
}

/**
 * Policies in effect at some time during each range: in effect from `effectiveOn` (the earliest
 * EFFECTIVE event) on or before the range's last day, and not ended, i.e. no RESCINDED or EXPIRED
 * event whose date (its latest possible day, for a partial one) is on or before the range's first
 * day. A policy with no EFFECTIVE event on record is never in effect. By effective date, then title.
 */
export function policiesInEffect(prisma: PrismaClient, ranges: readonly MonthRange[]): Promise<number[][]> {
  return idsPerRange(
    prisma,
    ranges,
    Prisma.sql`
      SELECT w.i, p.id
      FROM ${rangeRows(ranges)} JOIN "Policy" p ON p."effectiveOn" <= w.last_day
      WHERE p."archivedAt" IS NULL AND NOT EXISTS (
        SELECT FROM "PolicyEvent" e
        WHERE e."policyId" = p.id AND e.kind IN ('RESCINDED', 'EXPIRED') AND e."archivedAt" IS NULL
          AND ${latestDay(Prisma.sql`e.date`, Prisma.sql`e."datePrecision"`)} <= w.first_day
      )
      ORDER BY w.i, p."effectiveOn", p.title, p.id`,
  );
}

/** Policy events dated within each range, oldest first; an archived policy's events go with it. */
export function policyEventsWithin(prisma: PrismaClient, ranges: readonly MonthRange[]): Promise<number[][]> {
  return idsPerRange(
    prisma,
    ranges,
    Prisma.sql`
      SELECT w.i, e.id
      FROM ${rangeRows(ranges)} JOIN "PolicyEvent" e ON e.date BETWEEN w.first_day AND w.last_day
        JOIN "Policy" p ON p.id = e."policyId"
      WHERE ${latestDay(Prisma.sql`e.date`, Prisma.sql`e."datePrecision"`)} <= w.last_day
        AND e."archivedAt" IS NULL AND p."archivedAt" IS NULL
      ORDER BY w.i, e.date, e.id`,
  );
}

/** The first `limit` statements said within each range, oldest first. */
export function statementsWithin(
  prisma: PrismaClient,
  ranges: readonly MonthRange[],
  limit: number,
): Promise<number[][]> {
  return idsPerRange(
    prisma,
    ranges,
    Prisma.sql`
      SELECT i, id FROM (
        SELECT w.i, s.id, row_number() OVER (PARTITION BY w.i ORDER BY s."saidOn", s.id) AS n
        FROM ${rangeRows(ranges)} JOIN "Statement" s ON s."saidOn" BETWEEN w.first_day AND w.last_day
        WHERE ${latestDay(Prisma.sql`s."saidOn"`, Prisma.sql`s."saidOnPrecision"`)} <= w.last_day
          AND s."archivedAt" IS NULL
      ) numbered
      WHERE n <= ${limit}
      ORDER BY i, n`,
  );
}
