// Checks a claim against the encounter figures, after schema.org ClaimReview: the verdict is the
// review's rating, the reason its explanation. Figures come from the analytics SQL; a check runs at
// most three statements (the dataset pick, its coverage, the metric). Whatever keeps a claim from
// being checked (an unknown dimension, a month the data lacks) is a NOT_CHECKABLE verdict with its
// reason, never an error.
import type { ClaimAssertion, PrismaClient } from '@borderdesk/db';
import { encounterRecord, encounterSeries, percentChange } from '../encounters/analytics.js';
import { activeFilters, type EncounterFilter, filterDimensions, filterSql } from '../encounters/filter.js';
import { monthDate, toMonth } from '../encounters/periods.js';
import { currentReleaseMonths } from '../encounters/releases.js';
import { type DatasetChoice, selectDataset } from '../encounters/select-dataset.js';
import { UserInputError } from '../errors.js';
import { type ClaimSpec, type SpecProblem, specProblem } from './spec.js';

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

/** `problem`: what keeps the spec from being checked, when the caller found it already (an unreadable filter). */
export async function checkClaim(
  prisma: PrismaClient,
  spec: ClaimSpec,
  problem: SpecProblem | null = specProblem(spec),
): Promise<ClaimCheck> {
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
  const period = spec.period;
  if (problem || period === null) {
    return { ...base, reason: `The claim cannot be checked as entered: ${problem?.message ?? 'it has no period.'}` };
  }
  const assertion: Checkable = spec.assertion;
  // The earliest month the verdict depends on; FIRST_TIME_EXCEEDS depends on all the data.
  const from = fromMonth[assertion](spec);
  const dataset = await pickDataset(prisma, spec, from, period);
  if (typeof dataset === 'string') return { ...base, reason: dataset };
  const coverage = await datasetCoverage(prisma, dataset.id, from, period);
  const checked = { ...base, dataset, dataFrom: coverage.first, dataTo: coverage.last };
  const uncovered = coverageProblem(assertion, spec, dataset.slug, coverage);
  if (uncovered) return { ...checked, reason: uncovered };
  const metric = { ...spec, period, datasetId: dataset.id, roundingUnit: coverage.roundingUnit };
  switch (assertion) {
    case 'VALUE':
    case 'PERCENT_CHANGE':
      return { ...checked, ...(await checkChange(prisma, metric, assertion)) };
    case 'RECORD_LOW':
    case 'RECORD_HIGH':
      return { ...checked, ...(await checkRecord(prisma, metric, assertion)) };
    case 'FIRST_TIME_EXCEEDS':
      return { ...checked, ...(await checkFirstTime(prisma, metric, coverage)) };
  }
}

const fromMonth: Record<Checkable, (spec: ClaimSpec) => string | null> = {
  VALUE: (spec) => spec.period,
  PERCENT_CHANGE: (spec) => spec.comparePeriod,
  RECORD_LOW: (spec) => spec.assertedSince,
  RECORD_HIGH: (spec) => spec.assertedSince,
  FIRST_TIME_EXCEEDS: () => null,
};

interface Metric extends ClaimSpec {
  period: string;
  datasetId: number;
  roundingUnit: number;
}

interface Coverage {
  roundingUnit: number;
  first: string | null;
  last: string | null;
  /** Months between `from` (or the first month) and the period that no release covers. */
  missing: string[];
}

/** The named dataset, or one picked like `encounterSeries` does; a string says why there is none. */
async function pickDataset(
  prisma: PrismaClient,
  spec: ClaimSpec,
  from: string | null,
  period: string,
): Promise<DatasetChoice | string> {
  // Both metrics of a comparison come from one dataset: it must carry the dimensions of both filters.
  const filter = spec.compareFilter ? mergeFilters(spec.filter, spec.compareFilter) : spec.filter;
  try {
    return await selectDataset(prisma, { slug: spec.dataset, filter, firstMonth: from, lastMonth: period });
  } catch (error) {
    // selectDataset says in words why the dataset cannot answer (a dimension it lacks, its scope).
    if (error instanceof UserInputError) return error.message;
    throw error;
  }
}

function mergeFilters(a: EncounterFilter, b: EncounterFilter): EncounterFilter {
  const fields = Object.keys(filterDimensions) as (keyof typeof filterDimensions)[];
  return Object.fromEntries(
    fields.map((field) => [field, [...new Set([...(a[field] ?? []), ...(b[field] ?? [])])]]),
  ) as EncounterFilter;
}

async function datasetCoverage(
  prisma: PrismaClient,
  datasetId: number,
  from: string | null,
  period: string,
): Promise<Coverage> {
  const [row] = await prisma.$queryRaw<
    { roundingUnit: number; first: Date | null; last: Date | null; missing: string[] }[]
  >`
    WITH months AS (SELECT DISTINCT month FROM "ReleaseMonth" WHERE "datasetId" = ${datasetId}),
    bounds AS (SELECT min(month) AS first, max(month) AS last FROM months)
    SELECT d."roundingUnit", b.first, b.last, ARRAY(
        SELECT to_char(m, 'YYYY-MM')
        FROM generate_series(greatest(${from ? monthDate(from) : null}::date, b.first),
          least(${monthDate(period)}::date, b.last), interval '1 month') m
        WHERE m::date NOT IN (SELECT month FROM months) ORDER BY m
      ) AS missing
    FROM "Dataset" d CROSS JOIN bounds b WHERE d.id = ${datasetId}`;
  return {
    roundingUnit: row?.roundingUnit ?? 1,
    first: row?.first ? toMonth(row.first) : null,
    last: row?.last ? toMonth(row.last) : null,
    missing: row?.missing ?? [],
  };
}

/** Why the dataset's months cannot answer the claim, or null when they can. */
function coverageProblem(assertion: Checkable, spec: ClaimSpec, slug: string, coverage: Coverage): string | null {
  const { first, last, missing } = coverage;
  if (first === null || last === null) return `${slug} has no figures yet.`;
  const needed = [spec.comparePeriod, spec.period].filter((month) => month !== null);
  const outside = needed.find((month) => month < first || month > last);
  if (outside) return `${slug} has figures from ${first} to ${last}, none for ${outside}.`;
  // A value or a change needs its own months; a record or a first time needs every month up to the period.
  const gaps =
    assertion === 'VALUE' || assertion === 'PERCENT_CHANGE' ? missing.filter((m) => needed.includes(m)) : missing;
  if (gaps.length === 0) return null;
  const listed = gaps.length > 6 ? `${gaps.slice(0, 6).join(', ')} and ${gaps.length - 6} more` : gaps.join(', ');
  return `${slug} has no figures for ${listed}: its releases leave ${gaps.length === 1 ? 'that month' : 'those months'} out.`;
}

async function checkChange(
  prisma: PrismaClient,
  metric: Metric,
  assertion: 'VALUE' | 'PERCENT_CHANGE',
): Promise<Partial<ClaimCheck>> {
  const { period, comparePeriod } = metric;
  const points = await encounterSeries(prisma, {
    datasetId: metric.datasetId,
    filter: { ...metric.filter, from: comparePeriod ?? period, to: period },
    interval: 'MONTH',
    groupBy: [],
    top: 1,
  });
  const at = (month: string | null) => points.find((point) => point.start === month);
  const now = at(period);
  const then = at(comparePeriod);
  const periodValue = now?.value ?? 0;
  const releaseIds = [...new Set([now, then].flatMap((point) => point?.releaseIds ?? []))];
  const asserted = metric.assertedValue ?? 0;
  if (assertion === 'VALUE') {
    const tolerance = metric.tolerance ?? 0;
    const rounding = metric.roundingUnit > 1 ? ` (the data is rounded to ${number(metric.roundingUnit)})` : '';
    const { verdict, clause } = judge(periodValue, asserted, tolerance, '');
    return {
      verdict,
      reason: `${number(periodValue)} computed vs ${number(asserted)} asserted: ${clause}${rounding}.`,
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

async function checkRecord(
  prisma: PrismaClient,
  metric: Metric,
  assertion: 'RECORD_LOW' | 'RECORD_HIGH',
): Promise<Partial<ClaimCheck>> {
  const { period } = metric;
  const asserted = metric.assertedSince ?? '';
  const low = assertion === 'RECORD_LOW';
  const [most, more] = low ? ['lowest', 'lower'] : ['highest', 'higher'];
  const record = await encounterRecord(prisma, {
    datasetId: metric.datasetId,
    filter: metric.filter,
    interval: 'MONTH',
    kind: low ? 'LOWEST' : 'HIGHEST',
    period,
  });
  const found = {
    computedValue: record.value,
    periodValue: record.value,
    since: record.since ? { month: record.since.start, value: record.since.value } : null,
    releaseIds: record.releaseIds,
  };
  const subject = `${number(record.value)} in ${period}`;
  const since = record.since;
  if (since === null) {
    const first = record.firstStart;
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
  const figures = `${subject} is the ${most} since ${since.start} (${number(since.value)} then)`;
  if (since.start === asserted) return { ...found, verdict: 'SUPPORTED', reason: `${figures}, as asserted.` };
  return {
    ...found,
    verdict: 'CONTRADICTED',
    reason:
      since.start > asserted
        ? `${figures}, not since ${asserted}.`
        : `${figures}, not since ${asserted}: ${asserted} was not as ${low ? 'low' : 'high'}.`,
  };
}

async function checkFirstTime(prisma: PrismaClient, metric: Metric, coverage: Coverage): Promise<Partial<ClaimCheck>> {
  const { period } = metric;
  const compareFilter = metric.compareFilter ?? {};
  const [row] = await prisma.$queryRaw<
    {
      value: bigint;
      compare: bigint;
      first_month: Date | null;
      first_value: bigint | null;
      first_compare: bigint | null;
      release_ids: number[];
    }[]
  >`
    WITH chosen AS ${currentReleaseMonths(metric.datasetId)},
    months AS (SELECT month, "releaseId" FROM chosen WHERE month <= ${monthDate(period)}::date),
    totals AS (
      SELECT m.month,
        coalesce(sum(f.count) FILTER (WHERE true ${filterSql(metric.filter)}), 0)::bigint AS value,
        coalesce(sum(f.count) FILTER (WHERE true ${filterSql(compareFilter)}), 0)::bigint AS compare
      FROM months m LEFT JOIN "EncounterFact" f ON f."releaseId" = m."releaseId" AND f.month = m.month
      GROUP BY m.month
    ),
    first_exceeded AS (SELECT * FROM totals WHERE value > compare ORDER BY month LIMIT 1)
    SELECT t.value, t.compare, x.month AS first_month, x.value AS first_value, x.compare AS first_compare,
      (SELECT array_agg(DISTINCT "releaseId" ORDER BY "releaseId") FROM months) AS release_ids
    FROM totals t LEFT JOIN first_exceeded x ON true
    WHERE t.month = ${monthDate(period)}::date`;
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
  const other = `${describe(compareFilter)} (${number(compare)})`;
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
    reason: `${subject} exceeded ${other} for the first time within the data since ${coverage.first}.`,
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

/** The tolerance a bare percent implies: "18%" means 17.5 to 18.5, "17.5%" 17.45 to 17.55. */
function statedPrecision(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return 0.5 / 10 ** decimals;
}

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
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
