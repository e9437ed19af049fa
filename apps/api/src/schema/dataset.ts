import { Prisma } from '@borderdesk/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { newestReleaseFirst, newestReleaseOrder } from '../encounters/releases.js';
import { DimensionEnum } from './enums.js';

interface DatasetFacts {
  currentReleaseId: number | null;
  firstMonth: Date | null;
  lastMonth: Date | null;
  months: number;
}

/** Each dataset's newest release and the months it covers: one query per request, whatever the list. */
function datasetFacts(ctx: Context): Promise<Map<number, DatasetFacts>> {
  return ctx.once('datasetFacts', async () => {
    const rows = await ctx.prisma.$queryRaw<(DatasetFacts & { datasetId: number })[]>(Prisma.sql`
      SELECT d.id AS "datasetId",
        (SELECT r.id FROM "Release" r WHERE r."datasetId" = d.id ORDER BY ${newestReleaseFirst} LIMIT 1)
          AS "currentReleaseId",
        min(rm.month) AS "firstMonth", max(rm.month) AS "lastMonth", count(DISTINCT rm.month)::int AS months
      FROM "Dataset" d LEFT JOIN "ReleaseMonth" rm ON rm."datasetId" = d.id
      GROUP BY d.id`);
    return new Map(rows.map((row) => [row.datasetId, row]));
  });
}

const ScopeRef = builder.objectRef<{ dimension: string; values: string[] }>('DatasetScope').implement({
  description: 'A dimension on which every figure of a dataset has one of a few values.',
  fields: (t) => ({
    dimension: t.field({ type: DimensionEnum, description: 'The dimension.', resolve: (s) => s.dimension as never }),
    values: t.exposeStringList('values', { description: 'The values its figures have, e.g. `SOUTHWEST`.' }),
  }),
});

const CoverageRef = builder.objectRef<DatasetFacts>('DatasetCoverage').implement({
  description: 'The months a dataset has figures for, across its releases.',
  fields: (t) => ({
    firstMonth: t.field({
      type: 'Month',
      nullable: true,
      description: 'The first month.',
      resolve: (c) => c.firstMonth,
    }),
    lastMonth: t.field({ type: 'Month', nullable: true, description: 'The last month.', resolve: (c) => c.lastMonth }),
    months: t.exposeInt('months', { description: 'How many months, gaps excluded.' }),
  }),
});

export const DatasetRef = builder.prismaNode('Dataset', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A published series of encounter statistics with one file layout, e.g. CBP Southwest Land Border Encounters.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable identifier, e.g. `cbp-southwest`.' }),
    name: t.exposeString('name', { description: 'The name the publisher gives it.' }),
    publisher: t.exposeString('publisher', { description: 'Who publishes it.' }),
    landingPage: t.exposeString('landingPage', { description: 'Where the publisher offers it.' }),
    description: t.exposeString('description', { description: 'What it covers and how to read it.' }),
    dimensions: t.expose('dimensions', {
      type: [DimensionEnum],
      description: 'The dimensions its figures carry; the others are unknown for this dataset, never guessed.',
    }),
    roundingUnit: t.exposeInt('roundingUnit', {
      description: 'Figures are rounded to this unit: 1 for exact counts, 10 for the nearest ten.',
    }),
    scope: t.field({
      type: [ScopeRef],
      description:
        'Dimensions it only covers in part, e.g. the Southwest file is LAND_BORDER_REGION SOUTHWEST only. ' +
        'Automatic dataset picks respect it: a nationwide question never gets Southwest figures.',
      resolve: (dataset) =>
        Object.entries(dataset.scope as Record<string, string[]>).map(([dimension, values]) => ({ dimension, values })),
    }),
    coverage: t.field({
      type: CoverageRef,
      description: 'The months it has figures for.',
      resolve: async (dataset, _args, ctx) =>
        (await datasetFacts(ctx)).get(dataset.id) ?? {
          currentReleaseId: null,
          firstMonth: null,
          lastMonth: null,
          months: 0,
        },
    }),
    currentRelease: t.prismaField({
      type: 'Release',
      nullable: true,
      description: 'Its newest release, whose figures are current for every month it covers; null before any import.',
      resolve: async (query, dataset, _args, ctx) => {
        const id = (await datasetFacts(ctx)).get(dataset.id)?.currentReleaseId;
        return id ? ctx.prisma.release.findUnique({ ...query, where: { id } }) : null;
      },
    }),
    releases: t.relation('releases', {
      description:
        'Its files as imported, newest first (the one reaching the latest month, then the latest published).',
      query: { orderBy: newestReleaseOrder },
    }),
  }),
});

export const ReleaseRef = builder.prismaNode('Release', {
  id: { field: 'id' },
  nullable: true,
  description: 'One file of a dataset as published. A newer release supersedes the months it shares with an older one.',
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'How the publisher names the release, e.g. "FY22–FY25, August 2025".',
    }),
    fileName: t.exposeString('fileName', { description: 'The file as imported.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the file, hex.' }),
    rowCount: t.exposeInt('rowCount', { description: 'Data rows in the file.' }),
    firstMonth: t.expose('firstMonth', { type: 'Month', description: 'The first month the file covers.' }),
    lastMonth: t.expose('lastMonth', { type: 'Month', description: 'The last month the file covers.' }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      nullable: true,
      description: 'When the publisher released it, if known.',
    }),
    importedAt: t.expose('importedAt', { type: 'DateTime', description: 'When Borderdesk imported it.' }),
    isCurrent: t.boolean({
      description: 'True for the newest release of its dataset; older ones stay queryable as revisions.',
      resolve: async (release, _args, ctx) =>
        (await datasetFacts(ctx)).get(release.datasetId)?.currentReleaseId === release.id,
    }),
    dataset: t.relation('dataset', { description: 'The dataset it belongs to.' }),
  }),
});

builder.queryFields((t) => ({
  datasets: t.prismaConnection({
    type: 'Dataset',
    cursor: 'id',
    description: 'Every encounter dataset, by slug.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.dataset.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.dataset.findMany({ ...query, orderBy: [{ slug: 'asc' }, { id: 'asc' }] }),
  }),
  dataset: t.prismaField({
    type: 'Dataset',
    nullable: true,
    description: 'One dataset by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The dataset slug, e.g. `cbp-southwest`.' }) },
    resolve: (query, _parent, { slug }, ctx) => ctx.prisma.dataset.findUnique({ ...query, where: { slug } }),
  }),
}));
