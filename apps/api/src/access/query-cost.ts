// What an operation costs, computed once per request from its document and variables:
// - every field costs 1;
// - a list costs its items' selection once per item it may return: `first`/`last` when given (a
//   connection given neither: its default page of 20), one per id for `nodes(ids:)`, and 5 for any
//   other list of objects (`Actor.roles`, `Policy.events`, `EncounterSeries.points`, …), which
//   cannot be paged and is that short in the record. A connection's `edges` are the page it already
//   counted;
// - a field that computes figures (its type is EncounterSeries, EncounterRecord, EncounterRevisions,
//   ClaimCheck or PolicyImpact) costs 100 more, and `__schema` or `__type` 100 more. These count once
//   per field of the document, whatever the lists above them: the figures of every item are
//   aggregated together, one statement per dataset and request. Introspection lists count once
//   (graphql-js refuses introspection nested past 3 lists).
// `actors(first: 100) { edges { node { name roles { title } } } }` costs 1 + 100 × (3 + 1 + 5 × 1)
// = 901. The max-cost limit and the rate limits both charge this number, so they always agree.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Pothos's page size when a connection is given neither `first` nor `last` (builder.ts). */
const defaultPageSize = 20;
/** What a list that cannot be paged counts for. */
const unpagedListItems = 5;
/** What a field that aggregates encounter facts costs on top of its selection. */
const figureSurcharge = 100;
/** What `__schema` or `__type` costs on top of its selection. */
const introspectionSurcharge = 100;

const figureTypes = new Set(['EncounterSeries', 'EncounterRecord', 'EncounterRevisions', 'ClaimCheck', 'PolicyImpact']);

const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  1 + childComplexity * items(type, field, args);

/** How many times a field's selection counts. */
function items(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  const page = args.first ?? args.last;
  if (typeof page === 'number') return Math.max(page, 0);
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return defaultPageSize;
  const list = isListType(getNullableType(field.type));
  const pageOfConnection = field.name === 'edges' && isObjectType(parent) && 'pageInfo' in parent.getFields();
  const introspection = parent.name.startsWith('__');
  return list && !pageOfConnection && !introspection ? unpagedListItems : 1;
}

/** Throws graphql-js's GraphQLError when the variables do not fit their types. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const selections = getComplexity({
    schema,
    query: document,
    estimators: [fieldCost],
    ...(variables ? { variables } : {}),
    ...(operationName ? { operationName } : {}),
  });
  return selections + surcharges(schema, document, operationName);
}

/**
 * The surcharges of the operation's fields, each field of the document once whatever the lists
 * above it: the figures of every item are computed together (one aggregate per dataset and request).
 */
function surcharges(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counted = new Set<string>();
  const walk = (parent: GraphQLNamedType | undefined, set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') {
          total += introspectionSurcharge;
        } else if (isObjectType(parent) || isInterfaceType(parent)) {
          const field = parent.getFields()[name];
          const type = field && getNamedType(field.type);
          if (type && figureTypes.has(type.name)) total += figureSurcharge;
          if (selection.selectionSet) total += walk(type, selection.selectionSet);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        total += walk(condition ?? parent, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || counted.has(fragment.name.value)) continue;
        counted.add(fragment.name.value);
        total += walk(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet);
      }
    }
    return total;
  };
  return walk(schema.getRootType(operation.operation) ?? undefined, operation.selectionSet);
}
