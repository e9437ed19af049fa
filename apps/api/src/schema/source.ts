import { builder } from '../builder.js';
import { DatePrecisionEnum, SourceKindEnum } from './enums.js';

builder.prismaNode('Source', {
  id: { field: 'id' },
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
      description: 'Statements this source reports, in the order they were entered.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.prismaConnection({
    type: 'Source',
    cursor: 'id',
    description: 'Every source, most recently published first.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.source.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.source.findMany({
        ...query,
        orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));
