// What an operation costs, computed once per request from its document and variables: every field
// costs 1, and a list asked for with `first` or `last` costs its items' selection that many times
// (a connection given neither counts its default page of 20). `actors(first: 100) { edges { node
// { name } } }` costs 1 + 100 × 3 = 301; the same with `first: 1` costs 4. The max-cost limit and
// the rate limits both charge this number, so they always agree.
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Pothos's page size when a connection is given neither `first` nor `last` (builder.ts). */
const defaultPageSize = 20;

const fieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const pageArgs = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  const size = args.first ?? args.last ?? (pageArgs ? defaultPageSize : 1);
  return 1 + childComplexity * (typeof size === 'number' ? Math.max(size, 0) : 1);
};

/** Throws graphql-js's GraphQLError when the variables do not fit their types. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    estimators: [fieldCost],
    ...(variables ? { variables } : {}),
    ...(operationName ? { operationName } : {}),
  });
}
