// The encounter figures of many requests at once (the window around each policy of a list, the
// month of each statement) in a fixed number of statements however long the list: one dataset pick
// for every request, one series per dataset, filter and interval over the months its requests span,
// and one release lookup. Each request still gets what `encounterSeries` gives for its months alone:
// the dataset picked for those months, the same values and the same changes.
import type { PrismaClient, Release } from '@borderdesk/db';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { encounterSeries, type SeriesPoint } from './analytics.js';
import { activeFilters, type EncounterFilter } from './filter.js';
import { contains, type MonthRange, spanning } from './month-range.js';
import type { Interval } from './periods.js';
import { newestReleaseOrder } from './releases.js';
import { type DatasetChoice, type DatasetQuery, MonthsNotCoveredError, selectDatasets } from './select-dataset.js';

interface FigureRequest {
  /** Dataset slug; null lets Borderdesk pick the one for `months`, as `encounterSeries` does. */
  dataset: string | null;
  /** Which encounters; the months are `months`, never the filter's own `from`/`to`. */
  filter: EncounterFilter;
  interval: Interval;
  /** Whole periods of `interval`. */
  months: MonthRange;
  /** When no dataset covers all of `months`, a pick may cover just these (the months before a recent policy). */
  fallback?: MonthRange;
}

/** A request's figures, in the shape `EncounterSeries` resolves. */
export interface Figures {
  choice: DatasetChoice;
  asOf: null;
  releases: Release[];
  interval: Interval;
  groupBy: [];
  /** The periods of `months` the dataset has figures for. */
  points: SeriesPoint[];
}

/**
 * The figures of a request, batched with every other request made while GraphQL walks a list.
 * Rejects with the pick's UserInputError; a MonthsNotCoveredError when no dataset has the months.
 */
export function loadFigures(ctx: Context, request: FigureRequest): Promise<Figures> {
  const loader = ctx.once(
    'figures',
    () =>
      new DataLoader<FigureRequest, Figures, string>((requests) => figuresOf(ctx.prisma, requests), {
        cacheKeyFn: (key) => JSON.stringify(key),
      }),
  );
  return loader.load(request);
}

async function figuresOf(prisma: PrismaClient, requests: readonly FigureRequest[]): Promise<(Figures | Error)[]> {
  const choices = await pickDatasets(prisma, requests);
  const points = await seriesFor(
    prisma,
    requests.map((request, i) => {
      const choice = choices[i];
      return choice && !(choice instanceof Error) ? { ...request, datasetId: choice.id } : null;
    }),
  );
  const releaseIds = [...new Set(points.flat().flatMap((point) => point.releaseIds))];
  const releases = releaseIds.length
    ? await prisma.release.findMany({ where: { id: { in: releaseIds } }, orderBy: newestReleaseOrder })
    : [];
  return requests.map((request, i) => {
    const choice = choices[i] ?? new Error('no dataset decision');
    if (choice instanceof Error) return choice;
    const own = points[i] ?? [];
    const used = new Set(own.flatMap((point) => point.releaseIds));
    return {
      choice,
      asOf: null,
      releases: releases.filter((release) => used.has(release.id)),
      interval: request.interval,
      groupBy: [],
      points: own,
    };
  });
}

/** A dataset for each request, from one statement; a request's fallback counts when its months are not covered. */
async function pickDatasets(
  prisma: PrismaClient,
  requests: readonly FigureRequest[],
): Promise<(DatasetChoice | Error)[]> {
  const queries: DatasetQuery[] = [];
  const ask = (range: MonthRange, { dataset, filter }: FigureRequest) =>
    queries.push({ slug: dataset, filter, firstMonth: range.first, lastMonth: range.last }) - 1;
  const asked = requests.map((request) => ({
    whole: ask(request.months, request),
    fallback: request.fallback && !request.dataset ? ask(request.fallback, request) : null,
  }));
  const decided = await selectDatasets(prisma, queries);
  return asked.map(({ whole, fallback }) => {
    const choice = decided[whole] ?? new Error('no dataset decision');
    const instead = fallback === null ? undefined : decided[fallback];
    // When the fallback is not covered either, the error about the whole range is the one to report.
    return choice instanceof MonthsNotCoveredError && instead && !(instead instanceof Error) ? instead : choice;
  });
}

interface SeriesRequest {
  datasetId: number;
  filter: EncounterFilter;
  interval: Interval;
  /** Whole periods of `interval`. */
  months: MonthRange;
}

/**
 * Each request's points (none for a null request): one `encounterSeries` per dataset, filter and
 * interval, over the months all its requests span; the months between cost a row each, not a statement.
 */
export async function seriesFor(
  prisma: PrismaClient,
  requests: readonly (SeriesRequest | null)[],
): Promise<SeriesPoint[][]> {
  const spans = new Map<string, SeriesRequest>();
  for (const request of requests) {
    if (!request) continue;
    const span = spans.get(seriesKey(request));
    spans.set(seriesKey(request), {
      ...request,
      months: span ? spanning(span.months, request.months) : request.months,
    });
  }
  const series = new Map(
    await Promise.all(
      [...spans].map(async ([key, { datasetId, filter, interval, months }]) => {
        const points = await encounterSeries(prisma, {
          datasetId,
          filter: { ...filter, from: months.first, to: months.last },
          interval,
          groupBy: [],
          top: 1,
        });
        return [key, points] as const;
      }),
    ),
  );
  return requests.map((request) =>
    request ? (series.get(seriesKey(request)) ?? []).filter((point) => contains(request.months, point.start)) : [],
  );
}

const seriesKey = ({ datasetId, filter, interval }: SeriesRequest) =>
  JSON.stringify([datasetId, interval, activeFilters(filter)]);
