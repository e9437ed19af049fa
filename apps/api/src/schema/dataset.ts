import { builder } from '../builder.js';
import { DimensionEnum } from './enums.js';

builder.prismaNode('Dataset', {
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
    releases: t.relation('releases', {
      description: 'Its files as imported, newest first.',
      query: { orderBy: [{ importedAt: 'desc' }, { id: 'desc' }] },
    }),
  }),
});

builder.prismaNode('Release', {
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
