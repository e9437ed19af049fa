import { builder } from '../builder.js';
import {
  DatePrecisionEnum,
  JurisdictionLevelEnum,
  PolicyEventKindEnum,
  PolicyKindEnum,
  PolicyStatusEnum,
  StancePositionEnum,
} from './enums.js';

builder.prismaNode('Policy', {
  id: { field: 'id' },
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
      description: 'When it first took effect (its earliest EFFECTIVE event), if recorded.',
    }),
    events: t.relation('events', {
      description: 'Its timeline, oldest first.',
      query: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
    }),
    stances: t.relation('stances', {
      description: 'Who supports or opposes it, with the statement that shows it.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', {
      description: 'Where the policy is documented or reported.',
      query: { orderBy: { id: 'asc' } },
    }),
    mentionedIn: t.relatedConnection('mentionedIn', {
      cursor: 'id',
      totalCount: true,
      description: 'Statements that name the policy, most recent first.',
      query: { orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
  }),
});

builder.prismaNode('PolicyEvent', {
  id: { field: 'id' },
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
  }),
});

builder.prismaNode('Stance', {
  id: { field: 'id' },
  nullable: true,
  description: 'An actor’s position on a policy, evidenced by a statement.',
  fields: (t) => ({
    position: t.expose('position', { type: StancePositionEnum, description: 'Supports, opposes or mixed.' }),
    actor: t.relation('actor', { description: 'Who takes the position.' }),
    policy: t.relation('policy', { description: 'The policy.' }),
    evidence: t.relation('statement', { nullable: true, description: 'The statement that shows the position.' }),
    note: t.exposeString('note', { description: 'An editor’s note on how the position was read.' }),
  }),
});

builder.queryFields((t) => ({
  policies: t.prismaConnection({
    type: 'Policy',
    cursor: 'id',
    description: 'Every policy, by title.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.policy.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.policy.findMany({ ...query, orderBy: [{ title: 'asc' }, { id: 'asc' }] }),
  }),
  policy: t.prismaField({
    type: 'Policy',
    nullable: true,
    description: 'One policy by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The policy slug, e.g. `securing-the-border`.' }) },
    resolve: (query, _parent, { slug }, ctx) => ctx.prisma.policy.findUnique({ ...query, where: { slug } }),
  }),
}));
