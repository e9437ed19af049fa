// What a policy did to the figures: the monthly series around its effective date, the months before
// against the months after. Batched across a list of policies: one series statement per dataset for
// all of them (over the months their windows span), never one per policy.
import type { PrismaClient, Release } from '@borderdesk/db';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { requestLoader } from '../editorial/period-loaders.js';
import { encounterSeries, percentChange, type SeriesPoint } from '../encounters/analytics.js';
import type { EncounterFilter } from '../encounters/filter.js';
import { monthFromIndex, monthIndex, toMonth } from '../encounters/periods.js';
import { newestReleaseOrder } from '../encounters/releases.js';
import { type DatasetChoice, selectDataset } from '../encounters/select-dataset.js';
import { UserInputError } from '../errors.js';

export interface MonthRange {
  /** `YYYY-MM`, both ends included. */
  from: string;
  to: string;
}

/**
 * The months compared. Effective on the 1st of a month (to the day), that month is the first after;
 * effective later in the month, or on a day not known, it is a transition month in neither window.
 */
export interface ImpactWindows {
  before: MonthRange;
  transition: string | null;
  after: MonthRange;
}

export interface WindowSummary extends MonthRange {
  /** Months of the window the dataset has figures for. */
  months: number;
  /** Months in the window. */
  expected: number;
  total: number;
  /** Mean over the months with figures; null when there are none. */
  average: number | null;
}

export interface PolicyImpact extends ImpactWindows {
  effectiveOn: Date;
  window: number;
  /** The window's monthly series, in the shape `EncounterSeries` resolves. */
  series: {
    choice: DatasetChoice;
    asOf: null;
    releases: Release[];
    interval: 'MONTH';
    groupBy: [];
    points: SeriesPoint[];
  };
  beforeSummary: WindowSummary;
  afterSummary: WindowSummary;
  /** After against before (averages); null when either window has no figures. */
  change: { absolute: number; percent: number | null } | null;
  /** What the figures lack, in words; null when every month has one. */
  note: string | null;
}

export interface ImpactQuery {
  /** Dataset slug; null lets Borderdesk pick one. */
  dataset: string | null;
  /** Without `from`/`to`: the window sets the months. */
  filter: EncounterFilter;
}

export function impactWindows(effectiveOn: Date, dayKnown: boolean, window: number): ImpactWindows {
  const month = monthIndex(toMonth(effectiveOn));
  const onFirst = dayKnown && effectiveOn.getUTCDate() === 1;
  const firstAfter = onFirst ? month : month + 1;
  return {
    before: { from: monthFromIndex(month - window), to: monthFromIndex(month - 1) },
    transition: onFirst ? null : monthFromIndex(month),
    after: { from: monthFromIndex(firstAfter), to: monthFromIndex(firstAfter + window - 1) },
  };
}

export async function policyImpact(
  ctx: Context,
  query: ImpactQuery,
  policy: { effectiveOn: Date; dayKnown: boolean },
  window: number,
): Promise<PolicyImpact> {
  const windows = impactWindows(policy.effectiveOn, policy.dayKnown, window);
  const loader = requestLoader(
    ctx,
    `policyImpact ${JSON.stringify(query)}`,
    () =>
      new DataLoader<ImpactWindows, WindowSeries, string>((keys) => windowSeries(ctx.prisma, query, keys), {
        cacheKeyFn: (key) => JSON.stringify(key),
      }),
  );
  const { choice, points, releases } = await loader.load(windows);
  const beforeSummary = summarize(points, windows.before);
  const afterSummary = summarize(points, windows.after);
  const change =
    beforeSummary.average === null || afterSummary.average === null
      ? null
      : {
          absolute: afterSummary.average - beforeSummary.average,
          percent: percentChange(beforeSummary.average, afterSummary.average),
        };
  const has = new Set(points.map((point) => point.start));
  const lacking = [
    ...(['before', 'after'] as const).map((name) => {
      const summary = name === 'before' ? beforeSummary : afterSummary;
      const missing = monthsOf(summary).filter((month) => !has.has(month));
      return missing.length
        ? `${name} has ${summary.months} of ${summary.expected} months: ${choice.slug} has no figures for ${listed(missing)}.`
        : null;
    }),
    windows.transition && !has.has(windows.transition)
      ? `${choice.slug} has no figure for the transition month ${windows.transition}.`
      : null,
  ].filter((sentence) => sentence !== null);
  return {
    ...windows,
    effectiveOn: policy.effectiveOn,
    window,
    series: { choice, asOf: null, releases, interval: 'MONTH', groupBy: [], points },
    beforeSummary,
    afterSummary,
    change,
    note: lacking.length ? lacking.join(' ') : null,
  };
}

interface WindowSeries {
  choice: DatasetChoice;
  points: SeriesPoint[];
  releases: Release[];
}

/** The batch: a dataset per window, then one series per dataset over the months all its windows span. */
async function windowSeries(
  prisma: PrismaClient,
  query: ImpactQuery,
  keys: readonly ImpactWindows[],
): Promise<(WindowSeries | Error)[]> {
  const named = query.dataset ? pickDataset(prisma, query, null).catch(asError) : null;
  const choices = await Promise.all(keys.map((key) => named ?? pickDataset(prisma, query, key).catch(asError)));
  const spans = new Map<number, MonthRange>();
  keys.forEach((key, i) => {
    const choice = choices[i];
    if (!choice || choice instanceof Error) return;
    const span = spans.get(choice.id);
    spans.set(choice.id, {
      from: span && span.from < key.before.from ? span.from : key.before.from,
      to: span && span.to > key.after.to ? span.to : key.after.to,
    });
  });
  const series = new Map(
    await Promise.all(
      [...spans].map(async ([datasetId, span]) => {
        const points = await encounterSeries(prisma, {
          datasetId,
          filter: { ...query.filter, ...span },
          interval: 'MONTH',
          groupBy: [],
          top: 1,
        });
        return [datasetId, points] as const;
      }),
    ),
  );
  const releaseIds = [...new Set([...series.values()].flat().flatMap((point) => point.releaseIds))];
  const releases = releaseIds.length
    ? await prisma.release.findMany({ where: { id: { in: releaseIds } }, orderBy: newestReleaseOrder })
    : [];
  return keys.map((key, i) => {
    const choice = choices[i];
    if (!choice || choice instanceof Error) return choice ?? new Error('no dataset choice');
    const points = (series.get(choice.id) ?? []).filter(
      (point) => point.start >= key.before.from && point.start <= key.after.to,
    );
    const used = new Set(points.flatMap((point) => point.releaseIds));
    return { choice, points, releases: releases.filter((release) => used.has(release.id)) };
  });
}

/**
 * A named dataset answers whatever it covers. Otherwise the pick must cover the whole window; when
 * none does, one that covers the months up to the effective date will do (after a recent policy the
 * later months are not published yet), and the note says what is missing.
 */
async function pickDataset(
  prisma: PrismaClient,
  query: ImpactQuery,
  windows: ImpactWindows | null,
): Promise<DatasetChoice> {
  const pick = (range: MonthRange | null) =>
    selectDataset(prisma, {
      slug: query.dataset,
      filter: query.filter,
      firstMonth: range?.from ?? null,
      lastMonth: range?.to ?? null,
    });
  if (windows === null) return pick(null);
  try {
    return await pick({ from: windows.before.from, to: windows.after.to });
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    // The error about the whole window is the one to report when the months before are not covered either.
    return pick({ from: windows.before.from, to: windows.transition ?? windows.before.to }).catch(() => {
      throw error;
    });
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

function summarize(points: SeriesPoint[], range: MonthRange): WindowSummary {
  const inside = points.filter((point) => point.start >= range.from && point.start <= range.to);
  const total = inside.reduce((sum, point) => sum + point.value, 0);
  return {
    ...range,
    months: inside.length,
    expected: monthIndex(range.to) - monthIndex(range.from) + 1,
    total,
    average: inside.length ? total / inside.length : null,
  };
}

function monthsOf({ from, to }: MonthRange): string[] {
  return Array.from({ length: monthIndex(to) - monthIndex(from) + 1 }, (_, i) => monthFromIndex(monthIndex(from) + i));
}

/** Months in words: a run as `2024-09 to 2024-12`, anything else listed. */
function listed(months: string[]): string {
  const [first = '', last = first] = [months[0], months.at(-1)];
  const run = months.length > 2 && monthIndex(last) - monthIndex(first) + 1 === months.length;
  return run ? `${first} to ${last}` : months.join(', ');
}
