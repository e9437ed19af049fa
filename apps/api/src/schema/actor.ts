import type { Prisma } from '@borderdesk/db';
import { builder } from '../builder.js';
import { ActorKindEnum, DatePrecisionEnum, OrganizationClassificationEnum } from './enums.js';

const rolesNewestFirst: { orderBy: Prisma.RoleOrderByWithRelationInput[] } = {
  orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
};

builder.prismaNode('Actor', {
  id: { field: 'id' },
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
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    links: t.relation('links', { description: 'Web pages about the actor.', query: { orderBy: { id: 'asc' } } }),
    roles: t.relation('roles', {
      description: "A person's positions over time, most recent first.",
      query: rolesNewestFirst,
    }),
    members: t.relation('members', {
      description: 'People holding positions in this organization, most recent first.',
      query: rolesNewestFirst,
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What the actor said, most recent first.',
      query: { orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] },
    }),
    stances: t.relation('stances', {
      description: "The actor's positions on policies.",
      query: { orderBy: { id: 'asc' } },
    }),
    issuedPolicies: t.relation('issuedPolicies', {
      description: 'Policies this actor issued.',
      query: { orderBy: [{ title: 'asc' }, { id: 'asc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
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
  }),
});

builder.queryFields((t) => ({
  actors: t.prismaConnection({
    type: 'Actor',
    cursor: 'id',
    description: 'Every actor, by name.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.actor.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.actor.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
  actor: t.prismaField({
    type: 'Actor',
    nullable: true,
    description: 'One actor by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor slug, e.g. `tom-homan`.' }) },
    resolve: (query, _parent, { slug }, ctx) => ctx.prisma.actor.findUnique({ ...query, where: { slug } }),
  }),
}));
