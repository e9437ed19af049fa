import type { Prisma } from '@borderdesk/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import {
  anyOf,
  checkListFilter,
  containing,
  DateRangeInput,
  liveOrChangedSince,
  orderInput,
  partialDatesWithin,
  updatedSinceDescription,
} from '../editorial/list-arguments.js';
import { findById, recordFields } from '../editorial/record-fields.js';
import { DatePrecisionEnum, SourceKindEnum } from './enums.js';
import { statementListArgs, statementListQuery } from './statement.js';

builder.prismaNode('Source', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description:
    'Where something was said or published: an article, a press release, an interview, a hearing, a document.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable identifier.' }),
    kind: t.expose('kind', { type: SourceKindEnum, description: 'What kind of publication this is.' }),
    title: t.exposeString('title', { description: 'The title as published.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read it, when it is online.' }),
    publisher: t.relation('publisher', { nullable: true, description: 'Who published it.' }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      nullable: true,
      description: 'When it was published, if known.',
    }),
    publishedOnPrecision: t.expose('publishedOnPrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `publishedOn` is known.',
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'Statements this source reports, most recently said first unless `orderBy` says otherwise.',
      args: statementListArgs(t.arg),
      query: (args, ctx) => statementListQuery(args, ctx),
    }),
    ...recordFields(t),
  }),
});

const SourceFilterInput = builder.inputType('SourceFilter', {
  description:
    'Which sources: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing.',
  fields: (t) => ({
    kinds: t.field({ type: [SourceKindEnum], description: 'Of any of these kinds.' }),
    publisher: t.string({ description: 'Published by this actor (slug).' }),
    publishedOn: t.field({
      type: DateRangeInput,
      description:
        'Published within these dates. A partly known date counts only when all of it lies inside; undated sources never match.',
    }),
    title: t.string({ description: 'Text in the title, ignoring case; `%` and `_` match themselves.' }),
    updatedSince: t.field({ type: 'DateTime', description: updatedSinceDescription }),
  }),
});

const sourceOrder = orderInput(
  'Source',
  {
    PUBLISHED_ON: {
      description: 'When it was published; undated sources last.',
      direction: 'desc',
      orderBy: (sort): Prisma.SourceOrderByWithRelationInput => ({ publishedOn: { sort, nulls: 'last' } }),
    },
    TITLE: {
      description: 'The title.',
      direction: 'asc',
      orderBy: (sort): Prisma.SourceOrderByWithRelationInput => ({ title: sort }),
    },
    CREATED_AT: {
      description: 'When the record was created.',
      direction: 'desc',
      orderBy: (sort): Prisma.SourceOrderByWithRelationInput => ({ createdAt: sort }),
    },
    UPDATED_AT: {
      description: 'When the record last changed.',
      direction: 'desc',
      orderBy: (sort): Prisma.SourceOrderByWithRelationInput => ({ updatedAt: sort }),
    },
  },
  'PUBLISHED_ON',
);

function sourceWhere(
  ctx: Context,
  filter: typeof SourceFilterInput.$inferInput | null | undefined,
): Prisma.SourceWhereInput {
  checkListFilter(filter);
  return {
    ...liveOrChangedSince(ctx, filter?.updatedSince),
    kind: anyOf(filter?.kinds),
    publisher: filter?.publisher != null ? { slug: filter.publisher } : undefined,
    title: containing(filter?.title),
    OR: partialDatesWithin(filter?.publishedOn)?.map(({ precision, date }) => ({
      publishedOnPrecision: precision,
      publishedOn: date,
    })),
  };
}

builder.queryFields((t) => ({
  sources: t.prismaConnection({
    type: 'Source',
    cursor: 'id',
    description: 'Sources, most recently published first unless `orderBy` says otherwise.',
    args: {
      filter: t.arg({ type: SourceFilterInput, description: 'Only the sources that match.' }),
      orderBy: t.arg({ type: sourceOrder.Input, description: 'The order; most recently published first by default.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.source.count({ where: sourceWhere(ctx, args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.source.findMany({
        ...query,
        where: sourceWhere(ctx, args.filter),
        orderBy: sourceOrder.orderBy(args.orderBy),
      }),
  }),
}));
