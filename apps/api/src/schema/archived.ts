// Deletions for everyone: which editorial records were archived since an instant, as tombstones (the
// global ID, the type, when), so a partner's copy can drop them without reading archived content.
import { Prisma } from '@borderdesk/db';
import { builder, maxPageSize } from '../builder.js';
import type { EditorialType as TypeName } from '../writes/results.js';

/** The editorial types by enum value: each GraphQL type name is also its table's name. */
const tables = {
  ACTOR: 'Actor',
  ROLE: 'Role',
  SOURCE: 'Source',
  STATEMENT: 'Statement',
  CLAIM: 'Claim',
  POLICY: 'Policy',
  POLICY_EVENT: 'PolicyEvent',
  STANCE: 'Stance',
} as const satisfies Record<string, TypeName>;
type EditorialType = keyof typeof tables;
// Every table the writes know must be listed: a type missing here fails to compile.
const everyType: Exclude<TypeName, (typeof tables)[EditorialType]> extends never ? true : never = true;
void everyType;

const EditorialTypeEnum = builder.enumType('EditorialType', {
  description: 'A type of the editorial record.',
  values: Object.fromEntries(
    Object.entries(tables).map(([value, type]) => [value, { description: `${type} records.` }]),
  ) as Record<EditorialType, { description: string }>,
});

interface Tombstone {
  type: EditorialType;
  id: number;
  archivedAt: Date;
}

const TombstoneRef = builder.objectRef<Tombstone>('ArchivedRecord').implement({
  description: 'A record archived (soft-deleted): which one and when, without its content.',
  fields: (t) => ({
    id: t.globalID({
      description: 'Its global ID, as `node(id:)` and every list give it.',
      resolve: (record) => ({ type: tables[record.type], id: record.id }),
    }),
    type: t.field({ type: EditorialTypeEnum, description: 'Its type.', resolve: (record) => record.type }),
    archivedAt: t.field({ type: 'DateTime', description: 'When it was archived.', resolve: (r) => r.archivedAt }),
  }),
});

builder.queryFields((t) => ({
  archivedSince: t.field({
    type: [TombstoneRef],
    description:
      'The records archived at or after an instant, oldest archive first (ties by type and id): how a sync learns of deletions. ' +
      'Sync recipe: read each list with `filter: { updatedSince: T }` for what is new or changed, and this field with `since: T` for what to drop; ' +
      'next time use as T the latest `updatedAt` or `archivedAt` seen minus a margin (a minute: times are taken when a write runs, ' +
      'not when it commits, so a write committing after your read can carry an earlier time); what falls in the overlap comes again. ' +
      'A record restored since is not listed (it is live again, and its `updatedAt` moved). The claims of an archived statement and ' +
      'the events of an archived policy are gone with it and are not listed on their own.',
    args: {
      since: t.arg({
        type: 'DateTime',
        required: true,
        description: 'The instant; records archived at it are included.',
      }),
      types: t.arg({
        type: [EditorialTypeEnum],
        description: 'Only records of these types; all when omitted or empty.',
      }),
      first: t.arg.int({
        defaultValue: maxPageSize,
        description: `How many at most (0–${maxPageSize}); for more, ask again from the last \`archivedAt\` returned.`,
      }),
    },
    resolve: (_root, { since, types, first }, ctx) => {
      const wanted = types?.length ? [...new Set(types)] : (Object.keys(tables) as EditorialType[]);
      // Archiving sets `archivedAt` in an update, which moves `updatedAt` to the same instant or later:
      // the condition on `updatedAt` lets each branch use that column's index (archivedAt has none).
      const branches = wanted.map(
        (type) => Prisma.sql`
          SELECT ${type}::text AS type, id, "archivedAt" FROM ${Prisma.raw(`"${tables[type]}"`)}
          WHERE "updatedAt" >= ${since} AND "archivedAt" >= ${since}`,
      );
      return ctx.prisma.$queryRaw<Tombstone[]>(Prisma.sql`
        SELECT type, id, "archivedAt" FROM (${Prisma.join(branches, ' UNION ALL ')}) archived
        ORDER BY "archivedAt", type, id
        LIMIT ${first}`);
    },
  }),
}));
