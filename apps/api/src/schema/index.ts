// The schema is the sum of its domain files; importing them registers their types.
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder, maxPageSize, maxRowId, nodeTypeNames } from '../builder.js';
import { UserInputError } from '../errors.js';
import './enums.js';
import './actor.js';
import './source.js';
import './statement.js';
import './claim.js';
import './policy.js';
import './policy-impact.js';
import './dataset.js';
import './encounter.js';
import './search.js';
import './period-context.js';
import './actor-mutations.js';
import './statement-mutations.js';
import './policy-mutations.js';
import './api-key.js';
import './audit.js';
import './archived.js';

export const schema = lexicographicSortSchema(checkPageArgsOfEveryList(describeConnections(builder.toSchema())));

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node')) nodeTypeNames.add(type.name);
}

/**
 * Page arguments (`first` on any list, and a connection's `last`, `after`, `before`) are checked
 * before Pothos sees them: it clamps `first`/`last` silently (a caller asking for 1,000 should learn
 * the limit is 100, not believe 100 is everything), and it
 * hands any well-formed cursor to Prisma, which fails on a forged one as an internal error. A nested
 * connection's arguments are read while its parent's query is planned (`pothosPrismaSelect`), before
 * its own resolver runs, so both are guarded.
 */
function checkPageArgsOfEveryList(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.name === 'first')) continue;
      const resolve = field.resolve;
      if (resolve) {
        field.resolve = (source, args, context, info) => {
          checkPageArgs(args);
          return resolve(source, args, context, info);
        };
      }
      const select: unknown = field.extensions.pothosPrismaSelect;
      if (typeof select === 'function') {
        field.extensions = {
          ...field.extensions,
          pothosPrismaSelect: (args: Record<string, unknown>, ...rest: unknown[]) => {
            checkPageArgs(args);
            return select(args, ...rest);
          },
        };
      }
    }
  }
  return built;
}

function checkPageArgs(args: Record<string, unknown>): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (typeof size === 'number' && (size < 0 || size > maxPageSize)) {
      throw new UserInputError(`${name} must be between 0 and ${maxPageSize}.`, name);
    }
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (typeof cursor === 'string' && !isRowCursor(cursor)) {
      throw new UserInputError(`Invalid cursor in ${name}: pass a cursor this list returned.`, name);
    }
  }
}

/**
 * Every connection pages by id, which Pothos writes as base64 of `GPC:N:<id>` for an `integer` key
 * and `GPC:I:<id>` for a `bigint` one (audit events).
 */
function isRowCursor(cursor: string): boolean {
  const decoded = cursor.length <= 40 ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const [, kind, id = ''] = /^GPC:([NI]):(\d{1,19})$/.exec(decoded) ?? [];
  if (kind === 'I') return BigInt(id) <= maxBigIntRowId;
  return kind === 'N' && Number(id) <= maxRowId;
}

const maxBigIntRowId = 9_223_372_036_854_775_807n;

/**
 * Pothos names connection and edge types per field (`QueryActorsConnection`) and gives them, and the
 * Prisma plugin's `totalCount`, no description. GraphiQL is our documentation, so fill them in.
 */
function describeConnections(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.description) continue;
    if (type.name.endsWith('ConnectionEdge')) {
      type.description = 'One item of a page, with its cursor.';
    } else if (type.name.endsWith('Connection')) {
      type.description = 'A page of a list, with the total count and cursors for the next and previous pages.';
      const totalCount = type.getFields().totalCount;
      if (totalCount && !totalCount.description) totalCount.description = 'How many items the whole list holds.';
    }
  }
  return built;
}
