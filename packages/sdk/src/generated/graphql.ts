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

/** The CBP component that made the encounter. */
export type Component =
  /** Office of Field Operations: encounters at ports of entry. */
  | 'OFO'
  /** U.S. Border Patrol: encounters between ports of entry. */
  | 'USBP';

/** How much of a partial date is known. */
export type DatePrecision =
  /** The exact day is known. */
  | 'DAY'
  /** The year and month are known; the date is the first of the month. */
  | 'MONTH'
  /** Only the year is known; the date is the first of January. */
  | 'YEAR';

/** Who was encountered. */
export type Demographic =
  /** Minors travelling with an adult who is not a parent or guardian in a family unit. */
  | 'ACCOMPANIED_MINORS'
  /** Individuals in a family unit. */
  | 'FMUA'
  /** Single adults. */
  | 'SINGLE_ADULTS'
  /** Unaccompanied children (`UC / Single Minors` in older files). */
  | 'UAC';

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

/** Which encounters to count. Lists match any of their values; lists on different dimensions must all match. A dimension the dataset does not carry is an error, never ignored. */
export type EncounterFilter = {
  /** Areas of responsibility by name or code, e.g. `Yuma Sector` or `YUM` (case-insensitive). */
  areas?: Array<string> | null | undefined;
  /** Citizenships as the dataset writes them, e.g. `MEXICO`, `CHINA, PEOPLES REPUBLIC OF` (case-insensitive). */
  citizenships?: Array<string> | null | undefined;
  /** Border Patrol (USBP) and/or Field Operations (OFO). */
  components?: Array<Component> | null | undefined;
  /** Demographic groups. */
  demographics?: Array<Demographic> | null | undefined;
  /** Apprehensions, inadmissibles, expulsions. */
  encounterTypes?: Array<EncounterType> | null | undefined;
  /** The first month; the whole period containing it is included. */
  from?: string | null | undefined;
  /** Land border regions. */
  regions?: Array<LandBorderRegion> | null | undefined;
  /** Two-letter U.S. state codes, e.g. `TX`. */
  states?: Array<string> | null | undefined;
  /** Title 8 and/or Title 42. */
  titles?: Array<TitleOfAuthority> | null | undefined;
  /** The last month; the whole period containing it is included. */
  to?: string | null | undefined;
};

/** How months are grouped into periods. */
export type EncounterInterval =
  /** Calendar years. */
  | 'CALENDAR_YEAR'
  /** Federal fiscal years: FY2024 is October 2023 to September 2024. */
  | 'FISCAL_YEAR'
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters (January–March is Q1). */
  | 'QUARTER';

/** Which end of the range a record is at. */
export type EncounterRecordKind =
  /** The most encounters. */
  | 'HIGHEST'
  /** The fewest encounters. */
  | 'LOWEST';

/** The kind of encounter. */
export type EncounterType =
  /** Border Patrol apprehensions under Title 8. */
  | 'APPREHENSIONS'
  /** Expulsions under Title 42. */
  | 'EXPULSIONS'
  /** Field Operations inadmissibles under Title 8. */
  | 'INADMISSIBLES';

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

/** A border region as CBP reports it. */
export type LandBorderRegion =
  /** Coastal Border Patrol sectors (OHSS files). */
  | 'COASTAL'
  /** The U.S.–Canada land border. */
  | 'NORTHERN'
  /** Everything else (airports, seaports, the interior). */
  | 'OTHER'
  /** The U.S.–Mexico land border. */
  | 'SOUTHWEST';

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

/** The legal authority of the encounter. */
export type TitleOfAuthority =
  /** Title 8 of the U.S. Code: immigration law. */
  | 'TITLE_8'
  /** Title 42: public-health expulsions (March 2020 – May 2023). */
  | 'TITLE_42';

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


export type DatasetBySlugQuery = { dataset: { id: string, slug: string, name: string, publisher: string, dimensions: Array<Dimension>, roundingUnit: number, scope: Array<{ dimension: Dimension, values: Array<string> }>, coverage: { firstMonth: string | null, lastMonth: string | null, months: number }, currentRelease: { id: string, label: string } | null, releases: Array<{ id: string, label: string, fileName: string, sha256: string, rowCount: number, firstMonth: string, lastMonth: string, publishedOn: string | null, importedAt: string, isCurrent: boolean }> } | null };

export type EncounterChangeFieldsFragment = { period: string, value: number, absolute: number, percent: number | null };

export type EncounterSeriesQueryVariables = Exact<{
  dataset?: string | null | undefined;
  filter?: EncounterFilter | null | undefined;
  interval?: EncounterInterval | null | undefined;
  groupBy?: Array<Dimension> | Dimension | null | undefined;
  top?: number | null | undefined;
  asOfRelease?: string | number | null | undefined;
}>;


export type EncounterSeriesQuery = { encounterSeries: { interval: EncounterInterval, groupBy: Array<Dimension>, dataset: { slug: string, roundingUnit: number }, datasetSelection: { slug: string, automatic: boolean, reason: string }, releases: Array<{ id: string, label: string, isCurrent: boolean }>, points: Array<{ period: string, start: string, end: string, months: number, complete: boolean, value: number, share: number | null, group: { label: string, other: boolean, component: Component | null, landBorderRegion: LandBorderRegion | null, areaOfResponsibility: string | null, areaCode: string | null, state: string | null, demographic: Demographic | null, citizenship: string | null, titleOfAuthority: TitleOfAuthority | null, encounterType: EncounterType | null } | null, previous: { period: string, value: number, absolute: number, percent: number | null } | null, yearAgo: { period: string, value: number, absolute: number, percent: number | null } | null, releases: Array<{ id: string, label: string }> }>, firstToLast: { period: string, value: number, absolute: number, percent: number | null } | null } };

export type EncounterRecordQueryVariables = Exact<{
  dataset?: string | null | undefined;
  filter?: EncounterFilter | null | undefined;
  period?: string | null | undefined;
  interval?: EncounterInterval | null | undefined;
  kind: EncounterRecordKind;
  asOfRelease?: string | number | null | undefined;
}>;


export type EncounterRecordQuery = { encounterRecord: { kind: EncounterRecordKind, period: string, value: number, rank: number, periods: number, firstPeriod: string, dataset: { slug: string }, datasetSelection: { slug: string, automatic: boolean, reason: string }, since: { period: string, value: number } | null, releases: Array<{ id: string, label: string }> } };

export type EncounterRevisionsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  filter?: EncounterFilter | null | undefined;
}>;


export type EncounterRevisionsQuery = { encounterRevisions: { monthsCompared: number, from: { id: string, label: string }, to: { id: string, label: string }, months: Array<{ month: string, before: number, after: number, absolute: number, percent: number | null }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Actor', slug: string, id: string }
    | { __typename: 'ApiKey', id: string }
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
    | { __typename: 'ApiKey', id: string }
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
export const EncounterChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EncounterChangeFields on EncounterChange {
  period
  value
  absolute
  percent
}
    `, {"fragmentName":"EncounterChangeFields"}) as unknown as TypedDocumentString<EncounterChangeFieldsFragment, unknown>;
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
    name
    publisher
    dimensions
    roundingUnit
    scope {
      dimension
      values
    }
    coverage {
      firstMonth
      lastMonth
      months
    }
    currentRelease {
      id
      label
    }
    releases {
      id
      label
      fileName
      sha256
      rowCount
      firstMonth
      lastMonth
      publishedOn
      importedAt
      isCurrent
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetBySlugQuery, DatasetBySlugQueryVariables>;
export const EncounterSeriesDocument = new TypedDocumentString(`
    query EncounterSeries($dataset: String, $filter: EncounterFilter, $interval: EncounterInterval, $groupBy: [Dimension!], $top: Int, $asOfRelease: ID) {
  encounterSeries(
    dataset: $dataset
    filter: $filter
    interval: $interval
    groupBy: $groupBy
    top: $top
    asOfRelease: $asOfRelease
  ) {
    dataset {
      slug
      roundingUnit
    }
    datasetSelection {
      slug
      automatic
      reason
    }
    releases {
      id
      label
      isCurrent
    }
    interval
    groupBy
    points {
      period
      start
      end
      months
      complete
      group {
        label
        other
        component
        landBorderRegion
        areaOfResponsibility
        areaCode
        state
        demographic
        citizenship
        titleOfAuthority
        encounterType
      }
      value
      share
      previous {
        ...EncounterChangeFields
      }
      yearAgo {
        ...EncounterChangeFields
      }
      releases {
        id
        label
      }
    }
    firstToLast {
      ...EncounterChangeFields
    }
  }
}
    fragment EncounterChangeFields on EncounterChange {
  period
  value
  absolute
  percent
}`) as unknown as TypedDocumentString<EncounterSeriesQuery, EncounterSeriesQueryVariables>;
export const EncounterRecordDocument = new TypedDocumentString(`
    query EncounterRecord($dataset: String, $filter: EncounterFilter, $period: Month, $interval: EncounterInterval, $kind: EncounterRecordKind!, $asOfRelease: ID) {
  encounterRecord(
    dataset: $dataset
    filter: $filter
    period: $period
    interval: $interval
    kind: $kind
    asOfRelease: $asOfRelease
  ) {
    dataset {
      slug
    }
    datasetSelection {
      slug
      automatic
      reason
    }
    kind
    period
    value
    rank
    periods
    since {
      period
      value
    }
    firstPeriod
    releases {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<EncounterRecordQuery, EncounterRecordQueryVariables>;
export const EncounterRevisionsDocument = new TypedDocumentString(`
    query EncounterRevisions($from: ID!, $to: ID!, $filter: EncounterFilter) {
  encounterRevisions(from: $from, to: $to, filter: $filter) {
    from {
      id
      label
    }
    to {
      id
      label
    }
    monthsCompared
    months {
      month
      before
      after
      absolute
      percent
    }
  }
}
    `) as unknown as TypedDocumentString<EncounterRevisionsQuery, EncounterRevisionsQueryVariables>;
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