// Checks claims against the encounter figures, after schema.org ClaimReview: the verdict is the
// review's rating, the reason its explanation. Figures come from the analytics SQL. The claims of a
// request are checked together, in statements that do not grow with their number: one dataset pick
// and one coverage query for all of them, one series per dataset and filter for values and changes
// (encounters/figures.ts), one statement for every record and one for every "first time". Whatever
// keeps a claim from being checked (an unknown dimension, a month the data lacks) is a NOT_CHECKABLE
// verdict with its reason, never an error.
import type { ClaimAssertion, PrismaClient } from '@borderdesk/db';
import { Prisma } from '@borderdesk/db';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { percentChange, recordSql, type SeriesPoint } from '../encounters/analytics.js';
import { seriesFor } from '../encounters/figures.js';
import { activeFilters, type EncounterFilter, filterDimensions, filterSql } from '../encounters/filter.js';
import { monthsInWords } from '../encounters/month-range.js';
import { monthDate, toMonth } from '../encounters/periods.js';
import { currentReleaseMonths } from '../encounters/releases.js';
import { type DatasetChoice, selectDatasets } from '../encounters/select-dataset.js';
import { type ClaimSpec, maxDecimals, type SpecProblem, specProblem } from './spec.js';

export type ClaimVerdict = 'SUPPORTED' | 'CONTRADICTED' | 'NOT_CHECKABLE';
export type ClaimUnit = 'COUNT' | 'PERCENT';

export interface ClaimCheck {
  verdict: ClaimVerdict;
  /** Why, in a sentence with the figures. */
  reason: string;
  assertion: ClaimAssertion;
  unit: ClaimUnit | null;
  /** The figure the claim's number is compared with: a count, or a percent for changes. */
  computedValue: number | null;
  assertedValue: number | null;
  /** The tolerance applied (a stated one, or the default). */
  tolerance: number | null;
  dataset: DatasetChoice | null;
  releaseIds: number[];
  period: string | null;
  comparePeriod: string | null;
  /** The metric in `period`. */
  periodValue: number | null;
  /** The metric in `comparePeriod` (changes), or the comparison metric in `period` (FIRST_TIME_EXCEEDS). */
  compareValue: number | null;
  assertedSince: string | null;
  /** Records: the latest earlier month at least as low (or high), as computed. */
  since: { month: string; value: number } | null;
  /** FIRST_TIME_EXCEEDS: the first month the metric exceeded the comparison. */
  firstExceeded: string | null;
  /** The months the dataset has figures for. */
  dataFrom: string | null;
  dataTo: string | null;
}

type Checkable = Exclude<ClaimAssertion, 'NOT_CHECKABLE'>;

const unitOf: Record<ClaimAssertion, ClaimUnit | null> = {
  VALUE: 'COUNT',
  PERCENT_CHANGE: 'PERCENT',
  RECORD_LOW: 'COUNT',
  RECORD_HIGH: 'COUNT',
  FIRST_TIME_EXCEEDS: 'COUNT',
  NOT_CHECKABLE: null,
};

/** The earliest month the verdict depends on; FIRST_TIME_EXCEEDS depends on all the data. */
const fromMonth: Record<Checkable, (spec: ClaimSpec) => string | null> = {
  VALUE: (spec) => spec.period,
  PERCENT_CHANGE: (spec) => spec.comparePeriod,
  RECORD_LOW: (spec) => spec.assertedSince,
  RECORD_HIGH: (spec) => spec.assertedSince,
  FIRST_TIME_EXCEEDS: () => null,
};

interface Ask {
  spec: ClaimSpec;
  /** What keeps the spec from being checked, when the caller found it already (an unreadable filter). */
  problem: SpecProblem | null;
}

/** The check of a claim, batched with every other check of the GraphQL request. */
export function loadClaimCheck(
  ctx: Context,
  spec: ClaimSpec,
  problem: SpecProblem | null = specProblem(spec),
): Promise<ClaimCheck> {
  const loader = ctx.once(
    'claimChecks',
    () =>
      new DataLoader<Ask, ClaimCheck, string>((asks) => checkClaims(ctx.prisma, asks), {
        cacheKeyFn: (ask) => JSON.stringify(ask),
      }),
  );
  return loader.load({ spec, problem });
}

/** A claim that can be measured: checkable, complete, with its dataset and the months it has. */
interface Metric extends Omit<ClaimSpec, 'dataset'> {
  assertion: Checkable;
  period: string;
  from: string | null;
  dataset: DatasetChoice;
  coverage: Coverage;
}

interface Coverage {
  roundingUnit: number;
  first: string | null;
  last: string | null;
  /** Months between `from` (or the first month) and the period that no release covers. */
  missing: string[];
}

async function checkClaims(prisma: PrismaClient, asks: readonly Ask[]): Promise<ClaimCheck[]> {
  const checks = asks.map(({ spec, problem }) => unchecked(spec, problem));
  const update = (index: number, patch: Partial<ClaimCheck>) => {
    const check = checks[index];
    if (check) checks[index] = { ...check, ...patch };
  };
  const checkable = asks.flatMap(({ spec, problem }, index) => {
    const { assertion, period } = spec;
    if (assertion === 'NOT_CHECKABLE' || problem || period === null) return [];
    return [{ index, spec: { ...spec, assertion, period, from: fromMonth[assertion](spec) } }];
  });
  // Both metrics of a comparison come from one dataset: it must carry the dimensions of both filters.
  const choices = await selectDatasets(
    prisma,
    checkable.map(({ spec }) => ({
      slug: spec.dataset,
      filter: spec.compareFilter ? mergeFilters(spec.filter, spec.compareFilter) : spec.filter,
      firstMonth: spec.from,
      lastMonth: spec.period,
    })),
  );
  const picked: { index: number; spec: (typeof checkable)[number]['spec']; dataset: DatasetChoice }[] = [];
  checkable.forEach(({ index, spec }, i) => {
    const choice = choices[i];
    // The pick says in words why no dataset can answer (a dimension it lacks, its scope, its months).
    if (choice instanceof Error) update(index, { reason: choice.message });
    else if (choice) picked.push({ index, spec, dataset: choice });
  });
  const coverages = await coverageOf(prisma, picked);
  const metrics: { index: number; metric: Metric }[] = [];
  picked.forEach(({ index, spec, dataset }, i) => {
    const coverage = coverages[i];
    if (!coverage) return;
    const metric = { ...spec, dataset, coverage };
    const uncovered = coverageProblem(metric);
    update(index, {
      dataset,
      dataFrom: coverage.first,
      dataTo: coverage.last,
      ...(uncovered ? { reason: uncovered } : {}),
    });
    if (!uncovered) metrics.push({ index, metric });
  });
  const [series, records, firstTimes] = await Promise.all([
    seriesFor(
      prisma,
      metrics.map(({ metric }) =>
        isChange(metric)
          ? {
              datasetId: metric.dataset.id,
              filter: metric.filter,
              interval: 'MONTH' as const,
              months: { first: metric.comparePeriod ?? metric.period, last: metric.period },
            }
          : null,
      ),
    ),
    oneRowEach<RecordRow>(
      prisma,
      metrics.map(({ metric }) => (isRecord(metric) ? recordQuery(metric) : null)),
    ),
    oneRowEach<FirstTimeRow>(
      prisma,
      metrics.map(({ metric }) => (metric.assertion === 'FIRST_TIME_EXCEEDS' ? firstTimeSql(metric) : null)),
    ),
  ]);
  metrics.forEach(({ index, metric }, i) => {
    update(
      index,
      isChange(metric)
        ? judgeChange(metric, series[i] ?? [])
        : isRecord(metric)
          ? judgeRecord(metric, records[i] ?? null)
          : judgeFirstTime(metric, firstTimes[i] ?? null),
    );
  });
  return checks;
}

const isChange = (metric: Metric) => metric.assertion === 'VALUE' || metric.assertion === 'PERCENT_CHANGE';
const isRecord = (metric: Metric) => metric.assertion === 'RECORD_LOW' || metric.assertion === 'RECORD_HIGH';

/** The check before any figure: NOT_CHECKABLE, with the reason when it is already known. */
function unchecked(spec: ClaimSpec, problem: SpecProblem | null): ClaimCheck {
  const base: ClaimCheck = {
    verdict: 'NOT_CHECKABLE',
    reason: '',
    assertion: spec.assertion,
    unit: unitOf[spec.assertion],
    computedValue: null,
    assertedValue: spec.assertedValue,
    tolerance: spec.tolerance,
    dataset: null,
    releaseIds: [],
    period: spec.period,
    comparePeriod: spec.comparePeriod,
    periodValue: null,
    compareValue: null,
    assertedSince: spec.assertedSince,
    since: null,
    firstExceeded: null,
    dataFrom: null,
    dataTo: null,
  };
  if (spec.assertion === 'NOT_CHECKABLE') {
    return { ...base, reason: spec.notCheckableReason ?? 'The claim is not about figures the encounter data holds.' };
  }
  if (problem || spec.period === null) {
    return { ...base, reason: `The claim cannot be checked as entered: ${problem?.message ?? 'it has no period.'}` };
  }
  return base;
}

function mergeFilters(a: EncounterFilter, b: EncounterFilter): EncounterFilter {
  const fields = Object.keys(filterDimensions) as (keyof typeof filterDimensions)[];
  return Object.fromEntries(
    fields.map((field) => [field, [...new Set([...(a[field] ?? []), ...(b[field] ?? [])])]]),
  ) as EncounterFilter;
}

/** Each dataset's months between the claim's `from` (or its first month) and period, in one statement. */
async function coverageOf(
  prisma: PrismaClient,
  asks: readonly { spec: { from: string | null; period: string }; dataset: DatasetChoice }[],
): Promise<Coverage[]> {
  if (asks.length === 0) return [];
  const ranges = JSON.stringify(
    asks.map(({ spec, dataset }, i) => ({
      i,
      dataset: dataset.id,
      first: spec.from ? `${spec.from}-01` : null,
      last: `${spec.period}-01`,
    })),
  );
  const rows = await prisma.$queryRaw<
    { i: number; roundingUnit: number; first: Date | null; last: Date | null; missing: string[] }[]
  >`
    WITH asked AS (SELECT * FROM json_to_recordset(${ranges}::json) AS a(i int, dataset int, first date, last date)),
    months AS (
      SELECT DISTINCT "datasetId", month FROM "ReleaseMonth" WHERE "datasetId" IN (SELECT dataset FROM asked)
    ),
    bounds AS (SELECT "datasetId", min(month) AS first, max(month) AS last FROM months GROUP BY 1)
    SELECT a.i, d."roundingUnit", b.first, b.last, ARRAY(
        SELECT to_char(m, 'YYYY-MM')
        FROM generate_series(greatest(a.first, b.first), least(a.last, b.last), interval '1 month') m
        WHERE NOT EXISTS (SELECT FROM months x WHERE x."datasetId" = a.dataset AND x.month = m::date) ORDER BY m
      ) AS missing
    FROM asked a JOIN "Dataset" d ON d.id = a.dataset LEFT JOIN bounds b ON b."datasetId" = a.dataset`;
  const byIndex = new Map(rows.map((row) => [row.i, row]));
  return asks.map((_, i) => {
    const row = byIndex.get(i);
    return {
      roundingUnit: row?.roundingUnit ?? 1,
      first: row?.first ? toMonth(row.first) : null,
      last: row?.last ? toMonth(row.last) : null,
      missing: row?.missing ?? [],
    };
  });
}

/** Why the dataset's months cannot answer the claim, or null when they can. */
function coverageProblem(metric: Metric): string | null {
  const { first, last, missing } = metric.coverage;
  const slug = metric.dataset.slug;
  if (first === null || last === null) return `${slug} has no figures yet.`;
  const needed = [metric.comparePeriod, metric.period].filter((month) => month !== null);
  const outside = needed.find((month) => month < first || month > last);
  if (outside) return `${slug} has figures from ${first} to ${last}, none for ${outside}.`;
  // A value or a change needs its own months; a record or a first time needs every month up to the period.
  const onlyNeeded = metric.assertion === 'VALUE' || metric.assertion === 'PERCENT_CHANGE';
  const gaps = onlyNeeded ? missing.filter((month) => needed.includes(month)) : missing;
  if (gaps.length === 0) return null;
  return `${slug} has no figures for ${monthsInWords(gaps)}: its releases leave ${gaps.length === 1 ? 'that month' : 'those months'} out.`;
}

/**
 * Single-row statements, run as one: each distinct statement is a branch of a UNION ALL, and each
 * ask (null asks nothing) gets its branch's row, or null when the branch returned none.
 */
async function oneRowEach<Row>(prisma: PrismaClient, asks: readonly (Prisma.Sql | null)[]): Promise<(Row | null)[]> {
  const keyOf = (sql: Prisma.Sql) => JSON.stringify([sql.sql, sql.values]);
  const branches = [...new Map(asks.flatMap((sql) => (sql ? [[keyOf(sql), sql] as const] : []))).values()];
  if (branches.length === 0) return asks.map(() => null);
  const rows = await prisma.$queryRaw<(Row & { branch: number })[]>(
    Prisma.join(
      branches.map((sql, branch) => Prisma.sql`(SELECT ${branch}::int AS branch, b.* FROM (${sql}) b)`),
      ' UNION ALL ',
    ),
  );
  const keys = branches.map(keyOf);
  const byKey = new Map(rows.map((row) => [keys[row.branch], row]));
  return asks.map((sql) => (sql ? (byKey.get(keyOf(sql)) ?? null) : null));
}

function judgeChange(metric: Metric, points: SeriesPoint[]): Partial<ClaimCheck> {
  const { period, comparePeriod } = metric;
  const at = (month: string | null) => points.find((point) => point.start === month);
  const now = at(period);
  const then = at(comparePeriod);
  const periodValue = now?.value ?? 0;
  const releaseIds = [...new Set([now, then].flatMap((point) => point?.releaseIds ?? []))];
  const asserted = metric.assertedValue ?? 0;
  if (metric.assertion === 'VALUE') {
    const tolerance = metric.tolerance ?? 0;
    const rounding = metric.coverage.roundingUnit;
    const rounded = rounding > 1 ? ` (the data is rounded to ${number(rounding)})` : '';
    const { verdict, clause } = judge(periodValue, asserted, tolerance, '');
    return {
      verdict,
      reason: `${number(periodValue)} computed vs ${number(asserted)} asserted: ${clause}${rounded}.`,
      computedValue: periodValue,
      tolerance,
      periodValue,
      releaseIds,
    };
  }
  const compareValue = then?.value ?? 0;
  const change = percentChange(compareValue, periodValue);
  if (change === null) {
    return {
      reason: `There were no encounters in ${comparePeriod}: a percent change from zero is undefined.`,
      periodValue,
      compareValue,
      releaseIds,
    };
  }
  const computed = Math.round(change * 100) / 100;
  const tolerance = metric.tolerance ?? statedPrecision(asserted);
  const { verdict, clause } = judge(computed, asserted, tolerance, ' percentage points');
  return {
    verdict,
    reason:
      `${percent(computed)} computed (${number(compareValue)} in ${comparePeriod}, ${number(periodValue)} in ${period}) ` +
      `vs ${percent(asserted)} asserted: ${clause}.`,
    computedValue: computed,
    tolerance,
    periodValue,
    compareValue,
    releaseIds,
  };
}

/** The columns of `recordSql`'s row a claim reads. */
interface RecordRow {
  value: bigint;
  release_ids: number[];
  first_period: Date;
  since_period: Date | null;
  since_value: bigint | null;
}

/** `encounterRecord`'s statement for the claim's month, among the dataset's months. */
function recordQuery(metric: Metric): Prisma.Sql {
  return recordSql({
    datasetId: metric.dataset.id,
    filter: metric.filter,
    interval: 'MONTH',
    kind: metric.assertion === 'RECORD_LOW' ? 'LOWEST' : 'HIGHEST',
    period: metric.period,
  });
}

function judgeRecord(metric: Metric, record: RecordRow | null): Partial<ClaimCheck> {
  const { period } = metric;
  if (record === null) return { reason: `${metric.dataset.slug} has no figure for ${period}.` };
  const asserted = metric.assertedSince ?? '';
  const low = metric.assertion === 'RECORD_LOW';
  const [most, more] = low ? ['lowest', 'lower'] : ['highest', 'higher'];
  const value = Number(record.value);
  const since =
    record.since_period && record.since_value !== null
      ? { month: toMonth(record.since_period), value: Number(record.since_value) }
      : null;
  const found = { computedValue: value, periodValue: value, since, releaseIds: record.release_ids.map(Number) };
  const subject = `${number(value)} in ${period}`;
  if (since === null) {
    const first = toMonth(record.first_period);
    return first > asserted
      ? {
          ...found,
          reason:
            `${subject} is the ${most} of the data, which only reaches back to ${first}: ` +
            `whether ${asserted} was as ${low ? 'low' : 'high'} is not in it.`,
        }
      : {
          ...found,
          verdict: 'CONTRADICTED',
          reason: `${subject} is the ${most} of all the data since ${first}, ${more} than ${asserted} too: not the ${most} since ${asserted}.`,
        };
  }
  const figures = `${subject} is the ${most} since ${since.month} (${number(since.value)} then)`;
  if (since.month === asserted) return { ...found, verdict: 'SUPPORTED', reason: `${figures}, as asserted.` };
  return {
    ...found,
    verdict: 'CONTRADICTED',
    reason:
      since.month > asserted
        ? `${figures}, not since ${asserted}.`
        : `${figures}, not since ${asserted}: ${asserted} was not as ${low ? 'low' : 'high'}.`,
  };
}

interface FirstTimeRow {
  value: bigint;
  compare: bigint;
  first_month: Date | null;
  first_value: bigint | null;
  first_compare: bigint | null;
  release_ids: number[];
}

/** The metric and the comparison in the claim's month, and the first month the metric exceeded it. */
function firstTimeSql(metric: Metric): Prisma.Sql {
  const period = monthDate(metric.period);
  return Prisma.sql`
    WITH chosen AS ${currentReleaseMonths(metric.dataset.id)},
    months AS (SELECT month, "releaseId" FROM chosen WHERE month <= ${period}::date),
    totals AS (
      SELECT m.month,
        coalesce(sum(f.count) FILTER (WHERE true ${filterSql(metric.filter)}), 0)::bigint AS value,
        coalesce(sum(f.count) FILTER (WHERE true ${filterSql(metric.compareFilter ?? {})}), 0)::bigint AS compare
      FROM months m LEFT JOIN "EncounterFact" f ON f."releaseId" = m."releaseId" AND f.month = m.month
      GROUP BY m.month
    ),
    first_exceeded AS (SELECT * FROM totals WHERE value > compare ORDER BY month LIMIT 1)
    SELECT t.value, t.compare, x.month AS first_month, x.value AS first_value, x.compare AS first_compare,
      (SELECT array_agg(DISTINCT "releaseId" ORDER BY "releaseId") FROM months) AS release_ids
    FROM totals t LEFT JOIN first_exceeded x ON true
    WHERE t.month = ${period}::date`;
}

function judgeFirstTime(metric: Metric, row: FirstTimeRow | null): Partial<ClaimCheck> {
  const { period } = metric;
  const value = Number(row?.value ?? 0);
  const compare = Number(row?.compare ?? 0);
  const firstExceeded = row?.first_month ? toMonth(row.first_month) : null;
  const found = {
    computedValue: value,
    periodValue: value,
    compareValue: compare,
    firstExceeded,
    releaseIds: (row?.release_ids ?? []).map(Number),
  };
  const subject = `In ${period}, ${describe(metric.filter)} (${number(value)})`;
  const other = `${describe(metric.compareFilter ?? {})} (${number(compare)})`;
  if (value <= compare) return { ...found, verdict: 'CONTRADICTED', reason: `${subject} did not exceed ${other}.` };
  if (firstExceeded !== period) {
    return {
      ...found,
      verdict: 'CONTRADICTED',
      reason:
        `${subject} exceeded ${other}, but not for the first time: it already did in ${firstExceeded} ` +
        `(${number(Number(row?.first_value ?? 0))} vs ${number(Number(row?.first_compare ?? 0))}).`,
    };
  }
  return {
    ...found,
    verdict: 'SUPPORTED',
    reason: `${subject} exceeded ${other} for the first time within the data since ${metric.coverage.first}.`,
  };
}

/** Compares a computed figure with the asserted one, allowing the tolerance. */
function judge(
  computed: number,
  asserted: number,
  tolerance: number,
  unit: string,
): { verdict: ClaimVerdict; clause: string } {
  const off = Math.abs(computed - asserted);
  // Decimal figures (−17.53 vs −18) differ in the last bits; a billionth is no difference.
  if (off <= tolerance + 1e-9) {
    return {
      verdict: 'SUPPORTED',
      clause: off === 0 ? 'exactly' : `within the tolerance of ${number(tolerance)}${unit}`,
    };
  }
  return {
    verdict: 'CONTRADICTED',
    clause: `off by ${number(off)}${unit}, more than the tolerance of ${number(tolerance)}${unit}`,
  };
}

/**
 * The tolerance a bare percent implies: "18%" means 17.5 to 18.5, "17.5%" 17.45 to 17.55. Asserted
 * values have at most `maxDecimals` decimals (spec.ts refuses more), so the shortest fixed-point
 * writing that gives the value back is the one stated.
 */
function statedPrecision(value: number): number {
  const places = Array.from({ length: maxDecimals }, (_, i) => i);
  const decimals = places.find((count) => Number(value.toFixed(count)) === value) ?? maxDecimals;
  return 0.5 / 10 ** decimals;
}

// Half a unit of an asserted value's fourth decimal is a fifth.
const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 5 });
const number = (value: number) => numbers.format(value);
const percent = (value: number) => `${numbers.format(value)}%`;

/** A filter in words: `OFO`, `USBP · SOUTHWEST`; no filter counts every encounter. */
function describe(filter: EncounterFilter): string {
  return (
    activeFilters(filter)
      .map((f) => f.values.join(', '))
      .join(' · ') || 'all encounters'
  );
}
