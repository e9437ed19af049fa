// The eight editorial tables as the writes see them. A row is what its audit events record: every
// column, and what is edited with it (an actor's links, a statement's mentions, a policy's sources).
import type { Prisma } from '@borderdesk/db';
import type { Table } from './records.js';

const bump = { version: { increment: 1 } } as const;

const actorInclude = { links: { select: { url: true, note: true }, orderBy: { id: 'asc' } } } as const;
export const actors: Table<
  Prisma.ActorGetPayload<{ include: typeof actorInclude }>,
  Prisma.ActorUncheckedCreateInput,
  Prisma.ActorUncheckedUpdateInput
> = {
  type: 'Actor',
  find: (tx, id) => tx.actor.findUnique({ where: { id }, include: actorInclude }),
  create: (tx, data) => tx.actor.create({ data, include: actorInclude }),
  update: (tx, where, data) => tx.actor.update({ where, data: { ...data, ...bump }, include: actorInclude }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another actor' }],
};

export const roles: Table<
  Prisma.RoleGetPayload<object>,
  Prisma.RoleUncheckedCreateInput,
  Prisma.RoleUncheckedUpdateInput
> = {
  type: 'Role',
  find: (tx, id) => tx.role.findUnique({ where: { id } }),
  create: (tx, data) => tx.role.create({ data }),
  update: (tx, where, data) => tx.role.update({ where, data: { ...data, ...bump } }),
  unique: [
    {
      fields: ['personId', 'organizationId', 'title'],
      field: 'title',
      message: 'the person already has a role with this title in this organization (archived ones included)',
    },
  ],
};

export const sources: Table<
  Prisma.SourceGetPayload<object>,
  Prisma.SourceUncheckedCreateInput,
  Prisma.SourceUncheckedUpdateInput
> = {
  type: 'Source',
  find: (tx, id) => tx.source.findUnique({ where: { id } }),
  create: (tx, data) => tx.source.create({ data }),
  update: (tx, where, data) => tx.source.update({ where, data: { ...data, ...bump } }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another source' }],
};

const statementInclude = {
  mentionedActors: { select: { id: true }, orderBy: { id: 'asc' } },
  mentionedPolicies: { select: { id: true }, orderBy: { id: 'asc' } },
} as const;
export const statements: Table<
  Prisma.StatementGetPayload<{ include: typeof statementInclude }>,
  Prisma.StatementUncheckedCreateInput,
  Prisma.StatementUncheckedUpdateInput
> = {
  type: 'Statement',
  find: (tx, id) => tx.statement.findUnique({ where: { id }, include: statementInclude }),
  create: (tx, data) => tx.statement.create({ data, include: statementInclude }),
  update: (tx, where, data) => tx.statement.update({ where, data: { ...data, ...bump }, include: statementInclude }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another statement' }],
};

// The dataset's slug too: a change is checked against the claim as it will be (claims/spec.ts).
const claimInclude = { dataset: { select: { slug: true } } } as const;
export const claims: Table<
  Prisma.ClaimGetPayload<{ include: typeof claimInclude }>,
  Prisma.ClaimUncheckedCreateInput,
  Prisma.ClaimUncheckedUpdateInput
> = {
  type: 'Claim',
  find: (tx, id) => tx.claim.findUnique({ where: { id }, include: claimInclude }),
  create: (tx, data) => tx.claim.create({ data, include: claimInclude }),
  update: (tx, where, data) => tx.claim.update({ where, data: { ...data, ...bump }, include: claimInclude }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another claim' }],
};

const policyInclude = { sources: { select: { id: true }, orderBy: { id: 'asc' } } } as const;
export const policies: Table<
  Prisma.PolicyGetPayload<{ include: typeof policyInclude }>,
  Prisma.PolicyUncheckedCreateInput,
  Prisma.PolicyUncheckedUpdateInput
> = {
  type: 'Policy',
  find: (tx, id) => tx.policy.findUnique({ where: { id }, include: policyInclude }),
  create: (tx, data) => tx.policy.create({ data, include: policyInclude }),
  update: (tx, where, data) => tx.policy.update({ where, data: { ...data, ...bump }, include: policyInclude }),
  unique: [{ fields: ['slug'], field: 'slug', message: 'is already the slug of another policy' }],
};

export const policyEvents: Table<
  Prisma.PolicyEventGetPayload<object>,
  Prisma.PolicyEventUncheckedCreateInput,
  Prisma.PolicyEventUncheckedUpdateInput
> = {
  type: 'PolicyEvent',
  find: (tx, id) => tx.policyEvent.findUnique({ where: { id } }),
  create: (tx, data) => tx.policyEvent.create({ data }),
  update: (tx, where, data) => tx.policyEvent.update({ where, data: { ...data, ...bump } }),
  unique: [
    {
      fields: ['policyId', 'kind', 'date'],
      field: 'date',
      message: 'the policy already has an event of this kind on this date (archived ones included)',
    },
  ],
};

export const stances: Table<
  Prisma.StanceGetPayload<object>,
  Prisma.StanceUncheckedCreateInput,
  Prisma.StanceUncheckedUpdateInput
> = {
  type: 'Stance',
  find: (tx, id) => tx.stance.findUnique({ where: { id } }),
  create: (tx, data) => tx.stance.create({ data }),
  update: (tx, where, data) => tx.stance.update({ where, data: { ...data, ...bump } }),
  unique: [
    {
      fields: ['actorId', 'policyId'],
      field: 'policy',
      message: 'the actor already has a stance on this policy (archived ones included): update that one',
    },
  ],
};
