import { builder } from '../builder.js';
import { DatePrecisionEnum } from './enums.js';

const StatementMentions = builder.prismaObject('Statement', {
  variant: 'StatementMentions',
  description: 'The actors and policies a statement names.',
  fields: (t) => ({
    actors: t.relation('mentionedActors', {
      description: 'Actors the statement names, by name.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    policies: t.relation('mentionedPolicies', {
      description: 'Policies the statement names, by title.',
      query: { orderBy: [{ title: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaNode('Statement', {
  id: { field: 'id' },
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
      description: 'Checkable assertions about encounter data inside the statement.',
      query: { orderBy: { id: 'asc' } },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
  }),
});

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    description: 'Every statement, most recent first.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.statement.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.statement.findMany({
        ...query,
        orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      }),
  }),
}));
