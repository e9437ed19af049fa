// The schema is the sum of its domain files; importing them registers their types.
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder, maxPageSize } from '../builder.js';
import { UserInputError } from '../errors.js';
import './enums.js';
import './actor.js';
import './source.js';
import './statement.js';
import './claim.js';
import './policy.js';
import './dataset.js';

export const schema = lexicographicSortSchema(limitPageSizes(describeConnections(builder.toSchema())));

/**
 * Pothos clamps `first`/`last` silently to its maximum; a caller asking for 1,000 rows should learn
 * that the limit is 100 rather than receive 100 and believe that is everything.
 */
function limitPageSizes(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last') || !field.resolve) continue;
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        for (const name of ['first', 'last'] as const) {
          const size = args[name];
          if (typeof size === 'number' && (size < 0 || size > maxPageSize)) {
            throw new UserInputError(`${name} must be between 0 and ${maxPageSize}.`, name);
          }
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return built;
}

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
