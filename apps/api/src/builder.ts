// The Pothos builder: plugins and scalars only. Types live in schema/, one file per domain type.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { PrismaClient } from '@borderdesk/db';
import type PrismaTypes from '@borderdesk/db/pothos';
import { getDatamodel } from '@borderdesk/db/pothos';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Context } from './context.js';
import { UserInputError } from './errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    Month: { Input: string; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Pothos echoes the raw input in its decode errors; answer with a short, fixed message instead.
    decodeGlobalID: (globalID: string) => decodeGlobalId(globalID),
    nodeQueryOptions: { description: 'Fetches any entity by its global ID; null when it does not exist.' },
    nodesQueryOptions: { description: 'Fetches several entities by global ID, in the order given.' },
  },
  prisma: {
    // The client comes from the request context, so tests and processes can each bring their own.
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
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

builder.queryType({ description: 'The read side of Borderdesk.' });

function parseMonth(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new UserInputError('A month must be written YYYY-MM, e.g. 2024-11.');
  }
  return value;
}

/** Global IDs are base64 of `Type:id`; anything else is the caller's mistake, not ours. */
function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (globalID.length > 200 || separator <= 0 || separator === decoded.length - 1) {
    throw new UserInputError('Invalid global ID.', 'id');
  }
  return { typename: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}
