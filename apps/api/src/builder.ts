// The Pothos builder: plugins and scalars only. Types live in schema/, one file per domain type.

import type { PrismaClient } from '@borderdesk/db';
import type PrismaTypes from '@borderdesk/db/pothos';
import { getDatamodel } from '@borderdesk/db/pothos';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { type Scopes, scopesOf } from './access/caller.js';
import { forbidden } from './access/forbidden.js';
import type { Context } from './context.js';
import { isMonth, monthRange } from './encounters/periods.js';
import { UserInputError } from './errors.js';

const maxNodeIds = 100;
/** Every connection: 20 items unless asked, never more than 100. */
export const maxPageSize = 100;
/** Every node's key is a PostgreSQL `integer`. */
export const maxRowId = 2_147_483_647;
/** Types implementing Node, filled once the schema is built (schema/index.ts). */
export const nodeTypeNames = new Set<string>();

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    Month: { Input: string; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Errors first, so a mutation's `Forbidden` can be a typed result; relay before scope-auth, so
  // scope checks see decoded global IDs.
  plugins: [ErrorsPlugin, RelayPlugin, ScopeAuthPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  // Nothing is allowed unless a rule allows it: the root types carry the default rule (Query: public,
  // Mutation: editor) and fields that need more say so.
  scopeAuth: {
    authScopes: (ctx) => scopesOf(ctx.caller),
    // FORBIDDEN naming the role needed (mutations answer with a typed ForbiddenError instead).
    unauthorizedError: (_parent, ctx, _info, result) => forbidden(ctx.caller, result),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Pothos echoes the raw input in its decode errors; answer with a short, fixed message instead.
    decodeGlobalID: (globalID: string) => decodeGlobalId(globalID),
    // Every prismaNode is declared `nullable: true`: a missing row is null (Relay), not an error.
    nodeQueryOptions: {
      description: 'Fetches any entity by its global ID; null when it does not exist.',
      args: { id: { description: 'A global ID, as returned in any `id` field.' } },
    },
    nodesQueryOptions: {
      description: `Fetches up to ${maxNodeIds} entities by global ID, in the order given; null for each that does not exist.`,
      args: { ids: { description: 'Global IDs, as returned in `id` fields.' } },
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > maxNodeIds) throw new UserInputError(`At most ${maxNodeIds} IDs per request.`, 'ids');
        return resolveNodes(ids);
      },
    },
    idFieldOptions: { description: 'Global ID: pass it to `node(id:)` to fetch this entity again.' },
    nodeTypeOptions: { description: 'An entity with a global ID.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, for cursor pagination.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: "The first item's cursor; pass it as `before` for the previous page." },
    endCursorFieldOptions: { description: "The last item's cursor; pass it as `after` for the next page." },
    firstArgOptions: { description: 'Items to return from the start (default 20, at most 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'Items to return from the end (at most 100).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    cursorFieldOptions: { description: 'Opaque position of this item in the list.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
  },
  prisma: {
    // The client comes from the request context, so tests and processes can each bring their own.
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: 20,
    maxConnectionSize: maxPageSize,
    // A forgotten `...query` spread would silently turn nested selections into N+1 queries;
    // failing loudly everywhere makes the tests catch it before any user does.
    onUnusedQuery: 'error',
  },
});

/** The builder's resolved schema types, for helpers that build refs generically. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

builder.addScalarType('Date', DateResolver, { description: 'A calendar date, `YYYY-MM-DD`.' });
builder.addScalarType('DateTime', DateTimeResolver, { description: 'An instant, ISO 8601 with time zone.' });

builder.scalarType('Month', {
  description: 'A calendar month, `YYYY-MM`.',
  serialize: (date) => date.toISOString().slice(0, 7),
  parseValue: (value) => parseMonth(value),
});

builder.queryType({ description: 'The read side of Borderdesk.', authScopes: { public: true } });
builder.mutationType({
  description:
    'Writes to the editorial record, for EDITOR and ADMIN keys. Expected failures are typed results, never GraphQL errors: see `MutationError`.',
  authScopes: { editor: true },
});

function parseMonth(value: unknown): string {
  if (typeof value !== 'string' || !isMonth(value)) {
    throw new UserInputError(
      `A month must be written YYYY-MM, e.g. 2024-11, between ${monthRange.first} and ${monthRange.last}.`,
    );
  }
  return value;
}

/**
 * Global IDs are base64 of `Type:id`, for a type that implements Node and an integer key; anything
 * else is the caller's mistake, not ours, and is refused before it reaches the database.
 */
export function decodeGlobalId(globalID: string, argument = 'id'): { typename: string; id: string } {
  const decoded = globalID.length <= 100 ? Buffer.from(globalID, 'base64').toString('utf8') : '';
  const [, typename = '', id = ''] = /^([A-Za-z]\w*):(\d{1,10})$/.exec(decoded) ?? [];
  if (!nodeTypeNames.has(typename) || Number(id) > maxRowId) {
    throw new UserInputError(`Invalid global ID in ${argument}.`, argument);
  }
  return { typename, id };
}
