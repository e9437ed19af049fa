// The encounter analytics: series, records and revisions. Resolvers check arguments, pick the
// dataset and hand one SQL statement to encounters/analytics.ts; every result names its dataset and
// the releases its figures came from.
import type { Dimension, Release } from '@borderdesk/db';
import { builder, decodeGlobalId } from '../builder.js';
import type { Context } from '../context.js';
import {
  type Change,
  changeSince,
  encounterRecord,
  encounterRevisions,
  encounterSeries,
  percentChange,
  queryMonths,
  type RecordResult,
  type Revision,
  type SeriesPoint,
} from '../encounters/analytics.js';
import { type EncounterFilter, maxFilterValues } from '../encounters/filter.js';
import { type Interval, monthDate, monthsPerPeriod, periodEnd, periodLabel } from '../encounters/periods.js';
import { newestReleaseOrder } from '../encounters/releases.js';
import { type DatasetChoice, selectDataset } from '../encounters/select-dataset.js';
import { UserInputError } from '../errors.js';
import { DatasetRef, ReleaseRef } from './dataset.js';
import {
  ComponentEnum,
  DemographicEnum,
  DimensionEnum,
  EncounterTypeEnum,
  LandBorderRegionEnum,
  TitleOfAuthorityEnum,
} from './enums.js';

const maxTop = 100;

export const IntervalEnum = builder.enumType('EncounterInterval', {
  description: 'How months are grouped into periods.',
  values: {
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Calendar quarters (January–March is Q1).' },
    FISCAL_YEAR: { description: 'Federal fiscal years: FY2024 is October 2023 to September 2024.' },
    CALENDAR_YEAR: { description: 'Calendar years.' },
  } as const,
});

const RecordKindEnum = builder.enumType('EncounterRecordKind', {
  description: 'Which end of the range a record is at.',
  values: {
    LOWEST: { description: 'The fewest encounters.' },
    HIGHEST: { description: 'The most encounters.' },
  } as const,
});

export const EncounterFilterInput = builder.inputType('EncounterFilter', {
  description:
    'Which encounters to count. Lists match any of their values; lists on different dimensions must all match. ' +
    'A dimension the dataset does not carry is an error, never ignored.',
  fields: (t) => ({
    from: t.field({
      type: 'Month',
      description: 'The first month; the whole period containing it is included.',
    }),
    to: t.field({ type: 'Month', description: 'The last month; the whole period containing it is included.' }),
    components: t.field({ type: [ComponentEnum], description: 'Border Patrol (USBP) and/or Field Operations (OFO).' }),
    regions: t.field({ type: [LandBorderRegionEnum], description: 'Land border regions.' }),
    areas: t.stringList({
      description: 'Areas of responsibility by name or code, e.g. `Yuma Sector` or `YUM` (case-insensitive).',
    }),
    states: t.stringList({ description: 'Two-letter U.S. state codes, e.g. `TX`.' }),
    demographics: t.field({ type: [DemographicEnum], description: 'Demographic groups.' }),
    citizenships: t.stringList({
      description:
        'Citizenships as the dataset writes them, e.g. `MEXICO`, `CHINA, PEOPLES REPUBLIC OF` (case-insensitive).',
    }),
    titles: t.field({ type: [TitleOfAuthorityEnum], description: 'Title 8 and/or Title 42.' }),
    encounterTypes: t.field({ type: [EncounterTypeEnum], description: 'Apprehensions, inadmissibles, expulsions.' }),
  }),
});

interface Selection {
  choice: DatasetChoice;
  releases: Release[];
  asOf: Release | null;
}

interface SeriesResult extends Selection {
  interval: Interval;
  groupBy: Dimension[];
  points: SeriesPoint[];
}

interface PointResult {
  point: SeriesPoint;
  interval: Interval;
  releases: Release[];
}

interface ChangeResult {
  change: Change;
  interval: Interval;
}

interface RecordPayload extends Selection {
  interval: Interval;
  kind: 'LOWEST' | 'HIGHEST';
  record: RecordResult;
}

export const DatasetSelection = builder.objectRef<DatasetChoice>('DatasetSelection').implement({
  description: 'Which dataset answered, and why.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'The dataset used.' }),
    automatic: t.exposeBoolean('automatic', {
      description: 'True when Borderdesk picked the dataset because the query named none.',
    }),
    reason: t.exposeString('reason', { description: 'Why this dataset, in words.' }),
  }),
});

const ChangeRef = builder.objectRef<ChangeResult>('EncounterChange').implement({
  description: 'A value compared with an earlier period.',
  fields: (t) => ({
    period: t.string({
      description: 'The earlier period, labelled like the series.',
      resolve: ({ change, interval }) => periodLabel(interval, change.start),
    }),
    start: t.field({
      type: 'Month',
      description: 'First month of the earlier period.',
      resolve: ({ change }) => monthDate(change.start),
    }),
    value: t.int({ description: 'Encounters in the earlier period.', resolve: ({ change }) => change.value }),
    absolute: t.int({ description: 'This value minus the earlier one.', resolve: ({ change }) => change.absolute }),
    percent: t.float({
      nullable: true,
      description: 'The change in percent of the earlier value (−17.5 means 17.5% fewer); null when it was zero.',
      resolve: ({ change }) => change.percent,
    }),
  }),
});

const GroupRef = builder.objectRef<NonNullable<SeriesPoint['group']>>('EncounterGroup').implement({
  description:
    'The dimension values a grouped point counts. Only the grouped dimensions are set; the "other" bucket has none.',
  fields: (t) => ({
    other: t.exposeBoolean('other', { description: 'True for the bucket of every group beyond the top N.' }),
    component: t.field({
      type: ComponentEnum,
      nullable: true,
      description: 'Component.',
      resolve: (g) => (g.values.component ?? null) as never,
    }),
    landBorderRegion: t.field({
      type: LandBorderRegionEnum,
      nullable: true,
      description: 'Land border region.',
      resolve: (g) => (g.values.landBorderRegion ?? null) as never,
    }),
    areaOfResponsibility: t.string({
      nullable: true,
      description: 'Border Patrol sector or OFO field office.',
      resolve: (g) => g.values.areaOfResponsibility ?? null,
    }),
    areaCode: t.string({
      nullable: true,
      description: 'Its code, e.g. `YUM`, where the publisher gives one.',
      resolve: (g) => g.values.areaCode ?? null,
    }),
    state: t.string({ nullable: true, description: 'U.S. state code.', resolve: (g) => g.values.state ?? null }),
    demographic: t.field({
      type: DemographicEnum,
      nullable: true,
      description: 'Demographic group.',
      resolve: (g) => (g.values.demographic ?? null) as never,
    }),
    citizenship: t.string({
      nullable: true,
      description: 'Citizenship as the dataset writes it.',
      resolve: (g) => g.values.citizenship ?? null,
    }),
    titleOfAuthority: t.field({
      type: TitleOfAuthorityEnum,
      nullable: true,
      description: 'Title of authority.',
      resolve: (g) => (g.values.titleOfAuthority ?? null) as never,
    }),
    encounterType: t.field({
      type: EncounterTypeEnum,
      nullable: true,
      description: 'Encounter type.',
      resolve: (g) => (g.values.encounterType ?? null) as never,
    }),
    label: t.string({
      description: 'The group in words, e.g. `USBP · MEXICO`, or `All others` for the bucket beyond the top N.',
      resolve: (g) => (g.other ? 'All others' : Object.values(g.values).filter(Boolean).join(' · ')),
    }),
  }),
});

export const PointRef = builder.objectRef<PointResult>('EncounterPoint').implement({
  description: 'Encounters in one period (and group, when grouped).',
  fields: (t) => ({
    period: t.string({
      description: 'The period: `2024-11`, `2024-Q4`, `FY2024` or `2024`.',
      resolve: ({ point, interval }) => periodLabel(interval, point.start),
    }),
    start: t.field({ type: 'Month', description: 'Its first month.', resolve: ({ point }) => monthDate(point.start) }),
    end: t.field({
      type: 'Month',
      description: 'Its last month.',
      resolve: ({ point, interval }) => monthDate(periodEnd(interval, point.start)),
    }),
    months: t.int({ description: 'Months of the period the dataset covers.', resolve: ({ point }) => point.months }),
    complete: t.boolean({
      description: 'False when the dataset covers only part of the period (a fiscal year to date, say).',
      resolve: ({ point, interval }) => point.months === monthsPerPeriod[interval],
    }),
    group: t.field({
      type: GroupRef,
      nullable: true,
      description: 'The group counted; null when the series is not grouped.',
      resolve: ({ point }) => point.group,
    }),
    value: t.int({ description: 'Encounters.', resolve: ({ point }) => point.value }),
    share: t.float({
      nullable: true,
      description: "This group's share of the period's total, 0 to 1; null when the series is not grouped.",
      resolve: ({ point }) => point.share,
    }),
    previous: t.field({
      type: ChangeRef,
      nullable: true,
      description:
        'Change against the previous period; null unless the dataset covers both periods in full (no year-to-date against a full year).',
      resolve: ({ point, interval }) => (point.previous ? { change: point.previous, interval } : null),
    }),
    yearAgo: t.field({
      type: ChangeRef,
      nullable: true,
      description:
        'Change against the same period a year earlier; null unless the dataset covers both periods in full.',
      resolve: ({ point, interval }) => (point.yearAgo ? { change: point.yearAgo, interval } : null),
    }),
    releases: t.field({
      type: [ReleaseRef],
      description: 'The releases its figures come from (one, unless the period spans a revision).',
      resolve: ({ releases }) => releases,
    }),
  }),
});

/** What every encounter answer carries: where its figures come from. */
const EncounterAnswer = builder.interfaceRef<Selection>('EncounterAnswer').implement({
  description: 'An answer from the encounter figures: the dataset and releases it comes from, and why that dataset.',
  fields: (t) => ({
    dataset: t.field({
      type: DatasetRef,
      description: 'The dataset every figure comes from.',
      resolve: ({ choice }, _args, ctx) => ctx.prisma.dataset.findUniqueOrThrow({ where: { id: choice.id } }),
    }),
    datasetSelection: t.field({
      type: DatasetSelection,
      description: 'Whether the dataset was named or picked, and why.',
      resolve: ({ choice }) => choice,
    }),
    releases: t.field({
      type: [ReleaseRef],
      description: 'Every release the figures come from, newest first.',
      resolve: ({ releases }) => releases,
    }),
  }),
});

export const SeriesRef = builder.objectRef<SeriesResult>('EncounterSeries').implement({
  description: 'Encounters by period, optionally broken down by dimensions, from one dataset.',
  interfaces: [EncounterAnswer],
  fields: (t) => ({
    asOfRelease: t.field({
      type: ReleaseRef,
      nullable: true,
      description: 'The release the figures are as of, when one was asked for.',
      resolve: ({ asOf }) => asOf,
    }),
    interval: t.field({ type: IntervalEnum, description: 'The period length.', resolve: ({ interval }) => interval }),
    groupBy: t.field({ type: [DimensionEnum], description: 'The dimensions grouped by.', resolve: (s) => s.groupBy }),
    points: t.field({
      type: [PointRef],
      description:
        'Oldest period first; within a period, groups in the order of their total over the whole range (each keeps its place from period to period), "all others" last.',
      resolve: ({ points, interval, releases }) =>
        points.map((point) => ({
          point,
          interval,
          releases: releases.filter((release) => point.releaseIds.includes(release.id)),
        })),
    }),
    firstToLast: t.field({
      type: ChangeRef,
      nullable: true,
      description: "The last period's total against the first period's (e.g. May to November); null with one period.",
      resolve: ({ points, interval }) => {
        const totals = new Map<string, number>();
        for (const { start, value } of points) totals.set(start, (totals.get(start) ?? 0) + value);
        const [first, ...rest] = [...totals.entries()];
        const last = rest.at(-1);
        if (!first || !last) return null;
        const [start, before] = first;
        return { change: changeSince(start, before, last[1]), interval };
      },
    }),
  }),
});

const RecordSinceRef = builder
  .objectRef<{ start: string; value: number; interval: Interval }>('EncounterRecordSince')
  .implement({
    description: 'The last earlier period at least as low (or as high).',
    fields: (t) => ({
      period: t.string({ description: 'That period.', resolve: (s) => periodLabel(s.interval, s.start) }),
      start: t.field({ type: 'Month', description: 'Its first month.', resolve: (s) => monthDate(s.start) }),
      value: t.exposeInt('value', { description: 'Encounters then.' }),
    }),
  });

const RecordRef = builder.objectRef<RecordPayload>('EncounterRecord').implement({
  description: 'Where a period ranks among all complete periods of a dataset: "the lowest since July 2020".',
  interfaces: [EncounterAnswer],
  fields: (t) => ({
    kind: t.field({ type: RecordKindEnum, description: 'Lowest or highest.', resolve: ({ kind }) => kind }),
    interval: t.field({ type: IntervalEnum, description: 'The period length.', resolve: ({ interval }) => interval }),
    period: t.string({
      description: 'The period ranked.',
      resolve: ({ record, interval }) => periodLabel(interval, record.start),
    }),
    start: t.field({
      type: 'Month',
      description: 'Its first month.',
      resolve: ({ record }) => monthDate(record.start),
    }),
    value: t.int({ description: 'Encounters in the period.', resolve: ({ record }) => record.value }),
    rank: t.int({
      description: '1 when no complete period of the dataset was lower (or higher); ties share a rank.',
      resolve: ({ record }) => record.rank,
    }),
    periods: t.int({ description: 'Complete periods ranked.', resolve: ({ record }) => record.periods }),
    since: t.field({
      type: RecordSinceRef,
      nullable: true,
      description:
        'The last earlier period at least as low (or high): the period is the lowest since then. Null when no earlier period was.',
      resolve: ({ record, interval }) => (record.since ? { ...record.since, interval } : null),
    }),
    firstPeriod: t.string({
      description: 'The first complete period of the dataset: with `since` null, the record holds since then.',
      resolve: ({ record, interval }) => periodLabel(interval, record.firstStart),
    }),
  }),
});

const RevisionRef = builder.objectRef<Revision>('EncounterRevision').implement({
  description: 'A month whose figure differs between two releases.',
  fields: (t) => ({
    month: t.field({ type: 'Month', description: 'The month.', resolve: (r) => monthDate(r.month) }),
    before: t.exposeInt('before', { description: 'The figure in the older release.' }),
    after: t.exposeInt('after', { description: 'The figure in the newer release.' }),
    absolute: t.int({ description: 'After minus before.', resolve: (r) => r.after - r.before }),
    percent: t.float({
      nullable: true,
      description: 'The revision in percent of the older figure; null when it was zero.',
      resolve: (r) => percentChange(r.before, r.after),
    }),
  }),
});

const RevisionsRef = builder
  .objectRef<{ from: Release; to: Release; monthsCompared: number; revisions: Revision[] }>('EncounterRevisions')
  .implement({
    description: 'What one release of a dataset changed against another, month by month.',
    fields: (t) => ({
      from: t.field({ type: ReleaseRef, description: 'The older release.', resolve: (r) => r.from }),
      to: t.field({ type: ReleaseRef, description: 'The newer release.', resolve: (r) => r.to }),
      monthsCompared: t.exposeInt('monthsCompared', { description: 'Months both releases cover.' }),
      months: t.field({
        type: [RevisionRef],
        description: 'The months whose figures differ, oldest first.',
        resolve: (r) => r.revisions,
      }),
    }),
  });

/** Checks the filter's lists before any SQL: lengths, and that values are not blank. */
export function checkEncounterFilter(filter: EncounterFilter): void {
  for (const [field, values] of Object.entries(filter)) {
    if (!Array.isArray(values)) continue;
    if (values.length > maxFilterValues) {
      throw new UserInputError(`filter.${field} takes at most ${maxFilterValues} values.`, `filter.${field}`);
    }
    if (values.some((value) => typeof value === 'string' && (value.trim() === '' || value.length > 200))) {
      throw new UserInputError(`filter.${field} has a blank or overlong value.`, `filter.${field}`);
    }
  }
}

/** The dataset, the as-of release if any, and (after the query) the releases the figures name. */
async function select(
  ctx: Context,
  args: { dataset?: string | null; asOfRelease?: string | number | null },
  filter: EncounterFilter,
  interval: Interval,
  groupBy: Dimension[] = [],
) {
  checkEncounterFilter(filter);
  const months = queryMonths(interval, filter);
  const asOf = args.asOfRelease ? await releaseArgument(ctx, 'asOfRelease', String(args.asOfRelease)) : null;
  const asOfDataset = asOf ? await ctx.prisma.dataset.findUniqueOrThrow({ where: { id: asOf.datasetId } }) : null;
  if (asOf && args.dataset && asOfDataset?.slug !== args.dataset) {
    throw new UserInputError(
      `asOfRelease is a release of ${asOfDataset?.slug}, not of ${args.dataset}.`,
      'asOfRelease',
    );
  }
  const choice = await selectDataset(ctx.prisma, {
    slug: args.dataset ?? asOfDataset?.slug,
    filter,
    groupBy,
    firstMonth: months.first,
    lastMonth: months.last,
  });
  // The dataset's releases load alongside the analytics statement instead of after it; the few the
  // figures came from are picked out once it returns.
  const releases = ctx.prisma.release.findMany({ where: { datasetId: choice.id }, orderBy: newestReleaseOrder });
  releases.catch(() => {});
  const releasesOf = async (ids: number[]) => {
    const used = new Set(ids);
    return (await releases).filter((release) => used.has(release.id));
  };
  return { choice, asOf, releasesOf };
}

/** Release IDs are decoded here, not by Pothos, so an error names the argument it came in. */
async function releaseArgument(ctx: Context, argument: string, globalId: string): Promise<Release> {
  const { typename, id } = decodeGlobalId(globalId, argument);
  if (typename !== 'Release') throw new UserInputError(`${argument} must be the ID of a Release.`, argument);
  const release = await ctx.prisma.release.findUnique({ where: { id: Number(id) } });
  if (!release) throw new UserInputError(`${argument} is not a release.`, argument);
  return release;
}

builder.queryFields((t) => ({
  encounterSeries: t.field({
    type: SeriesRef,
    description:
      'Encounters by month, quarter or year from one dataset, optionally grouped, with each point’s change ' +
      'against the previous period and a year earlier. Without `dataset`, the one that carries the filter’s ' +
      'dimensions and covers its months is picked and named.',
    args: {
      dataset: t.arg.string({ description: 'Dataset slug, e.g. `cbp-southwest`; omit to let Borderdesk pick.' }),
      filter: t.arg({ type: EncounterFilterInput, description: 'Which encounters and months.' }),
      interval: t.arg({ type: IntervalEnum, defaultValue: 'MONTH', description: 'Period length.' }),
      groupBy: t.arg({
        type: [DimensionEnum],
        description: 'Break each period down by these dimensions (at most 3).',
      }),
      top: t.arg.int({
        defaultValue: 10,
        description: `When grouped: keep the N largest groups over the range (1–${maxTop}), the rest as "other".`,
      }),
      asOfRelease: t.arg.id({
        description: 'The figures as they stood in this release (revision history), instead of the newest.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter ?? {};
      const groupBy = [...new Set(args.groupBy ?? [])];
      if (groupBy.length > 3) throw new UserInputError('groupBy takes at most 3 dimensions.', 'groupBy');
      const top = args.top ?? 10;
      if (top < 1 || top > maxTop) throw new UserInputError(`top must be between 1 and ${maxTop}.`, 'top');
      const interval = args.interval ?? 'MONTH';
      const { choice, asOf, releasesOf } = await select(ctx, args, filter, interval, groupBy);
      const points = await encounterSeries(ctx.prisma, {
        datasetId: choice.id,
        filter,
        interval,
        groupBy,
        top,
        ...(asOf ? { asOfReleaseId: asOf.id } : {}),
      });
      const releases = await releasesOf(points.flatMap((point) => point.releaseIds));
      return { choice, asOf, releases, interval, groupBy, points };
    },
  }),
  encounterRecord: t.field({
    type: RecordRef,
    description:
      'How a period ranks among all complete periods of a dataset, and since when none was as low (or high): ' +
      '"the lowest since July 2020". Without `period`, the record period itself.',
    args: {
      dataset: t.arg.string({ description: 'Dataset slug; omit to let Borderdesk pick.' }),
      filter: t.arg({ type: EncounterFilterInput, description: 'Which encounters; from/to bound the periods ranked.' }),
      period: t.arg({ type: 'Month', description: 'A month of the period to rank; omit for the record itself.' }),
      interval: t.arg({ type: IntervalEnum, defaultValue: 'MONTH', description: 'Period length.' }),
      kind: t.arg({ type: RecordKindEnum, required: true, description: 'Lowest or highest.' }),
      asOfRelease: t.arg.id({ description: 'The figures as they stood in this release.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter ?? {};
      const interval = args.interval ?? 'MONTH';
      const period = args.period ?? null;
      const { choice, asOf, releasesOf } = await select(ctx, args, filter, interval);
      const record = await encounterRecord(ctx.prisma, {
        datasetId: choice.id,
        filter,
        interval,
        kind: args.kind,
        period,
        ...(asOf ? { asOfReleaseId: asOf.id } : {}),
      });
      const releases = await releasesOf(record.releaseIds);
      return { choice, asOf, releases, interval, kind: args.kind, record };
    },
  }),
  encounterRevisions: t.field({
    type: RevisionsRef,
    description: 'Compares two releases of one dataset: the months both cover whose figures differ.',
    args: {
      from: t.arg.id({ required: true, description: 'The older release.' }),
      to: t.arg.id({ required: true, description: 'The newer release.' }),
      filter: t.arg({ type: EncounterFilterInput, description: 'Which encounters and months to compare.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter ?? {};
      checkEncounterFilter(filter);
      const from = await releaseArgument(ctx, 'from', String(args.from));
      const to = await releaseArgument(ctx, 'to', String(args.to));
      if (from.datasetId !== to.datasetId) {
        throw new UserInputError('from and to must be releases of the same dataset.', 'to');
      }
      const dataset = await ctx.prisma.dataset.findUniqueOrThrow({ where: { id: from.datasetId } });
      await selectDataset(ctx.prisma, { slug: dataset.slug, filter, firstMonth: null, lastMonth: null });
      const result = await encounterRevisions(ctx.prisma, { fromReleaseId: from.id, toReleaseId: to.id, filter });
      return { from, to, ...result };
    },
  }),
}));
