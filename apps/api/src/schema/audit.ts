// The audit trail, for admins: one event per write to the editorial record (the writes append it in
// their own transaction), newest first, with the record written when it still exists.
import type { Prisma } from '@borderdesk/db';
import type { ScalarRef } from '@pothos/core';
import { getRefFromModel, PrismaObjectRef, queryFromInfo } from '@pothos/plugin-prisma';
import { JSONResolver } from 'graphql-scalars';
import { type BuilderTypes, builder, decodeGlobalId } from '../builder.js';
import { checkListFilter } from '../editorial/list-arguments.js';
import { loadRows } from '../editorial/period-loaders.js';
import { UserInputError } from '../errors.js';
import { isEditorialType, tables } from '../writes/tables.js';

// The builder's scalar map (builder.ts) names JSON nowhere else; its values are whatever was stored.
const JsonScalar = builder.addScalarType('JSON' as never, JSONResolver, {
  description: 'Any JSON value: here, a record as it was stored, field by field.',
}) as unknown as ScalarRef<BuilderTypes, unknown, unknown>;

const AuditActionEnum = builder.enumType('AuditAction', {
  description: 'What a write did to a record.',
  values: {
    CREATE: { description: 'Created it (`before` is null).' },
    UPDATE: { description: 'Changed some of its fields.' },
    ARCHIVE: { description: 'Archived it: a soft delete, which a restore undoes.' },
    RESTORE: { description: 'Restored it from the archive.' },
  } as const,
});

builder.prismaObject('AuditEvent', {
  description:
    'One write to the editorial record: who wrote it (the API key), when, what it did to which record, and the record before and after.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: 'When the write was made.' }),
    action: t.expose('action', { type: AuditActionEnum, description: 'What the write did.' }),
    entityType: t.exposeString('entityType', {
      description: 'The GraphQL type of the record written, e.g. `Statement`.',
    }),
    entityId: t.globalID({
      description: 'The global ID of the record written, whether or not it still exists.',
      resolve: (event) => ({ type: event.entityType, id: event.entityId }),
    }),
    record: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        'The record written, as it is now (archived records included: see its `archivedAt`); null when it no longer exists.',
      resolve: async (event, _args, ctx, info) => {
        const type = event.entityType;
        if (!isEditorialType(type)) return null;
        const ref = getRefFromModel(type, builder, 'object');
        if (!(ref instanceof PrismaObjectRef)) return null;
        const query = queryFromInfo({ context: ctx, info, typeName: type });
        // One statement per type for the whole page, with what the client selected on that type.
        const [row] = await loadRows<{ id: number }>(
          ctx,
          `auditRecord:${type}:${JSON.stringify(query)}`,
          [event.entityId],
          (ids) => tables[type].read(ctx.prisma, query, ids),
        );
        return row ? ref.addBrand(row) : null;
      },
    }),
    apiKey: t.relation('apiKey', { description: 'The API key that made the write: its prefix, holder and role.' }),
    requestId: t.exposeString('requestId', {
      description: 'The request that made the write, as in its `x-request-id` response header and our logs.',
    }),
    before: t.field({
      type: JsonScalar,
      nullable: true,
      description: "The record's stored fields before the write; null for CREATE.",
      resolve: (event) => event.before,
    }),
    after: t.field({
      type: JsonScalar,
      description: "The record's stored fields after the write.",
      resolve: (event) => event.after,
    }),
  }),
});

const AuditEventFilterInput = builder.inputType('AuditEventFilter', {
  description: 'Which audit events: every field given must match.',
  fields: (t) => ({
    entityType: t.string({ description: 'Writes to records of this GraphQL type, e.g. `Statement`.' }),
    entityId: t.id({ description: 'Writes to this record (its global ID), even if it no longer exists.' }),
    apiKey: t.string({ description: 'Writes made with the API key of this prefix.' }),
    action: t.field({ type: AuditActionEnum, description: 'Writes of this kind.' }),
    from: t.field({ type: 'DateTime', description: 'Writes at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Writes before this instant (not at it); not before `from`.' }),
  }),
});

function auditEventWhere(
  filter: typeof AuditEventFilterInput.$inferInput | null | undefined,
): Prisma.AuditEventWhereInput {
  checkListFilter(filter);
  const { entityType, entityId, apiKey, action, from, to } = filter ?? {};
  if (from && to && from > to) throw new UserInputError('filter.from is after filter.to.', 'filter.from');
  const record = entityId != null ? decodeGlobalId(String(entityId), 'filter.entityId') : undefined;
  return {
    AND: [
      {
        entityType: entityType ?? undefined,
        action: action ?? undefined,
        at: { gte: from ?? undefined, lt: to ?? undefined },
      },
      { entityType: record?.typename, entityId: record ? Number(record.id) : undefined },
    ],
    apiKey: apiKey != null ? { prefix: apiKey } : undefined,
  };
}

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    authScopes: { admin: true },
    description:
      'The audit trail, newest first: every create, update, archive and restore of the editorial record, with the key that made it and the record before and after. ADMIN keys only.',
    args: { filter: t.arg({ type: AuditEventFilterInput, description: 'Only the events that match.' }) },
    totalCount: (_parent, { filter }, ctx) => ctx.prisma.auditEvent.count({ where: auditEventWhere(filter) }),
    resolve: (query, _parent, { filter }, ctx) =>
      ctx.prisma.auditEvent.findMany({
        ...query,
        where: auditEventWhere(filter),
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
