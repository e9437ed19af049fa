// The eight editorial tables as the writes see them. A row is what its audit events record: every
// column, and what is edited with it (an actor's links, a statement's mentions, a policy's sources).
import type { Prisma } from '@borderdesk/db';
import type { Table, Versioned } from './records.js';
import type { EditorialType } from './results.js';

const bump = { version: { increment: 1 } } as const;
const byIds = (ids: number[]) => ({ id: { in: ids } });

const actorInclude = { links: { select: { url: true, note: true }, orderBy: { id: 'asc' } } } as const;
export const actors: Table<
  'Actor',
  Prisma.ActorGetPayload<{ include: typeof actorInclude }>,
  Prisma.ActorUncheckedCreateInput,
  Prisma.ActorUncheckedUpdateInput
> = {
  type: 'Actor',
  noun: 'actor',
  find: (tx, id) => tx.actor.findUnique({ where: { id }, include: actorInclude }),
  create: (tx, data) => tx.actor.create({ data, include: actorInclude }),
  update: (tx, where, data) => tx.actor.update({ where, data: { ...data, ...bump }, include: actorInclude }),
  read: (db, query, ids) => db.actor.findMany({ ...query, where: byIds(ids) }),
  // An organization lists its parts.
  parents: (row) => (row.parentId === null ? [] : [{ type: 'Actor', id: row.parentId }]),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another actor' }],
};

export const roles: Table<
  'Role',
  Prisma.RoleGetPayload<object>,
  Prisma.RoleUncheckedCreateInput,
  Prisma.RoleUncheckedUpdateInput
> = {
  type: 'Role',
  noun: 'role',
  find: (tx, id) => tx.role.findUnique({ where: { id } }),
  create: (tx, data) => tx.role.create({ data }),
  update: (tx, where, data) => tx.role.update({ where, data: { ...data, ...bump } }),
  read: (db, query, ids) => db.role.findMany({ ...query, where: byIds(ids) }),
  parents: (row) => [
    { type: 'Actor', id: row.personId },
    ...(row.organizationId === null ? [] : [{ type: 'Actor' as const, id: row.organizationId }]),
  ],
  unique: [
    {
      fields: ['personId', 'organizationId', 'title'],
      field: 'title',
      message: 'the person already has a role with this title in this organization (archived ones included)',
    },
  ],
};

export const sources: Table<
  'Source',
  Prisma.SourceGetPayload<object>,
  Prisma.SourceUncheckedCreateInput,
  Prisma.SourceUncheckedUpdateInput
> = {
  type: 'Source',
  noun: 'source',
  find: (tx, id) => tx.source.findUnique({ where: { id } }),
  create: (tx, data) => tx.source.create({ data }),
  update: (tx, where, data) => tx.source.update({ where, data: { ...data, ...bump } }),
  read: (db, query, ids) => db.source.findMany({ ...query, where: byIds(ids) }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another source' }],
};

const statementInclude = {
  mentionedActors: { select: { id: true }, orderBy: { id: 'asc' } },
  mentionedPolicies: { select: { id: true }, orderBy: { id: 'asc' } },
} as const;
export const statements: Table<
  'Statement',
  Prisma.StatementGetPayload<{ include: typeof statementInclude }>,
  Prisma.StatementUncheckedCreateInput,
  Prisma.StatementUncheckedUpdateInput
> = {
  type: 'Statement',
  noun: 'statement',
  find: (tx, id) => tx.statement.findUnique({ where: { id }, include: statementInclude }),
  create: (tx, data) => tx.statement.create({ data, include: statementInclude }),
  update: (tx, where, data) => tx.statement.update({ where, data: { ...data, ...bump }, include: statementInclude }),
  read: (db, query, ids) => db.statement.findMany({ ...query, where: byIds(ids) }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another statement' }],
};

// The dataset's slug too: a change is checked against the claim as it will be (claims/spec.ts).
const claimInclude = { dataset: { select: { slug: true } } } as const;
export const claims: Table<
  'Claim',
  Prisma.ClaimGetPayload<{ include: typeof claimInclude }>,
  Prisma.ClaimUncheckedCreateInput,
  Prisma.ClaimUncheckedUpdateInput
> = {
  type: 'Claim',
  noun: 'claim',
  find: (tx, id) => tx.claim.findUnique({ where: { id }, include: claimInclude }),
  create: (tx, data) => tx.claim.create({ data, include: claimInclude }),
  update: (tx, where, data) => tx.claim.update({ where, data: { ...data, ...bump }, include: claimInclude }),
  read: (db, query, ids) => db.claim.findMany({ ...query, where: byIds(ids) }),
  parents: (row) => [{ type: 'Statement', id: row.statementId }],
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another claim' }],
};

const policyInclude = { sources: { select: { id: true }, orderBy: { id: 'asc' } } } as const;
export const policies: Table<
  'Policy',
  Prisma.PolicyGetPayload<{ include: typeof policyInclude }>,
  Prisma.PolicyUncheckedCreateInput,
  Prisma.PolicyUncheckedUpdateInput
> = {
  type: 'Policy',
  noun: 'policy',
  find: (tx, id) => tx.policy.findUnique({ where: { id }, include: policyInclude }),
  create: (tx, data) => tx.policy.create({ data, include: policyInclude }),
  update: (tx, where, data) => tx.policy.update({ where, data: { ...data, ...bump }, include: policyInclude }),
  read: (db, query, ids) => db.policy.findMany({ ...query, where: byIds(ids) }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another policy' }],
};

export const policyEvents: Table<
  'PolicyEvent',
  Prisma.PolicyEventGetPayload<object>,
  Prisma.PolicyEventUncheckedCreateInput,
  Prisma.PolicyEventUncheckedUpdateInput
> = {
  type: 'PolicyEvent',
  noun: 'policy event',
  find: (tx, id) => tx.policyEvent.findUnique({ where: { id } }),
  create: (tx, data) => tx.policyEvent.create({ data }),
  update: (tx, where, data) => tx.policyEvent.update({ where, data: { ...data, ...bump } }),
  read: (db, query, ids) => db.policyEvent.findMany({ ...query, where: byIds(ids) }),
  parents: (row) => [{ type: 'Policy', id: row.policyId }],
  unique: [
    {
      fields: ['policyId', 'kind', 'date'],
      field: 'date',
      message: 'the policy already has an event of this kind on this date (archived ones included)',
    },
  ],
};

export const stances: Table<
  'Stance',
  Prisma.StanceGetPayload<object>,
  Prisma.StanceUncheckedCreateInput,
  Prisma.StanceUncheckedUpdateInput
> = {
  type: 'Stance',
  noun: 'stance',
  find: (tx, id) => tx.stance.findUnique({ where: { id } }),
  create: (tx, data) => tx.stance.create({ data }),
  update: (tx, where, data) => tx.stance.update({ where, data: { ...data, ...bump } }),
  read: (db, query, ids) => db.stance.findMany({ ...query, where: byIds(ids) }),
  parents: (row) => [
    { type: 'Actor', id: row.actorId },
    { type: 'Policy', id: row.policyId },
  ],
  unique: [
    {
      fields: ['actorId', 'policyId'],
      field: 'policy',
      message: 'the actor already has a stance on this policy (archived ones included): update that one',
    },
  ],
};

/** Every editorial table, by GraphQL type name. */
export const tables: { [Name in EditorialType]: Pick<Table<Name, Versioned, never, never>, 'read'> } = {
  Actor: actors,
  Role: roles,
  Source: sources,
  Statement: statements,
  Claim: claims,
  Policy: policies,
  PolicyEvent: policyEvents,
  Stance: stances,
};

export function isEditorialType(name: string): name is EditorialType {
  return Object.hasOwn(tables, name);
}
