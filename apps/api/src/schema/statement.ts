import type { Prisma } from '@borderdesk/db';
import type { ArgBuilder } from '@pothos/core';
import { type BuilderTypes, builder } from '../builder.js';
import type { Context } from '../context.js';
import {
  checkListFilter,
  DateRangeInput,
  live,
  liveOrChangedSince,
  orderInput,
  partialDatesWithin,
  updatedSinceDescription,
} from '../editorial/list-arguments.js';
import { findable, findById, recordFields } from '../editorial/record-fields.js';
import { DatePrecisionEnum } from './enums.js';

const StatementMentions = builder.prismaObject('Statement', {
  variant: 'StatementMentions',
  description: 'The actors and policies a statement names.',
  fields: (t) => ({
    actors: t.relation('mentionedActors', {
      description: 'Actors the statement names, by name.',
      query: { where: live, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    policies: t.relation('mentionedPolicies', {
      description: 'Policies the statement names, by title.',
      query: { where: live, orderBy: [{ title: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description: 'Something an actor said: verbatim text, or a paraphrase marked as such, with its source.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable identifier.' }),
    text: t.exposeString('text', { description: 'The words as the source prints them.' }),
    isParaphrase: t.exposeBoolean('isParaphrase', {
      description: 'True when the source reports what was said in its own words rather than quoting it.',
    }),
    speaker: t.relation('speaker', { description: 'Who said it.' }),
    saidOn: t.expose('saidOn', { type: 'Date', nullable: true, description: 'When it was said, if known.' }),
    saidOnPrecision: t.expose('saidOnPrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `saidOn` is known.',
    }),
    setting: t.exposeString('setting', {
      description: 'Where it was said, e.g. "Time interview"; empty when unknown.',
    }),
    topics: t.exposeStringList('topics', { description: 'What it is about, as kebab-case topic keys.' }),
    source: t.relation('source', { description: 'Where it was reported.' }),
    mentions: t.variant(StatementMentions, { description: 'The actors and policies the statement names.' }),
    claims: t.relation('claims', {
      description:
        'Checkable assertions about encounter data inside the statement (none, unless the caller is an editor, when the statement is archived).',
      query: (_args, ctx) => ({ where: { ...live, ...findable(ctx, { statement: live }) }, orderBy: { id: 'asc' } }),
    }),
    ...recordFields(t),
  }),
});

const StatementFilterInput = builder.inputType('StatementFilter', {
  description:
    'Which statements: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing.',
  fields: (t) => ({
    speakers: t.stringList({ description: 'Said by any of these actors (slugs).' }),
    saidOn: t.field({
      type: DateRangeInput,
      description:
        'Said within these dates. A partly known date counts only when all of it lies inside: "December 2024" is within December but not within its first half; undated statements never match.',
    }),
    topics: t.stringList({ description: 'About any of these topics (exact kebab-case keys, e.g. `sanctuary`).' }),
    mentionsActor: t.string({ description: 'Names this actor (slug).' }),
    mentionsPolicy: t.string({ description: 'Names this policy (slug).' }),
    source: t.string({ description: 'Reported by this source (slug).' }),
    isParaphrase: t.boolean({ description: 'True for paraphrases only, false for verbatim quotations only.' }),
    updatedSince: t.field({ type: 'DateTime', description: updatedSinceDescription }),
  }),
});

const statementOrder = orderInput(
  'Statement',
  {
    SAID_ON: {
      description: 'When it was said; undated statements last.',
      direction: 'desc',
      orderBy: (sort): Prisma.StatementOrderByWithRelationInput => ({ saidOn: { sort, nulls: 'last' } }),
    },
    CREATED_AT: {
      description: 'When the record was created.',
      direction: 'desc',
      orderBy: (sort): Prisma.StatementOrderByWithRelationInput => ({ createdAt: sort }),
    },
    UPDATED_AT: {
      description: 'When the record last changed.',
      direction: 'desc',
      orderBy: (sort): Prisma.StatementOrderByWithRelationInput => ({ updatedAt: sort }),
    },
  },
  'SAID_ON',
);

/** The `filter` and `orderBy` arguments of every statement list (root, actor, policy, source). */
export function statementListArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    filter: arg({ type: StatementFilterInput, description: 'Only the statements that match.' }),
    orderBy: arg({ type: statementOrder.Input, description: 'The order; most recently said first by default.' }),
  };
}

type StatementListArgs = {
  filter?: typeof StatementFilterInput.$inferInput | null;
  orderBy?: typeof statementOrder.Input.$inferInput | null;
};

/** The Prisma `where` and `orderBy` for a statement list's arguments. */
export function statementListQuery(
  { filter, orderBy }: StatementListArgs,
  ctx: Context,
): {
  where: Prisma.StatementWhereInput;
  orderBy: Prisma.StatementOrderByWithRelationInput[];
} {
  checkListFilter(filter);
  const where: Prisma.StatementWhereInput = {
    ...liveOrChangedSince(ctx, filter?.updatedSince),
    speaker: filter?.speakers?.length ? { slug: { in: filter.speakers } } : undefined,
    topics: filter?.topics?.length ? { hasSome: filter.topics } : undefined,
    mentionedActors: filter?.mentionsActor != null ? { some: { slug: filter.mentionsActor } } : undefined,
    mentionedPolicies: filter?.mentionsPolicy != null ? { some: { slug: filter.mentionsPolicy } } : undefined,
    source: filter?.source != null ? { slug: filter.source } : undefined,
    isParaphrase: filter?.isParaphrase ?? undefined,
    OR: partialDatesWithin(filter?.saidOn)?.map(({ precision, date }) => ({
      saidOnPrecision: precision,
      saidOn: date,
    })),
  };
  return { where, orderBy: statementOrder.orderBy(orderBy) };
}

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    description: 'Statements, most recently said first unless `orderBy` says otherwise.',
    args: statementListArgs(t.arg),
    totalCount: (_parent, args, ctx) => ctx.prisma.statement.count({ where: statementListQuery(args, ctx).where }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.statement.findMany({ ...query, ...statementListQuery(args, ctx) }),
  }),
}));
