import { Prisma } from '@borderdesk/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import {
  anyOf,
  checkListFilter,
  likeLiteral,
  live,
  liveOrChangedSince,
  orderInput,
  updatedSinceDescription,
} from '../editorial/list-arguments.js';
import { findable, findById, recordFields } from '../editorial/record-fields.js';
import { ActorKindEnum, DatePrecisionEnum, OrganizationClassificationEnum } from './enums.js';
import { statementListArgs, statementListQuery } from './statement.js';

const liveRolesNewestFirst: { where: Prisma.RoleWhereInput; orderBy: Prisma.RoleOrderByWithRelationInput[] } = {
  where: live,
  orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
};

builder.prismaNode('Actor', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description:
    'A person or an organization (after the Popolo standard): officials, agencies, governments, researchers, outlets.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable identifier, e.g. `tom-homan`.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'Person or organization.' }),
    name: t.exposeString('name', { description: 'The name as commonly written.' }),
    otherNames: t.exposeStringList('otherNames', {
      description: 'Other names the actor is known by: abbreviations, former names, spellings seen in print.',
    }),
    classification: t.expose('classification', {
      type: OrganizationClassificationEnum,
      nullable: true,
      description: 'What kind of organization this is; null for people.',
    }),
    summary: t.exposeString('summary', { description: 'Who or what this is, in a sentence or two.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The organization this one is part of (CBP within DHS).',
    }),
    children: t.relation('children', {
      description: 'Organizations that are part of this one.',
      query: { where: live, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    links: t.relation('links', { description: 'Web pages about the actor.', query: { orderBy: { id: 'asc' } } }),
    roles: t.relation('roles', {
      description: "A person's positions over time, most recent first.",
      query: liveRolesNewestFirst,
    }),
    members: t.relation('members', {
      description: 'People holding positions in this organization, most recent first.',
      query: liveRolesNewestFirst,
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What the actor said, most recently said first unless `orderBy` says otherwise.',
      args: statementListArgs(t.arg),
      query: (args, ctx) => statementListQuery(args, ctx),
    }),
    stances: t.relation('stances', {
      description: "The actor's positions on policies.",
      // A stance on an archived policy, or of an archived actor, is archived with it.
      query: { where: { ...live, policy: live }, orderBy: { id: 'asc' } },
    }),
    issuedPolicies: t.relation('issuedPolicies', {
      description: 'Policies this actor issued.',
      query: { where: live, orderBy: [{ title: 'asc' }, { id: 'asc' }] },
    }),
    ...recordFields(t),
  }),
});

builder.prismaObject('ActorLink', {
  description: 'A web page about an actor.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The address.' }),
    note: t.exposeString('note', { description: 'What the page is, e.g. "official biography".' }),
  }),
});

builder.prismaNode('Role', {
  id: { field: 'id' },
  findUnique: findById(),
  nullable: true,
  description: "A person's position in an organization (a Popolo membership), with partial dates.",
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The position, e.g. "Border czar".' }),
    person: t.relation('person', { description: 'Who holds the position.' }),
    organization: t.relation('organization', {
      nullable: true,
      description: 'Where the position is held; null when no organization is recorded.',
    }),
    startDate: t.expose('startDate', {
      type: 'Date',
      nullable: true,
      description: 'When the position began, if known.',
    }),
    startPrecision: t.expose('startPrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `startDate` is known.',
    }),
    endDate: t.expose('endDate', {
      type: 'Date',
      nullable: true,
      description: 'When the position ended; null while it lasts or when unknown.',
    }),
    endPrecision: t.expose('endPrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `endDate` is known.',
    }),
    source: t.relation('source', { nullable: true, description: 'Where the role is documented.' }),
    ...recordFields(t, { timestamps: false }),
  }),
});

const ActorFilterInput = builder.inputType('ActorFilter', {
  description:
    'Which actors: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, description: 'People or organizations.' }),
    classifications: t.field({
      type: [OrganizationClassificationEnum],
      description: 'Organizations of any of these kinds (people have none).',
    }),
    organization: t.string({
      description:
        'An organization (slug): the people who hold or held a role in it, and the organizations directly part of it.',
    }),
    name: t.string({
      description: 'Text in the name or in any other name, ignoring case; `%` and `_` match themselves.',
    }),
    hasStatements: t.boolean({
      description: 'True for actors with at least one (live) statement, false for those with none.',
    }),
    updatedSince: t.field({ type: 'DateTime', description: updatedSinceDescription }),
  }),
});

const actorOrder = orderInput(
  'Actor',
  {
    NAME: {
      description: 'The name.',
      direction: 'asc',
      orderBy: (sort): Prisma.ActorOrderByWithRelationInput => ({ name: sort }),
    },
    CREATED_AT: {
      description: 'When the record was created.',
      direction: 'desc',
      orderBy: (sort): Prisma.ActorOrderByWithRelationInput => ({ createdAt: sort }),
    },
    UPDATED_AT: {
      description: 'When the record last changed.',
      direction: 'desc',
      orderBy: (sort): Prisma.ActorOrderByWithRelationInput => ({ updatedAt: sort }),
    },
  },
  'NAME',
);

type ActorFilter = typeof ActorFilterInput.$inferInput;

async function actorWhere(ctx: Context, filter: ActorFilter | null | undefined): Promise<Prisma.ActorWhereInput> {
  checkListFilter(filter);
  const { organization, name, hasStatements } = filter ?? {};
  return {
    ...liveOrChangedSince(ctx, filter?.updatedSince),
    kind: filter?.kind ?? undefined,
    classification: anyOf(filter?.classifications),
    id: name != null ? { in: await actorIdsNamed(ctx, name) } : undefined,
    statements: hasStatements == null ? undefined : hasStatements ? { some: live } : { none: live },
    OR:
      organization != null
        ? [{ roles: { some: { ...live, organization: { slug: organization } } } }, { parent: { slug: organization } }]
        : undefined,
  };
}

/**
 * Prisma cannot match text inside array elements, so other names are searched here, once per
 * request however many fields (page, totalCount) ask.
 */
function actorIdsNamed(ctx: Context, text: string): Promise<number[]> {
  const pattern = `%${likeLiteral(text)}%`;
  return ctx.once(`actor-ids-named:${text}`, async () => {
    const rows = await ctx.prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
      SELECT id FROM "Actor"
      WHERE name ILIKE ${pattern} OR EXISTS (SELECT FROM unnest("otherNames") AS other(name) WHERE other.name ILIKE ${pattern})`);
    return rows.map((row) => row.id);
  });
}

builder.queryFields((t) => ({
  actors: t.prismaConnection({
    type: 'Actor',
    cursor: 'id',
    description: 'Actors, by name unless `orderBy` says otherwise.',
    args: {
      filter: t.arg({ type: ActorFilterInput, description: 'Only the actors that match.' }),
      orderBy: t.arg({ type: actorOrder.Input, description: 'The order; by name by default.' }),
    },
    totalCount: async (_parent, args, ctx) => ctx.prisma.actor.count({ where: await actorWhere(ctx, args.filter) }),
    resolve: async (query, _parent, args, ctx) =>
      ctx.prisma.actor.findMany({
        ...query,
        where: await actorWhere(ctx, args.filter),
        orderBy: actorOrder.orderBy(args.orderBy),
      }),
  }),
  actor: t.prismaField({
    type: 'Actor',
    nullable: true,
    description: 'One actor by slug; null when there is none, or when it is archived and the caller is not an editor.',
    args: { slug: t.arg.string({ required: true, description: 'The actor slug, e.g. `tom-homan`.' }) },
    resolve: (query, _parent, { slug }, ctx) =>
      ctx.prisma.actor.findUnique({ ...query, where: { slug, ...findable(ctx) } }),
  }),
}));
