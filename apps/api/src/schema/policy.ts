import type { Prisma } from '@borderdesk/db';
import { scopesOf } from '../access/caller.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import {
  anyOf,
  checkListFilter,
  containing,
  DateRangeInput,
  live,
  liveOrChangedSince,
  orderInput,
  partialDatesWithin,
  updatedSinceDescription,
} from '../editorial/list-arguments.js';
import { findable, findById, recordFields } from '../editorial/record-fields.js';
import {
  DatePrecisionEnum,
  JurisdictionLevelEnum,
  PolicyEventKindEnum,
  PolicyKindEnum,
  PolicyStatusEnum,
  StancePositionEnum,
} from './enums.js';
import { StatementRef, statementListArgs, statementListQuery } from './statement.js';

builder.prismaNode('Policy', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description:
    'A law, rule, order, program or local policy: what it is, who issued it, when it took effect, who stands where.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable identifier, e.g. `securing-the-border`.' }),
    title: t.exposeString('title', { description: 'The full title.' }),
    shortName: t.exposeString('shortName', { description: 'The name reporters use, e.g. "CBP One".' }),
    kind: t.expose('kind', { type: PolicyKindEnum, description: 'Its legal or administrative form.' }),
    jurisdictionLevel: t.expose('jurisdictionLevel', {
      type: JurisdictionLevelEnum,
      description: 'The level of government it applies at.',
    }),
    jurisdictionName: t.exposeString('jurisdictionName', {
      description: 'The jurisdiction it applies in, e.g. "California" or "San Diego County".',
    }),
    status: t.expose('status', { type: PolicyStatusEnum, description: 'Where it stands as of the last update.' }),
    citations: t.exposeStringList('citations', { description: 'Official citations, e.g. `89 FR 48710`.' }),
    summary: t.exposeString('summary', { description: 'What it does, in a few sentences.' }),
    issuer: t.relation('issuer', { nullable: true, description: 'Who issued or enacted it.' }),
    effectiveOn: t.expose('effectiveOn', {
      type: 'Date',
      nullable: true,
      description: 'When it first took effect (its earliest EFFECTIVE event), if recorded (see `effectivePrecision`).',
    }),
    effectivePrecision: t.expose('effectivePrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `effectiveOn` is known.',
    }),
    events: t.relation('events', {
      description: 'Its timeline, oldest first.',
      query: { where: live, orderBy: [{ date: 'asc' }, { id: 'asc' }] },
    }),
    stances: t.relation('stances', {
      description: 'Who supports or opposes it, with the statement that shows it.',
      // A stance on an archived policy, or of an archived actor, is archived with it.
      query: { where: { ...live, actor: live }, orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', {
      description: 'Where the policy is documented or reported.',
      query: { where: live, orderBy: { id: 'asc' } },
    }),
    mentionedIn: t.relatedConnection('mentionedIn', {
      cursor: 'id',
      totalCount: true,
      description: 'Statements that name the policy, most recently said first unless `orderBy` says otherwise.',
      args: statementListArgs(t.arg),
      query: (args, ctx) => statementListQuery(args, ctx),
    }),
    ...recordFields(t),
  }),
});

builder.prismaNode('PolicyEvent', {
  id: { field: 'id' },
  // An event is part of its policy: archiving the policy archives it for everyone but editors.
  findUnique: findById({ policy: live }),
  nullable: true,
  description: 'A dated step in the life of a policy: announced, signed, effective, enjoined, rescinded, voted on.',
  fields: (t) => ({
    kind: t.expose('kind', { type: PolicyEventKindEnum, description: 'What happened.' }),
    date: t.expose('date', { type: 'Date', description: 'When it happened (see `datePrecision`).' }),
    datePrecision: t.expose('datePrecision', { type: DatePrecisionEnum, description: 'How much of `date` is known.' }),
    description: t.exposeString('description', { description: 'What happened, in a sentence.' }),
    voteTally: t.exposeString('voteTally', { nullable: true, description: 'For votes: the tally, e.g. "3–1".' }),
    policy: t.relation('policy', { description: 'The policy.' }),
    source: t.relation('source', { nullable: true, description: 'Where the event is documented.' }),
    ...recordFields(t, { timestamps: false }),
  }),
});

builder.prismaNode('Stance', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description: 'An actor’s position on a policy, evidenced by a statement.',
  fields: (t) => ({
    position: t.expose('position', { type: StancePositionEnum, description: 'Supports, opposes or mixed.' }),
    actor: t.relation('actor', { description: 'Who takes the position.' }),
    policy: t.relation('policy', { description: 'The policy.' }),
    evidence: t.field({
      type: StatementRef,
      nullable: true,
      description:
        'The statement that shows the position; null when none is recorded, or when it is archived and the caller is not an editor.',
      select: (_args, _ctx, nestedSelection) => ({ statement: nestedSelection(true) }),
      resolve: (stance, _args, ctx) =>
        stance.statement && (stance.statement.archivedAt === null || scopesOf(ctx.caller).editor)
          ? stance.statement
          : null,
    }),
    note: t.exposeString('note', { description: 'An editor’s note on how the position was read.' }),
    ...recordFields(t, { timestamps: false }),
  }),
});

const PolicyFilterInput = builder.inputType('PolicyFilter', {
  description:
    'Which policies: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing.',
  fields: (t) => ({
    kinds: t.field({ type: [PolicyKindEnum], description: 'Of any of these legal or administrative forms.' }),
    jurisdictionLevels: t.field({
      type: [JurisdictionLevelEnum],
      description: 'At any of these levels of government.',
    }),
    jurisdictionName: t.string({
      description:
        'Text in the jurisdiction name, ignoring case: `san diego` matches "San Diego County"; `%` and `_` match themselves.',
    }),
    name: t.string({
      description: 'Text in the title or the short name, ignoring case; `%` and `_` match themselves.',
    }),
    statuses: t.field({ type: [PolicyStatusEnum], description: 'In any of these states.' }),
    effectiveOn: t.field({
      type: DateRangeInput,
      description:
        'First took effect within these dates (`effectiveOn`); a partly known date (`2020-03`) matches only when all of it is inside. Policies never in effect do not match.',
    }),
    issuer: t.string({ description: 'Issued by this actor (slug).' }),
    updatedSince: t.field({ type: 'DateTime', description: updatedSinceDescription }),
  }),
});

const policyOrder = orderInput(
  'Policy',
  {
    TITLE: {
      description: 'The title.',
      direction: 'asc',
      orderBy: (sort): Prisma.PolicyOrderByWithRelationInput => ({ title: sort }),
    },
    EFFECTIVE_ON: {
      description: 'When it first took effect; policies never in effect last.',
      direction: 'desc',
      orderBy: (sort): Prisma.PolicyOrderByWithRelationInput => ({ effectiveOn: { sort, nulls: 'last' } }),
    },
    CREATED_AT: {
      description: 'When the record was created.',
      direction: 'desc',
      orderBy: (sort): Prisma.PolicyOrderByWithRelationInput => ({ createdAt: sort }),
    },
    UPDATED_AT: {
      description: 'When the record last changed.',
      direction: 'desc',
      orderBy: (sort): Prisma.PolicyOrderByWithRelationInput => ({ updatedAt: sort }),
    },
  },
  'TITLE',
);

function policyWhere(
  ctx: Context,
  filter: typeof PolicyFilterInput.$inferInput | null | undefined,
): Prisma.PolicyWhereInput {
  checkListFilter(filter);
  const name = containing(filter?.name);
  return {
    ...liveOrChangedSince(ctx, filter?.updatedSince),
    kind: anyOf(filter?.kinds),
    jurisdictionLevel: anyOf(filter?.jurisdictionLevels),
    jurisdictionName: containing(filter?.jurisdictionName),
    status: anyOf(filter?.statuses),
    issuer: filter?.issuer != null ? { slug: filter.issuer } : undefined,
    AND: [
      { OR: name ? [{ title: name }, { shortName: name }] : undefined },
      {
        OR: partialDatesWithin(filter?.effectiveOn)?.map(({ precision, date }) => ({
          effectivePrecision: precision,
          effectiveOn: date,
        })),
      },
    ],
  };
}

builder.queryFields((t) => ({
  policies: t.prismaConnection({
    type: 'Policy',
    cursor: 'id',
    description: 'Policies, by title unless `orderBy` says otherwise.',
    args: {
      filter: t.arg({ type: PolicyFilterInput, description: 'Only the policies that match.' }),
      orderBy: t.arg({ type: policyOrder.Input, description: 'The order; by title by default.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.policy.count({ where: policyWhere(ctx, args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.policy.findMany({
        ...query,
        where: policyWhere(ctx, args.filter),
        orderBy: policyOrder.orderBy(args.orderBy),
      }),
  }),
  policy: t.prismaField({
    type: 'Policy',
    nullable: true,
    description: 'One policy by slug; null when there is none, or when it is archived and the caller is not an editor.',
    args: { slug: t.arg.string({ required: true, description: 'The policy slug, e.g. `securing-the-border`.' }) },
    resolve: (query, _parent, { slug }, ctx) =>
      ctx.prisma.policy.findUnique({ ...query, where: { slug, ...findable(ctx) } }),
  }),
}));
