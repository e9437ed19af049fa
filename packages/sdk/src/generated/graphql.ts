/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an actor is a person or an organization. */
export type ActorKind =
  /** An agency, government, institution, outlet or group. */
  | 'ORGANIZATION'
  /** A natural person. */
  | 'PERSON';

/** What a claim asserts about encounter data. */
export type ClaimAssertion =
  /** The metric exceeds the comparison metric for the first time in the data. */
  | 'FIRST_TIME_EXCEEDS'
  /** The encounter data cannot check the claim; the reason says why. */
  | 'NOT_CHECKABLE'
  /** The percent change from the comparison period to the period. */
  | 'PERCENT_CHANGE'
  /** The period is the highest since a given month. */
  | 'RECORD_HIGH'
  /** The period is the lowest since a given month. */
  | 'RECORD_LOW'
  /** The metric's value for the period, within a tolerance. */
  | 'VALUE';

/** How much of a partial date is known. */
export type DatePrecision =
  /** The exact day is known. */
  | 'DAY'
  /** The year and month are known; the date is the first of the month. */
  | 'MONTH'
  /** Only the year is known; the date is the first of January. */
  | 'YEAR';

/** A dimension an encounter dataset can carry. */
export type Dimension =
  /** A Border Patrol sector or an OFO field office. */
  | 'AREA_OF_RESPONSIBILITY'
  /** Country of citizenship. */
  | 'CITIZENSHIP'
  /** U.S. Border Patrol or Office of Field Operations. */
  | 'COMPONENT'
  /** Accompanied minors, individuals in family units, single adults, unaccompanied children. */
  | 'DEMOGRAPHIC'
  /** Apprehensions, inadmissibles or expulsions. */
  | 'ENCOUNTER_TYPE'
  /** Southwest, Northern, Coastal or Other. */
  | 'LAND_BORDER_REGION'
  /** The state of the encounter. */
  | 'STATE'
  /** Title 8 (immigration law) or Title 42 (public-health expulsions). */
  | 'TITLE_OF_AUTHORITY';

/** The level of government a policy applies at. */
export type JurisdictionLevel =
  /** One city. */
  | 'CITY'
  /** One county. */
  | 'COUNTY'
  /** The United States as a whole. */
  | 'FEDERAL'
  /** Between countries. */
  | 'INTERNATIONAL'
  /** One state. */
  | 'STATE';

/** What kind of organization an actor is. */
export type OrganizationClassification =
  /** A university, college or school. */
  | 'ACADEMIC_INSTITUTION'
  /** A political campaign. */
  | 'CAMPAIGN'
  /** A court. */
  | 'COURT'
  /** A U.S. federal department, agency or office (including the presidency and transition teams). */
  | 'FEDERAL_AGENCY'
  /** The government of another country. */
  | 'FOREIGN_GOVERNMENT'
  /** A legislature or one of its committees. */
  | 'LEGISLATURE'
  /** A news outlet or publisher. */
  | 'MEDIA'
  /** A non-governmental or advocacy organization. */
  | 'NGO'
  /** Any other kind of organization. */
  | 'OTHER'
  /** A state, county or city government, or one of its offices. */
  | 'STATE_OR_LOCAL_GOVERNMENT'
  /** A policy research institute. */
  | 'THINK_TANK';

/** A step in the life of a policy. */
export type PolicyEventKind =
  /** Changed. */
  | 'AMENDED'
  /** Made public. */
  | 'ANNOUNCED'
  /** Took effect. */
  | 'EFFECTIVE'
  /** Blocked by a court. */
  | 'ENJOINED'
  /** Ended on its own terms. */
  | 'EXPIRED'
  /** Ended by its issuer or a successor. */
  | 'RESCINDED'
  /** Signed into effect by its issuer. */
  | 'SIGNED'
  /** Voted on by a legislature or board. */
  | 'VOTE';

/** The legal or administrative form of a policy. */
export type PolicyKind =
  /** A court decision. */
  | 'COURT_RULING'
  /** A presidential or gubernatorial executive order. */
  | 'EXECUTIVE_ORDER'
  /** A federal regulation or public-health order. */
  | 'FEDERAL_RULE'
  /** An agreement between governments. */
  | 'INTERNATIONAL_AGREEMENT'
  /** A county or city policy or ordinance. */
  | 'LOCAL_POLICY'
  /** A presidential proclamation. */
  | 'PROCLAMATION'
  /** An administrative program or an application such as CBP One. */
  | 'PROGRAM_OR_APP'
  /** A state law. */
  | 'STATE_LAW'
  /** A federal statute. */
  | 'STATUTE';

/** Where a policy stands. */
export type PolicyStatus =
  /** In effect. */
  | 'ACTIVE'
  /** Blocked by a court. */
  | 'ENJOINED'
  /** Ended on its own terms. */
  | 'EXPIRED'
  /** Announced or proposed, not yet in effect. */
  | 'PROPOSED'
  /** Ended by its issuer or a successor. */
  | 'RESCINDED';

/** What kind of publication a source is. */
export type SourceKind =
  /** A published dataset. */
  | 'DATASET'
  /** A government document: a rule, a proclamation, a memo, a letter. */
  | 'GOVERNMENT_DOCUMENT'
  /** A legislative or public hearing. */
  | 'HEARING'
  /** An interview (broadcast, print or podcast). */
  | 'INTERVIEW'
  /** A news story. */
  | 'NEWS_ARTICLE'
  /** A press release or official statement. */
  | 'PRESS_RELEASE'
  /** A post on a social network. */
  | 'SOCIAL_POST';

/** An actor's position on a policy. */
export type StancePosition =
  /** Supports some of it and opposes some of it, or is ambivalent. */
  | 'MIXED'
  /** Opposes the policy. */
  | 'OPPOSES'
  /** Supports the policy. */
  | 'SUPPORTS';

export type ActorListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorListQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null } }> } };

export type ActorBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ActorBySlugQuery = { actor: { id: string, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, parent: { slug: string } | null, children: Array<{ slug: string }>, links: Array<{ url: string, note: string }>, roles: Array<{ id: string, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, organization: { slug: string, name: string } | null, person: { slug: string } }>, members: Array<{ title: string, person: { slug: string } }>, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, saidOn: string | null } }> }, stances: Array<{ id: string, position: StancePosition, policy: { slug: string }, evidence: { slug: string } | null }>, issuedPolicies: Array<{ slug: string }> } | null };

export type DatasetListQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetListQuery = { datasets: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, publisher: string, landingPage: string, description: string, dimensions: Array<Dimension>, roundingUnit: number } }> } };

export type DatasetBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetBySlugQuery = { dataset: { id: string, slug: string, dimensions: Array<Dimension>, roundingUnit: number, releases: Array<{ id: string, label: string, fileName: string, sha256: string, rowCount: number, firstMonth: string, lastMonth: string, importedAt: string }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Actor', slug: string, id: string }
    | { __typename: 'Claim', slug: string, id: string }
    | { __typename: 'Dataset', slug: string, id: string }
    | { __typename: 'Policy', slug: string, id: string }
    | { __typename: 'PolicyEvent', kind: PolicyEventKind, id: string }
    | { __typename: 'Release', label: string, id: string }
    | { __typename: 'Role', title: string, id: string }
    | { __typename: 'Source', slug: string, id: string }
    | { __typename: 'Stance', position: StancePosition, id: string }
    | { __typename: 'Statement', slug: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Actor', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyEvent', id: string }
    | { __typename: 'Release', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Stance', id: string }
    | { __typename: 'Statement', id: string }
   | null> };

export type PolicyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyListQuery = { policies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, effectiveOn: string | null, issuer: { slug: string } | null } }> } };

export type PolicyBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type PolicyBySlugQuery = { policy: { id: string, slug: string, title: string, shortName: string, kind: PolicyKind, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, status: PolicyStatus, citations: Array<string>, summary: string, effectiveOn: string | null, issuer: { slug: string, name: string } | null, events: Array<{ id: string, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, policy: { slug: string } }>, stances: Array<{ position: StancePosition, actor: { slug: string }, evidence: { slug: string, text: string } | null }>, sources: Array<{ slug: string }>, mentionedIn: { totalCount: number, edges: Array<{ node: { slug: string } }> } } | null };

export type StatementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementListQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, speaker: { slug: string, name: string, roles: Array<{ title: string, organization: { slug: string } | null }> }, source: { id: string, slug: string, title: string, publisher: { name: string } | null }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string, issuer: { slug: string } | null, events: Array<{ kind: PolicyEventKind, date: string }> }> }, claims: Array<{ id: string, slug: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, notCheckableReason: string | null, dataset: { slug: string } | null }> } }> } };

export type SourceListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SourceListQuery = { sources: { totalCount: number, edges: Array<{ node: { id: string, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, publisher: { slug: string } | null, statements: { totalCount: number, edges: Array<{ node: { slug: string } }> } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ActorListDocument = new TypedDocumentString(`
    query ActorList($first: Int, $after: String) {
  actors(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        slug
        name
        kind
        classification
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorListQuery, ActorListQueryVariables>;
export const ActorBySlugDocument = new TypedDocumentString(`
    query ActorBySlug($slug: String!) {
  actor(slug: $slug) {
    id
    slug
    name
    kind
    classification
    otherNames
    summary
    parent {
      slug
    }
    children {
      slug
    }
    links {
      url
      note
    }
    roles {
      id
      title
      startDate
      startPrecision
      endDate
      endPrecision
      organization {
        slug
        name
      }
      person {
        slug
      }
    }
    members {
      title
      person {
        slug
      }
    }
    statements(first: 5) {
      totalCount
      edges {
        node {
          id
          slug
          saidOn
        }
      }
    }
    stances {
      id
      position
      policy {
        slug
      }
      evidence {
        slug
      }
    }
    issuedPolicies {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ActorBySlugQuery, ActorBySlugQueryVariables>;
export const DatasetListDocument = new TypedDocumentString(`
    query DatasetList {
  datasets(first: 10) {
    totalCount
    edges {
      node {
        id
        slug
        name
        publisher
        landingPage
        description
        dimensions
        roundingUnit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetListQuery, DatasetListQueryVariables>;
export const DatasetBySlugDocument = new TypedDocumentString(`
    query DatasetBySlug($slug: String!) {
  dataset(slug: $slug) {
    id
    slug
    dimensions
    roundingUnit
    releases {
      id
      label
      fileName
      sha256
      rowCount
      firstMonth
      lastMonth
      importedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetBySlugQuery, DatasetBySlugQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Actor {
      slug
    }
    ... on Role {
      title
    }
    ... on Source {
      slug
    }
    ... on Statement {
      slug
    }
    ... on Claim {
      slug
    }
    ... on Policy {
      slug
    }
    ... on PolicyEvent {
      kind
    }
    ... on Stance {
      position
    }
    ... on Dataset {
      slug
    }
    ... on Release {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = new TypedDocumentString(`
    query NodesByIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const PolicyListDocument = new TypedDocumentString(`
    query PolicyList($first: Int, $after: String) {
  policies(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        slug
        title
        shortName
        kind
        status
        effectiveOn
        issuer {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyBySlugDocument = new TypedDocumentString(`
    query PolicyBySlug($slug: String!) {
  policy(slug: $slug) {
    id
    slug
    title
    shortName
    kind
    jurisdictionLevel
    jurisdictionName
    status
    citations
    summary
    effectiveOn
    issuer {
      slug
      name
    }
    events {
      id
      kind
      date
      datePrecision
      description
      voteTally
      policy {
        slug
      }
    }
    stances {
      position
      actor {
        slug
      }
      evidence {
        slug
        text
      }
    }
    sources {
      slug
    }
    mentionedIn(first: 10) {
      totalCount
      edges {
        node {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyBySlugQuery, PolicyBySlugQueryVariables>;
export const StatementListDocument = new TypedDocumentString(`
    query StatementList($first: Int, $after: String) {
  statements(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        text
        isParaphrase
        saidOn
        saidOnPrecision
        setting
        topics
        speaker {
          slug
          name
          roles {
            title
            organization {
              slug
            }
          }
        }
        source {
          id
          slug
          title
          publisher {
            name
          }
        }
        mentions {
          actors {
            slug
          }
          policies {
            slug
            issuer {
              slug
            }
            events {
              kind
              date
            }
          }
        }
        claims {
          id
          slug
          assertion
          period
          assertedValue
          notCheckableReason
          dataset {
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementListQuery, StatementListQueryVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList($first: Int) {
  sources(first: $first) {
    totalCount
    edges {
      node {
        id
        slug
        kind
        title
        url
        publishedOn
        publishedOnPrecision
        publisher {
          slug
        }
        statements(first: 3) {
          totalCount
          edges {
            node {
              slug
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;