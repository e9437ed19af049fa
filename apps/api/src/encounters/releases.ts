// Which release of a dataset is current for a month. Publishers revise past months in every release,
// so for each month the newest release that covers it wins; older ones stay as revision history.
import { Prisma } from '@borderdesk/db';

/**
 * Newest first: the release reaching furthest (a later file carries later months), then the later
 * publication, then the later import. Importing an old file after a new one never makes it current.
 * Written for a `"Release"` aliased `r`.
 */
export const newestReleaseFirst = Prisma.sql`r."lastMonth" DESC, r."publishedOn" DESC NULLS LAST, r."importedAt" DESC, r.id DESC`;

/** The same order for Prisma queries. */
export const newestReleaseOrder = [
  { lastMonth: 'desc' },
  { publishedOn: { sort: 'desc', nulls: 'last' } },
  { importedAt: 'desc' },
  { id: 'desc' },
] satisfies Prisma.ReleaseOrderByWithRelationInput[];

/**
 * `(month, releaseId)` of the release current for each month of a dataset, as a subquery.
 * With `asOfReleaseId`, the figures as they stood when that release was the newest: only it and the
 * releases it supersedes count.
 */
export function currentReleaseMonths(datasetId: number, asOfReleaseId?: number): Prisma.Sql {
  const asOf =
    asOfReleaseId === undefined
      ? Prisma.empty
      : Prisma.sql`AND (r."lastMonth", coalesce(r."publishedOn", '-infinity'::date), r."importedAt", r.id) <= (
          SELECT a."lastMonth", coalesce(a."publishedOn", '-infinity'::date), a."importedAt", a.id
          FROM "Release" a WHERE a.id = ${asOfReleaseId})`;
  return Prisma.sql`(
    SELECT DISTINCT ON (rm.month) rm.month, rm."releaseId"
    FROM "ReleaseMonth" rm JOIN "Release" r ON r.id = rm."releaseId"
    WHERE rm."datasetId" = ${datasetId} ${asOf}
    ORDER BY rm.month, ${newestReleaseFirst}
  )`;
}
