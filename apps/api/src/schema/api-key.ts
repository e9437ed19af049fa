// API keys as an ADMIN sees them: who holds each, with which role, since and until when. Never the
// key or its hash. Keys are made and revoked with `npm run keys`.
import type { Prisma } from '@borderdesk/db';
import { scopesOf } from '../access/caller.js';
import { builder } from '../builder.js';
import { anyOf, checkListFilter, orderInput } from '../editorial/list-arguments.js';

const ApiKeyRoleEnum = builder.enumType('ApiKeyRole', {
  description: 'What the holder of an API key may do; each role includes the ones before it.',
  values: {
    PARTNER: { value: 'PARTNER' as const, description: 'Reads, with higher rate limits than anonymous callers.' },
    EDITOR: { value: 'EDITOR' as const, description: 'Reads, and writes the editorial record.' },
    ADMIN: { value: 'ADMIN' as const, description: 'Everything an editor does, plus keys and the audit trail.' },
  },
});

builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  // To anyone but an admin, every ApiKey id is one that does not exist (null, no error): a FORBIDDEN
  // for the existing ones only would tell which keys exist. Ids start at 1, so 0 matches nothing.
  findUnique: (id, ctx) => ({ id: scopesOf(ctx.caller).admin ? Number(id) : 0 }),
  nullable: true,
  authScopes: { admin: true },
  description: 'An API key, as its holder sends it in `Authorization: Bearer <key>`; visible to admins only.',
  fields: (t) => ({
    prefix: t.exposeString('prefix', {
      description: 'The first characters of the key, to recognise it (the key itself is shown once, at creation).',
    }),
    name: t.exposeString('name', { description: 'Who holds the key, as given at creation.' }),
    role: t.expose('role', { type: ApiKeyRoleEnum, description: 'What the key may do.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was made.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the key was revoked (it is refused from then on); null while it works.',
    }),
  }),
});

const ApiKeyFilterInput = builder.inputType('ApiKeyFilter', {
  description: 'Which keys: every field given must match; an empty list does not filter.',
  fields: (t) => ({
    roles: t.field({ type: [ApiKeyRoleEnum], description: 'With any of these roles.' }),
    revoked: t.boolean({ description: 'True: only revoked keys; false: only keys that still work.' }),
  }),
});

const apiKeyOrder = orderInput(
  'ApiKey',
  {
    CREATED_AT: {
      description: 'When the key was made.',
      direction: 'desc',
      orderBy: (sort): Prisma.ApiKeyOrderByWithRelationInput => ({ createdAt: sort }),
    },
    NAME: {
      description: 'Who holds the key.',
      direction: 'asc',
      orderBy: (sort): Prisma.ApiKeyOrderByWithRelationInput => ({ name: sort }),
    },
  },
  'CREATED_AT',
);

function apiKeyWhere(filter: typeof ApiKeyFilterInput.$inferInput | null | undefined): Prisma.ApiKeyWhereInput {
  checkListFilter(filter);
  const revoked = filter?.revoked;
  return {
    role: anyOf(filter?.roles),
    revokedAt: revoked == null ? undefined : revoked ? { not: null } : null,
  };
}

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    authScopes: { admin: true },
    description: 'API keys, newest first unless `orderBy` says otherwise. ADMIN keys only.',
    args: {
      filter: t.arg({ type: ApiKeyFilterInput, description: 'Only the keys that match.' }),
      orderBy: t.arg({ type: apiKeyOrder.Input, description: 'The order; newest first by default.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.apiKey.count({ where: apiKeyWhere(args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: apiKeyWhere(args.filter),
        orderBy: apiKeyOrder.orderBy(args.orderBy),
      }),
  }),
}));
