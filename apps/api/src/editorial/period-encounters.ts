// The encounter figure of the period something on the record is dated in (the month a statement was
// said, say), batched across a list: one series statement per dataset and filter, not one per item.
// Each figure is the one `encounterSeries` gives for that period alone: same dataset choice (made for
// the period, so an item's figure never depends on the other items of the list), same value, same
// change against the previous period.
import type { PrismaClient, Release } from '@borderdesk/db';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { encounterSeries, type SeriesPoint } from '../encounters/analytics.js';
import type { EncounterFilter } from '../encounters/filter.js';
import { type Interval, periodEnd } from '../encounters/periods.js';
import { newestReleaseOrder } from '../encounters/releases.js';
import { type DatasetChoice, selectDataset } from '../encounters/select-dataset.js';
import { requestLoader } from './period-loaders.js';

export interface FigureQuery {
  /** Dataset slug; null lets Borderdesk pick, as `encounterSeries` does. */
  dataset: string | null;
  /** Without `from`/`to`: the period sets them. */
  filter: EncounterFilter;
  interval: Interval;
}

/** A one-period series, in the shape `EncounterSeries` resolves. */
export interface PeriodFigure {
  choice: DatasetChoice;
  asOf: null;
  releases: Release[];
  interval: Interval;
  groupBy: [];
  /** The period's point; empty when the dataset does not cover it. */
  points: SeriesPoint[];
}

/** The figure of the period starting at `start` (`YYYY-MM`). */
export function loadPeriodFigure(ctx: Context, query: FigureQuery, start: string): Promise<PeriodFigure> {
  const loader = requestLoader(
    ctx,
    `figure ${JSON.stringify(query)}`,
    () => new DataLoader<string, PeriodFigure>((starts) => periodFigures(ctx.prisma, query, starts)),
  );
  return loader.load(start);
}

async function periodFigures(
  prisma: PrismaClient,
  query: FigureQuery,
  starts: readonly string[],
): Promise<(PeriodFigure | Error)[]> {
  const asked = await chooseDatasets(prisma, query, starts);
  const startsByDataset = new Map<number, string[]>();
  for (const { start, choice } of asked) {
    if (!(choice instanceof Error)) startsByDataset.set(choice.id, [...(startsByDataset.get(choice.id) ?? []), start]);
  }
  // One series per dataset from the earliest period asked to the latest: the periods between cost
  // a row each, far less than a statement each.
  const pointsByDataset = new Map(
    await Promise.all(
      [...startsByDataset].map(async ([datasetId, covered]) => {
        const sorted = [...covered].sort();
        const points = await encounterSeries(prisma, {
          datasetId,
          filter: { ...query.filter, from: sorted[0], to: sorted.at(-1) },
          interval: query.interval,
          groupBy: [],
          top: 1,
        });
        return [datasetId, new Map(points.map((point) => [point.start, point]))] as const;
      }),
    ),
  );
  const releaseIds = [...pointsByDataset.values()].flatMap((points) =>
    [...points.values()].flatMap((point) => point.releaseIds),
  );
  const releases = releaseIds.length
    ? await prisma.release.findMany({ where: { id: { in: [...new Set(releaseIds)] } }, orderBy: newestReleaseOrder })
    : [];
  return asked.map(({ start, choice }) => {
    if (choice instanceof Error) return choice;
    const point = pointsByDataset.get(choice.id)?.get(start);
    return {
      choice,
      asOf: null,
      releases: point ? releases.filter((release) => point.releaseIds.includes(release.id)) : [],
      interval: query.interval,
      groupBy: [],
      points: point ? [point] : [],
    };
  });
}

/**
 * A named dataset is checked once. Otherwise each period (the loader's keys are distinct) gets the
 * pick `encounterSeries` would make for it alone: datasets differ in the months they cover, so one
 * pick for the whole batch could give an item another figure than it gets on its own. A failed pick
 * fails its items only.
 */
async function chooseDatasets(
  prisma: PrismaClient,
  { dataset, filter, interval }: FigureQuery,
  starts: readonly string[],
): Promise<{ start: string; choice: DatasetChoice | Error }[]> {
  const pick = (start: string | null) =>
    selectDataset(prisma, {
      slug: dataset,
      filter,
      firstMonth: start,
      lastMonth: start === null ? null : periodEnd(interval, start),
    }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  if (dataset) {
    const choice = await pick(null);
    return starts.map((start) => ({ start, choice }));
  }
  return Promise.all(starts.map(async (start) => ({ start, choice: await pick(start) })));
}
