// Resource methods over the SDK's generated documents: arguments and results typed by codegen,
// lists returned as lazily paged iterables (see pagination.ts).
import {
  ActorBySlugDocument,
  ActorListDocument,
  type ActorListQueryVariables,
  CheckClaimDocument,
  type ClaimInput,
  ClaimListDocument,
  type ClaimListQueryVariables,
  DatasetBySlugDocument,
  DatasetListDocument,
  EncounterRecordDocument,
  type EncounterRecordQueryVariables,
  EncounterRevisionsDocument,
  type EncounterRevisionsQueryVariables,
  EncounterSeriesDocument,
  type EncounterSeriesQueryVariables,
  NodeByIdDocument,
  PolicyBySlugDocument,
  PolicyImpactDocument,
  type PolicyImpactQueryVariables,
  PolicyListDocument,
  type PolicyListQueryVariables,
  SearchDocument,
  type SearchQuery,
  type SearchQueryVariables,
  StatementListDocument,
  type StatementListQueryVariables,
} from './generated/graphql.js';
import { paginate } from './pagination.js';
import type { Request, RequestOptions } from './transport.js';

/** Options of list methods. */
export interface ListOptions<TOrder> extends RequestOptions {
  /** Items per request, 1–100 (default 50). */
  pageSize?: number;
  /** Sort order; each list's default when omitted. */
  orderBy?: TOrder;
}

type Filter<T extends { filter?: unknown }> = NonNullable<T['filter']>;
type Order<T extends { orderBy?: unknown }> = NonNullable<T['orderBy']>;

/** One search hit. */
export type SearchHit = SearchQuery['search'][number];
/** A search hit whose node is a statement. */
export type StatementSearchHit = SearchHit & { node: Extract<SearchHit['node'], { __typename: 'Statement' }> };

export interface SearchOptions extends RequestOptions {
  /** Only these kinds of entity. */
  types?: SearchQueryVariables['types'];
  /** How many hits at most (default 10). */
  first?: number;
}

export interface ImpactOptions extends RequestOptions {
  /** Dataset slug; Borderdesk picks one when omitted. */
  dataset?: string;
  /** Which encounters to count. */
  filter?: PolicyImpactQueryVariables['filter'];
}

function isStatementHit(hit: SearchHit): hit is StatementSearchHit {
  return hit.node.__typename === 'Statement';
}

export function resources(request: Request) {
  const search = async (query: string, { types, first, ...options }: SearchOptions = {}) =>
    (await request(SearchDocument, { query, types, first }, options)).search;

  return {
    encounters: {
      /** Encounters by month, quarter or year, optionally grouped (`encounterSeries`). */
      series: async (variables: EncounterSeriesQueryVariables = {}, options?: RequestOptions) =>
        (await request(EncounterSeriesDocument, variables, options)).encounterSeries,
      /** How a period ranks: "the lowest since July 2020" (`encounterRecord`). */
      record: async (variables: EncounterRecordQueryVariables, options?: RequestOptions) =>
        (await request(EncounterRecordDocument, variables, options)).encounterRecord,
      /** The months two releases disagree on (`encounterRevisions`). */
      revisions: async (variables: EncounterRevisionsQueryVariables, options?: RequestOptions) =>
        (await request(EncounterRevisionsDocument, variables, options)).encounterRevisions,
    },
    datasets: {
      /** Every dataset, with its dimensions and rounding. */
      list: ({ pageSize, ...options }: Omit<ListOptions<never>, 'orderBy'> = {}) =>
        paginate(
          async (after, first) => (await request(DatasetListDocument, { after, first }, options)).datasets,
          pageSize,
        ),
      /** One dataset by slug with its releases and coverage; null when there is none. */
      get: async (slug: string, options?: RequestOptions) =>
        (await request(DatasetBySlugDocument, { slug }, options)).dataset,
    },
    actors: {
      /** One actor by slug with roles, members, stances and recent statements; null when there is none. */
      get: async (slug: string, options?: RequestOptions) =>
        (await request(ActorBySlugDocument, { slug }, options)).actor,
      /** People and organizations matching the filter. */
      list: (
        filter?: Filter<ActorListQueryVariables>,
        { pageSize, orderBy, ...options }: ListOptions<Order<ActorListQueryVariables>> = {},
      ) =>
        paginate(
          async (after, first) => (await request(ActorListDocument, { filter, orderBy, after, first }, options)).actors,
          pageSize,
        ),
    },
    statements: {
      /** Statements matching the filter, with speaker, source, mentions and claims. */
      list: (
        filter?: Filter<StatementListQueryVariables>,
        { pageSize, orderBy, ...options }: ListOptions<Order<StatementListQueryVariables>> = {},
      ) =>
        paginate(
          async (after, first) =>
            (await request(StatementListDocument, { filter, orderBy, after, first }, options)).statements,
          pageSize,
        ),
      /** Full-text search over statements only, best first. */
      search: async (query: string, options: Omit<SearchOptions, 'types'> = {}) =>
        (await search(query, { ...options, types: ['STATEMENT'] })).filter(isStatementHit),
    },
    policies: {
      /** One policy by slug with its timeline, stances and sources; null when there is none. */
      get: async (slug: string, options?: RequestOptions) =>
        (await request(PolicyBySlugDocument, { slug }, options)).policy,
      /** Policies matching the filter. */
      list: (
        filter?: Filter<PolicyListQueryVariables>,
        { pageSize, orderBy, ...options }: ListOptions<Order<PolicyListQueryVariables>> = {},
      ) =>
        paginate(
          async (after, first) =>
            (await request(PolicyListDocument, { filter, orderBy, after, first }, options)).policies,
          pageSize,
        ),
      /**
       * What encounters did around the policy's effective date: `window` months (1–24, default 6) each side.
       * Null when there is no such policy or it has no effective date.
       */
      impact: async (slug: string, window?: number, { dataset, filter, ...options }: ImpactOptions = {}) =>
        (await request(PolicyImpactDocument, { slug, window, dataset, filter }, options)).policy?.impact ?? null,
    },
    claims: {
      /** Stored claims with their check against the data. */
      list: (
        filter?: Filter<ClaimListQueryVariables>,
        { pageSize, orderBy, ...options }: ListOptions<Order<ClaimListQueryVariables>> = {},
      ) =>
        paginate(
          async (after, first) => (await request(ClaimListDocument, { filter, orderBy, after, first }, options)).claims,
          pageSize,
        ),
      /** Checks a claim nobody stored yet: "was it really down 18%?" (`checkClaim`). */
      check: async (input: ClaimInput, options?: RequestOptions) =>
        (await request(CheckClaimDocument, { input }, options)).checkClaim,
    },
    /** Full-text search across statements, actors, policies and sources, best first. */
    search,
    /** Any entity by its global ID; null when there is none. */
    node: async (id: string, options?: RequestOptions) => (await request(NodeByIdDocument, { id }, options)).node,
  };
}
