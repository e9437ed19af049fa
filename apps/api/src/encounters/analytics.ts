// The encounter analytics, each one SQL statement: series by period with breakdowns, top-N and
// change, records ("the lowest since …"), and what a newer release revised. Facts never travel to
// JavaScript; only the few result rows do.
import type { Dimension, PrismaClient } from '@borderdesk/db';
import { Prisma } from '@borderdesk/db';
import { UserInputError } from '../errors.js';
import { dimensionColumns, type EncounterFilter, filterSql } from './filter.js';
import {
  type Interval,
  monthDate,
  monthFromIndex,
  monthIndex,
  monthsPerPeriod,
  periodEnd,
  periodStart,
  periodStartSql,
  toMonth,
} from './periods.js';
import { currentReleaseMonths } from './releases.js';

export interface Change {
  /** Start of the period compared against, `YYYY-MM`. */
  start: string;
  value: number;
  absolute: number;
  /** Null when the earlier value is zero. */
  percent: number | null;
}

export interface SeriesPoint {
  start: string;
  months: number;
  /** Group values by fact column, or the "other" bucket beyond the top N; null when not grouped. */
  group: { values: Record<string, string | null>; other: boolean } | null;
  value: number;
  share: number | null;
  previous: Change | null;
  yearAgo: Change | null;
  releaseIds: number[];
}

export interface SeriesQuery {
  datasetId: number;
  filter: EncounterFilter;
  interval: Interval;
  groupBy: readonly Dimension[];
  top: number;
  asOfReleaseId?: number;
}

/** The months a query reads, widened to whole periods; `lookback` adds the year before for changes. */
export function queryMonths(interval: Interval, filter: EncounterFilter) {
  const first = filter.from ? periodStart(interval, filter.from) : null;
  const last = filter.to ? periodEnd(interval, periodStart(interval, filter.to)) : null;
  if (first && last && monthIndex(first) > monthIndex(last)) {
    throw new UserInputError(`filter.from (${filter.from}) is after filter.to (${filter.to}).`, 'filter.from');
  }
  return { first, last, lookback: first ? monthFromIndex(monthIndex(first) - 12) : null };
}

const step: Record<Interval, Prisma.Sql> = {
  MONTH: Prisma.sql`interval '1 month'`,
  QUARTER: Prisma.sql`interval '3 months'`,
  FISCAL_YEAR: Prisma.sql`interval '1 year'`,
  CALENDAR_YEAR: Prisma.sql`interval '1 year'`,
};

function monthBounds(column: Prisma.Sql, first: string | null, last: string | null): Prisma.Sql {
  return Prisma.sql`${first ? Prisma.sql`AND ${column} >= ${monthDate(first)}::date` : Prisma.empty}
    ${last ? Prisma.sql`AND ${column} <= ${monthDate(last)}::date` : Prisma.empty}`;
}

/**
 * The CTEs every analytics statement opens with: `chosen`, the release current for each month (or
 * as of a release); `periods`, the periods those months fall in, with how many months and which
 * releases each has; and the filtered facts summed by period (and group columns) as `factsName`.
 */
function periodCtes(
  query: { datasetId: number; interval: Interval; filter: EncounterFilter; asOfReleaseId?: number | undefined },
  bounds: { first: string | null; last: string | null },
  options: { factsName: 'grouped' | 'totals'; groupColumns?: Prisma.Sql; completeOnly?: boolean },
): Prisma.Sql {
  const { interval } = query;
  const groupColumns = options.groupColumns ?? Prisma.empty;
  const completeOnly = options.completeOnly ? Prisma.sql`HAVING count(*) = ${monthsPerPeriod[interval]}` : Prisma.empty;
  return Prisma.sql`
    WITH chosen AS ${currentReleaseMonths(query.datasetId, query.asOfReleaseId)},
    periods AS (
      SELECT ${periodStartSql(interval, Prisma.sql`c.month`)} AS period, count(*)::int AS months,
        array_agg(DISTINCT c."releaseId") AS release_ids
      FROM chosen c WHERE true ${monthBounds(Prisma.sql`c.month`, bounds.first, bounds.last)}
      GROUP BY 1 ${completeOnly}
    ),
    ${Prisma.raw(options.factsName)} AS (
      SELECT ${periodStartSql(interval, Prisma.sql`f.month`)} AS period ${groupColumns}, sum(f.count) AS value
      FROM "EncounterFact" f JOIN chosen c ON c."releaseId" = f."releaseId" AND c.month = f.month
      WHERE true ${monthBounds(Prisma.sql`f.month`, bounds.first, bounds.last)} ${filterSql(query.filter)}
      GROUP BY 1 ${groupColumns}
    )`;
}

/** The statement behind `encounterSeries`; exported so the benchmark can run the same SQL alone. */
export function seriesSql(query: SeriesQuery): Prisma.Sql {
  const { interval, filter, groupBy, top } = query;
  const { first, last, lookback } = queryMonths(interval, filter);
  const columns = groupBy.flatMap((dimension) => dimensionColumns[dimension]);
  const list = (alias: string) => Prisma.raw(columns.map((column) => `${alias}."${column}"`).join(', '));
  const withColumns = (alias: string) => (columns.length ? Prisma.sql`, ${list(alias)}` : Prisma.empty);
  const kept = Prisma.raw(
    columns.map((c) => `CASE WHEN g.rank <= ${Number(top)} THEN g."${c}" END AS "${c}"`).join(', ') || 'NULL',
  );
  const inRange = first ? Prisma.sql`g.period >= ${monthDate(first)}::date` : Prisma.sql`true`;
  // Groups are ranked by their total over the requested range with window functions, not a join back
  // on the group columns: those may be NULL, and a NULL-safe join cannot hash (seconds, not ms).
  const buckets = columns.length
    ? Prisma.sql`
      totals AS (
        SELECT g.*, sum(CASE WHEN ${inRange} THEN g.value ELSE 0 END) OVER (PARTITION BY ${list('g')}) AS total
        FROM grouped g
      ),
      ranked AS (SELECT t.*, dense_rank() OVER (ORDER BY t.total DESC, ${list('t')}) AS rank FROM totals t),
      buckets AS (
        SELECT g.period, least(g.rank, ${top + 1}) AS rank, ${kept}, sum(g.value) AS value
        FROM ranked g
        GROUP BY 1, 2${Prisma.raw(columns.map((_, i) => `, ${i + 3}`).join(''))}
      ),
      keys AS (SELECT DISTINCT rank ${withColumns('b')} FROM buckets b)`
    : Prisma.sql`
      buckets AS (SELECT period, 1 AS rank, value FROM grouped),
      keys AS (SELECT 1 AS rank)`;
  return Prisma.sql`
    ${periodCtes(query, { first: lookback, last }, { factsName: 'grouped', groupColumns: withColumns('f') })},
    ${buckets},
    series AS (
      SELECT p.period, p.months, k.rank ${withColumns('k')}, coalesce(b.value, 0)::bigint AS value
      FROM periods p CROSS JOIN keys k LEFT JOIN buckets b ON b.period = p.period AND b.rank = k.rank
    )
    SELECT s.period, s.rank ${withColumns('s')}, s.value,
      sum(s.value) OVER (PARTITION BY s.period) AS period_total,
      prev.period AS previous_period, prev.value AS previous_value, prev.months AS previous_months,
      ago.period AS year_ago_period, ago.value AS year_ago_value, ago.months AS year_ago_months,
      p.months, p.release_ids
    FROM series s JOIN periods p ON p.period = s.period
    LEFT JOIN series prev ON prev.rank = s.rank AND prev.period = (s.period - ${step[interval]})::date
    LEFT JOIN series ago ON ago.rank = s.rank AND ago.period = (s.period - interval '1 year')::date
    WHERE true ${first ? Prisma.sql`AND s.period >= ${monthDate(first)}::date` : Prisma.empty}
    ORDER BY s.period, s.rank`;
}

type SeriesRow = Record<string, unknown> & {
  period: Date;
  rank: bigint | number;
  value: bigint;
  period_total: bigint | string;
  previous_period: Date | null;
  previous_value: bigint | null;
  previous_months: number | null;
  year_ago_period: Date | null;
  year_ago_value: bigint | null;
  year_ago_months: number | null;
  months: number;
  release_ids: number[];
};

export async function encounterSeries(prisma: PrismaClient, query: SeriesQuery): Promise<SeriesPoint[]> {
  const rows = await prisma.$queryRaw<SeriesRow[]>(seriesSql(query));
  // A part of a period compared with a whole one (a fiscal year to date against a full year) would
  // read as a collapse: changes are only given between periods the dataset covers in full.
  const complete = (months: number | null) => months === monthsPerPeriod[query.interval];
  const columns = query.groupBy.flatMap((dimension) => dimensionColumns[dimension]);
  return rows.map((row) => {
    const value = Number(row.value);
    const total = Number(row.period_total);
    return {
      start: toMonth(row.period),
      months: row.months,
      group: columns.length
        ? {
            values: Object.fromEntries(columns.map((column) => [column, (row[column] as string | null) ?? null])),
            other: Number(row.rank) > query.top,
          }
        : null,
      value,
      share: columns.length ? (total === 0 ? null : value / total) : null,
      previous:
        complete(row.months) && complete(row.previous_months)
          ? change(value, row.previous_period, row.previous_value)
          : null,
      yearAgo:
        complete(row.months) && complete(row.year_ago_months)
          ? change(value, row.year_ago_period, row.year_ago_value)
          : null,
      releaseIds: row.release_ids.map(Number),
    };
  });
}

/** `after` against `before` in percent of `before` (−17.5 is 17.5% fewer); null when `before` is zero. */
export function percentChange(before: number, after: number): number | null {
  return before === 0 ? null : ((after - before) / before) * 100;
}

/** `value` against the earlier period starting at `start`, which had `before`. */
export function changeSince(start: string, before: number, value: number): Change {
  return { start, value: before, absolute: value - before, percent: percentChange(before, value) };
}

function change(value: number, period: Date | null, earlier: bigint | null): Change | null {
  return period === null || earlier === null ? null : changeSince(toMonth(period), Number(earlier), value);
}

export type RecordKind = 'LOWEST' | 'HIGHEST';

export interface RecordQuery {
  datasetId: number;
  filter: EncounterFilter;
  interval: Interval;
  kind: RecordKind;
  /** Any month of the period to rank; without one, the record period itself. */
  period?: string | null;
  asOfReleaseId?: number;
}

export interface RecordResult {
  start: string;
  value: number;
  /** 1 is the lowest (or highest) of all complete periods. */
  rank: number;
  periods: number;
  /** The last earlier period at least as low (or high); null when there is none. */
  since: { start: string; value: number } | null;
  firstStart: string;
  releaseIds: number[];
}

/** The statement behind `encounterRecord`. Only complete periods are ranked. */
export function recordSql(query: RecordQuery): Prisma.Sql {
  const { interval, kind } = query;
  const { first, last } = queryMonths(interval, query.filter);
  const target = query.period ? periodStart(interval, query.period) : null;
  const beats = kind === 'LOWEST' ? Prisma.sql`<` : Prisma.sql`>`;
  const ties = kind === 'LOWEST' ? Prisma.sql`<=` : Prisma.sql`>=`;
  const extreme = kind === 'LOWEST' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.sql`
    ${periodCtes(query, { first, last }, { factsName: 'totals', completeOnly: true })},
    series AS (
      SELECT p.period, coalesce(t.value, 0)::bigint AS value, p.release_ids
      FROM periods p LEFT JOIN totals t ON t.period = p.period
    ),
    target AS (
      SELECT * FROM series
      ${target ? Prisma.sql`WHERE period = ${monthDate(target)}::date` : Prisma.sql`ORDER BY value ${extreme}, period DESC LIMIT 1`}
    )
    SELECT t.period, t.value, t.release_ids,
      (SELECT count(*) FROM series s WHERE s.value ${beats} t.value) + 1 AS rank,
      (SELECT count(*) FROM series) AS periods,
      (SELECT min(period) FROM series) AS first_period,
      since.period AS since_period, since.value AS since_value
    FROM target t
    LEFT JOIN LATERAL (
      SELECT s.period, s.value FROM series s WHERE s.period < t.period AND s.value ${ties} t.value
      ORDER BY s.period DESC LIMIT 1
    ) since ON true`;
}

export async function encounterRecord(prisma: PrismaClient, query: RecordQuery): Promise<RecordResult> {
  const [row] = await prisma.$queryRaw<
    {
      period: Date;
      value: bigint;
      release_ids: number[];
      rank: bigint;
      periods: bigint;
      first_period: Date;
      since_period: Date | null;
      since_value: bigint | null;
    }[]
  >(recordSql(query));
  if (!row) {
    throw new UserInputError(
      query.period
        ? `The dataset has no complete ${query.interval.toLowerCase().replace('_', ' ')} containing ${query.period} in this range.`
        : 'The dataset has no complete period in this range.',
      query.period ? 'period' : 'filter',
    );
  }
  return {
    start: toMonth(row.period),
    value: Number(row.value),
    rank: Number(row.rank),
    periods: Number(row.periods),
    since:
      row.since_period && row.since_value !== null
        ? { start: toMonth(row.since_period), value: Number(row.since_value) }
        : null,
    firstStart: toMonth(row.first_period),
    releaseIds: row.release_ids.map(Number),
  };
}

export interface Revision {
  month: string;
  before: number;
  after: number;
}

/** Months both releases cover whose filtered totals differ, oldest first. */
export async function encounterRevisions(
  prisma: PrismaClient,
  query: { fromReleaseId: number; toReleaseId: number; filter: EncounterFilter },
): Promise<{ monthsCompared: number; revisions: Revision[] }> {
  const { fromReleaseId, toReleaseId, filter } = query;
  const { first, last } = queryMonths('MONTH', filter);
  const rows = await prisma.$queryRaw<{ month: Date; before: bigint; after: bigint }[]>`
    WITH common AS (
      SELECT a.month FROM "ReleaseMonth" a JOIN "ReleaseMonth" b ON b.month = a.month AND b."releaseId" = ${toReleaseId}
      WHERE a."releaseId" = ${fromReleaseId} ${monthBounds(Prisma.sql`a.month`, first, last)}
    ),
    totals AS (
      SELECT f.month,
        coalesce(sum(f.count) FILTER (WHERE f."releaseId" = ${fromReleaseId}), 0) AS before,
        coalesce(sum(f.count) FILTER (WHERE f."releaseId" = ${toReleaseId}), 0) AS after
      FROM "EncounterFact" f JOIN common USING (month)
      WHERE f."releaseId" IN (${fromReleaseId}, ${toReleaseId}) ${filterSql(filter)}
      GROUP BY f.month
    )
    SELECT c.month, coalesce(t.before, 0) AS before, coalesce(t.after, 0) AS after
    FROM common c LEFT JOIN totals t USING (month)
    ORDER BY c.month`;
  return {
    monthsCompared: rows.length,
    revisions: rows
      .filter((row) => row.before !== row.after)
      .map((row) => ({ month: toMonth(row.month), before: Number(row.before), after: Number(row.after) })),
  };
}
