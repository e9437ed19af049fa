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

/** What the computed and asserted values count. */
export type ClaimUnit =
  /** Encounters. */
  | 'COUNT'
  /** A percent change (−17.5 means 17.5% fewer). */
  | 'PERCENT';

/** What the encounter data says about a claim: the `reviewRating` of a schema.org ClaimReview, on a scale of two with a third answer for claims the data cannot rate. */
export type ClaimVerdict =
  /** The data says otherwise (the worst rating, `alternateName` "False"). */
  | 'CONTRADICTED'
  /** The data cannot rate the claim: it is about something else, or the dataset lacks a month or a dimension the claim needs (no rating; the reason says why). */
  | 'NOT_CHECKABLE'
  /** The data bears the claim out, within its tolerance (the best rating, `alternateName` "True"). */
  | 'SUPPORTED';

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

/** The days from `from` to `to`, both included; leave an end out to leave it open. */
export type DateRange = {
  /** The first day included. */
  from?: string | null | undefined;
  /** The last day included; not before `from`. */
  to?: string | null | undefined;
};

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

/** Which policies: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing. */
export type PolicyFilter = {
  /** First took effect within these dates (`effectiveOn`); a partly known date (`2020-03`) matches only when all of it is inside. Policies never in effect do not match. */
  effectiveOn?: DateRange | null | undefined;
  /** Issued by this actor (slug). */
  issuer?: string | null | undefined;
  /** At any of these levels of government. */
  jurisdictionLevels?: Array<JurisdictionLevel> | null | undefined;
  /** Text in the jurisdiction name, ignoring case: `san diego` matches "San Diego County"; `%` and `_` match themselves. */
  jurisdictionName?: string | null | undefined;
  /** Of any of these legal or administrative forms. */
  kinds?: Array<PolicyKind> | null | undefined;
  /** Text in the title or the short name, ignoring case; `%` and `_` match themselves. */
  name?: string | null | undefined;
  /** In any of these states. */
  statuses?: Array<PolicyStatus> | null | undefined;
  /** Only records changed at or after this instant, for an incremental sync. Page with `orderBy: { field: UPDATED_AT, direction: ASC }` (ties by id) and resume from the last `updatedAt` seen, minus a margin: `updatedAt` is set when the write runs, not when its transaction commits, so a write committing after your read may carry an earlier instant; resuming a minute early (longer than any write transaction) misses none, and records of the resumed instant come again. Archived records are left out (listed, with `archivedAt` set, for EDITOR and ADMIN keys only); everyone learns of deletions from `archivedSince`, read from the same instant. */
  updatedSince?: string | null | undefined;
};

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

/** An actor's position on a policy. */
export type StancePosition =
  /** Supports some of it and opposes some of it, or is ambivalent. */
  | 'MIXED'
  /** Opposes the policy. */
  | 'OPPOSES'
  /** Supports the policy. */
  | 'SUPPORTS';

/** Which statements: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing. */
export type StatementFilter = {
  /** True for paraphrases only, false for verbatim quotations only. */
  isParaphrase?: boolean | null | undefined;
  /** Names this actor (slug). */
  mentionsActor?: string | null | undefined;
  /** Names this policy (slug). */
  mentionsPolicy?: string | null | undefined;
  /** Said within these dates. A partly known date counts only when all of it lies inside: "December 2024" is within December but not within its first half; undated statements never match. */
  saidOn?: DateRange | null | undefined;
  /** Reported by this source (slug). */
  source?: string | null | undefined;
  /** Said by any of these actors (slugs). */
  speakers?: Array<string> | null | undefined;
  /** About any of these topics (exact kebab-case keys, e.g. `sanctuary`). */
  topics?: Array<string> | null | undefined;
  /** Only records changed at or after this instant, for an incremental sync. Page with `orderBy: { field: UPDATED_AT, direction: ASC }` (ties by id) and resume from the last `updatedAt` seen, minus a margin: `updatedAt` is set when the write runs, not when its transaction commits, so a write committing after your read may carry an earlier instant; resuming a minute early (longer than any write transaction) misses none, and records of the resumed instant come again. Archived records are left out (listed, with `archivedAt` set, for EDITOR and ADMIN keys only); everyone learns of deletions from `archivedSince`, read from the same instant. */
  updatedSince?: string | null | undefined;
};

/** The legal authority of the encounter. */
export type TitleOfAuthority =
  /** Title 8 of the U.S. Code: immigration law. */
  | 'TITLE_8'
  /** Title 42: public-health expulsions (March 2020 – May 2023). */
  | 'TITLE_42';

export type ActorPageQueryVariables = Exact<{
  slug: string;
}>;


export type ActorPageQuery = { actor: { slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, parent: { slug: string, name: string } | null, children: Array<{ slug: string, name: string }>, links: Array<{ url: string, note: string }>, roles: Array<{ id: string, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, organization: { slug: string, name: string } | null }>, members: Array<{ id: string, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, person: { slug: string, name: string } }>, stances: Array<{ id: string, position: StancePosition, policy: { slug: string, title: string }, evidence: { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string } | null }>, issuedPolicies: Array<{ slug: string, title: string, kind: PolicyKind, status: PolicyStatus }> } | null };

export type ActorRoleDatesFragment = { id: string, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null };

export type ClaimsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ClaimsListQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, text: string, notCheckableReason: string | null, statement: { text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, speaker: { slug: string, name: string } }, check: { verdict: ClaimVerdict, reason: string, assertion: ClaimAssertion, unit: ClaimUnit | null, computedValue: number | null, assertedValue: number | null, period: string | null, comparePeriod: string | null, assertedSince: string | null, since: { month: string } | null, dataset: { name: string } | null, releases: Array<{ label: string }> } } }> } };

export type DashboardDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardDatasetsQuery = { datasets: { edges: Array<{ node: { slug: string, name: string, publisher: string, landingPage: string, dimensions: Array<Dimension>, roundingUnit: number, scope: Array<{ dimension: Dimension, values: Array<string> }>, coverage: { firstMonth: string | null, lastMonth: string | null, months: number } } }> } };

export type EncountersChartQueryVariables = Exact<{
  dataset: string;
  filter: EncounterFilter;
}>;


export type EncountersChartQuery = { encounterSeries: { datasetSelection: { reason: string }, releases: Array<{ label: string }>, points: Array<{ period: string, value: number, previous: { period: string, absolute: number, percent: number | null } | null, yearAgo: { period: string, absolute: number, percent: number | null } | null, releases: Array<{ label: string }> }> } };

export type EncountersPoliciesQueryVariables = Exact<{
  effectiveOn: DateRange;
}>;


export type EncountersPoliciesQuery = { policies: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { slug: string, shortName: string, title: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null } }> } };

export type EncountersBreakdownQueryVariables = Exact<{
  dataset: string;
  groupBy: Dimension;
  filter: EncounterFilter;
}>;


export type EncountersBreakdownQuery = { encounterSeries: { points: Array<{ value: number, share: number | null, group: { label: string, other: boolean } | null }> } };

export type PoliciesListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PolicyFilter | null | undefined;
}>;


export type PoliciesListQuery = { policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, title: string, shortName: string, kind: PolicyKind, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, status: PolicyStatus, effectiveOn: string | null, effectivePrecision: DatePrecision | null, issuer: { slug: string, name: string } | null } }> } };

export type PolicyPageDetailQueryVariables = Exact<{
  slug: string;
}>;


export type PolicyPageDetailQuery = { policy: { slug: string, title: string, shortName: string, kind: PolicyKind, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, status: PolicyStatus, citations: Array<string>, summary: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, issuer: { slug: string, name: string } | null, events: Array<{ id: string, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null }>, stances: Array<{ id: string, position: StancePosition, note: string, actor: { slug: string, name: string }, evidence: { text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null } | null }>, sources: Array<{ slug: string, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, publisher: { name: string } | null }> } | null };

export type PolicyPageMentionsQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PolicyPageMentionsQuery = { policy: { mentionedIn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, speaker: { slug: string, name: string } } }> } } | null };

export type PolicyPageImpactQueryVariables = Exact<{
  slug: string;
  window: number;
  dataset?: string | null | undefined;
}>;


export type PolicyPageImpactQuery = { policy: { impact: { window: number, effectiveOn: string, transitionMonth: string | null, note: string | null, before: { from: string, to: string, months: number, total: number, average: number | null }, after: { from: string, to: string, months: number, total: number, average: number | null }, change: { absolute: number, percent: number | null } | null, transition: { value: number } | null, series: { dataset: { name: string }, datasetSelection: { automatic: boolean, reason: string }, points: Array<{ period: string, value: number }> } } | null } | null };

export type StatementsCardBaseFragment = { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, speaker: { slug: string, name: string }, source: { title: string, url: string | null, publisher: { name: string } | null } };

export type StatementsFeedItemFragment = { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, mentions: { policies: Array<{ slug: string, shortName: string }> }, claims: Array<{ slug: string, text: string, check: { verdict: ClaimVerdict } }>, speaker: { slug: string, name: string }, source: { title: string, url: string | null, publisher: { name: string } | null } };

export type StatementsHitFragment = { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, claims: Array<{ slug: string }>, speaker: { slug: string, name: string }, source: { title: string, url: string | null, publisher: { name: string } | null } };

export type StatementsFeedQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StatementFilter | null | undefined;
}>;


export type StatementsFeedQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, mentions: { policies: Array<{ slug: string, shortName: string }> }, claims: Array<{ slug: string, text: string, check: { verdict: ClaimVerdict } }>, speaker: { slug: string, name: string }, source: { title: string, url: string | null, publisher: { name: string } | null } } }> } };

export type StatementsSearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type StatementsSearchQuery = { search: Array<{ snippet: { parts: Array<{ text: string, highlighted: boolean }> }, node:
      | { slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, claims: Array<{ slug: string }>, speaker: { slug: string, name: string }, source: { title: string, url: string | null, publisher: { name: string } | null } }
      | Record<PropertyKey, never>
     }> };

export type StatementsSpeakersQueryVariables = Exact<{
  first: number;
}>;


export type StatementsSpeakersQuery = { actors: { edges: Array<{ node: { slug: string, name: string } }> } };

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
export const ActorRoleDatesFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ActorRoleDates on Role {
  id
  title
  startDate
  startPrecision
  endDate
  endPrecision
}
    `, {"fragmentName":"ActorRoleDates"}) as unknown as TypedDocumentString<ActorRoleDatesFragment, unknown>;
export const StatementsCardBaseFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment StatementsCardBase on Statement {
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
  }
  source {
    title
    url
    publisher {
      name
    }
  }
}
    `, {"fragmentName":"StatementsCardBase"}) as unknown as TypedDocumentString<StatementsCardBaseFragment, unknown>;
export const StatementsFeedItemFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment StatementsFeedItem on Statement {
  ...StatementsCardBase
  mentions {
    policies {
      slug
      shortName
    }
  }
  claims {
    slug
    text
    check {
      verdict
    }
  }
}
    fragment StatementsCardBase on Statement {
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
  }
  source {
    title
    url
    publisher {
      name
    }
  }
}`, {"fragmentName":"StatementsFeedItem"}) as unknown as TypedDocumentString<StatementsFeedItemFragment, unknown>;
export const StatementsHitFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment StatementsHit on Statement {
  ...StatementsCardBase
  claims {
    slug
  }
}
    fragment StatementsCardBase on Statement {
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
  }
  source {
    title
    url
    publisher {
      name
    }
  }
}`, {"fragmentName":"StatementsHit"}) as unknown as TypedDocumentString<StatementsHitFragment, unknown>;
export const ActorPageDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ActorPage($slug: String!) {
  actor(slug: $slug) {
    slug
    name
    kind
    classification
    otherNames
    summary
    parent {
      slug
      name
    }
    children {
      slug
      name
    }
    links {
      url
      note
    }
    roles {
      ...ActorRoleDates
      organization {
        slug
        name
      }
    }
    members {
      ...ActorRoleDates
      person {
        slug
        name
      }
    }
    stances {
      id
      position
      policy {
        slug
        title
      }
      evidence {
        slug
        text
        isParaphrase
        saidOn
        saidOnPrecision
        setting
      }
    }
    issuedPolicies {
      slug
      title
      kind
      status
    }
  }
}
    fragment ActorRoleDates on Role {
  id
  title
  startDate
  startPrecision
  endDate
  endPrecision
}`, {"hash":"sha256:2d89265ac63d7b8e92717b038585fd633adc47d0360156babe36b448c04e47f2"}) as unknown as TypedDocumentString<ActorPageQuery, ActorPageQueryVariables>;
export const ClaimsListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ClaimsList($first: Int!, $after: String) {
  claims(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        slug
        text
        notCheckableReason
        statement {
          text
          isParaphrase
          saidOn
          saidOnPrecision
          speaker {
            slug
            name
          }
        }
        check {
          verdict
          reason
          assertion
          unit
          computedValue
          assertedValue
          period
          comparePeriod
          assertedSince
          since {
            month
          }
          dataset {
            name
          }
          releases {
            label
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:da8542ddb96a5c672e281e98e38e473f38f52ed4fa36b1f5c9764c325dd73fb2"}) as unknown as TypedDocumentString<ClaimsListQuery, ClaimsListQueryVariables>;
export const DashboardDatasetsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query DashboardDatasets {
  datasets(first: 10) {
    edges {
      node {
        slug
        name
        publisher
        landingPage
        dimensions
        scope {
          dimension
          values
        }
        roundingUnit
        coverage {
          firstMonth
          lastMonth
          months
        }
      }
    }
  }
}
    `, {"hash":"sha256:49f0711f9dc8f4923edc85e544dca10af6b7d4ed9de31410ebd1d9ecb4c836e7"}) as unknown as TypedDocumentString<DashboardDatasetsQuery, DashboardDatasetsQueryVariables>;
export const EncountersChartDocument = /* @__PURE__ */ new TypedDocumentString(`
    query EncountersChart($dataset: String!, $filter: EncounterFilter!) {
  encounterSeries(dataset: $dataset, filter: $filter) {
    datasetSelection {
      reason
    }
    releases {
      label
    }
    points {
      period
      value
      previous {
        period
        absolute
        percent
      }
      yearAgo {
        period
        absolute
        percent
      }
      releases {
        label
      }
    }
  }
}
    `, {"hash":"sha256:3c53e753457a26f853d1499bbd19a3996efe1c93c664d7930f9fbb31621c5222"}) as unknown as TypedDocumentString<EncountersChartQuery, EncountersChartQueryVariables>;
export const EncountersPoliciesDocument = /* @__PURE__ */ new TypedDocumentString(`
    query EncountersPolicies($effectiveOn: DateRange!) {
  policies(
    filter: {effectiveOn: $effectiveOn}
    orderBy: {field: EFFECTIVE_ON, direction: ASC}
    first: 20
  ) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        slug
        shortName
        title
        effectiveOn
        effectivePrecision
      }
    }
  }
}
    `, {"hash":"sha256:4e7e5513be2afb06a3b2a1175a7a24ff3b51aee11a8da556bb1709f7c9d63e75"}) as unknown as TypedDocumentString<EncountersPoliciesQuery, EncountersPoliciesQueryVariables>;
export const EncountersBreakdownDocument = /* @__PURE__ */ new TypedDocumentString(`
    query EncountersBreakdown($dataset: String!, $groupBy: Dimension!, $filter: EncounterFilter!) {
  encounterSeries(
    dataset: $dataset
    groupBy: [$groupBy]
    top: 10
    filter: $filter
  ) {
    points {
      value
      share
      group {
        label
        other
      }
    }
  }
}
    `, {"hash":"sha256:ca172f4a6450507a02dd2e5be952d062de820fb2fca67e2c2396937ff8463cba"}) as unknown as TypedDocumentString<EncountersBreakdownQuery, EncountersBreakdownQueryVariables>;
export const PoliciesListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PoliciesList($first: Int!, $after: String, $filter: PolicyFilter) {
  policies(
    first: $first
    after: $after
    filter: $filter
    orderBy: {field: EFFECTIVE_ON, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        slug
        title
        shortName
        kind
        jurisdictionLevel
        jurisdictionName
        status
        effectiveOn
        effectivePrecision
        issuer {
          slug
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:349660908bd2232021de1309b2cf990006f1d338153d1e6211268dfe8fc0240a"}) as unknown as TypedDocumentString<PoliciesListQuery, PoliciesListQueryVariables>;
export const PolicyPageDetailDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PolicyPageDetail($slug: String!) {
  policy(slug: $slug) {
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
    effectivePrecision
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
    }
    stances {
      id
      position
      note
      actor {
        slug
        name
      }
      evidence {
        text
        isParaphrase
        saidOn
        saidOnPrecision
      }
    }
    sources {
      slug
      title
      url
      publishedOn
      publishedOnPrecision
      publisher {
        name
      }
    }
  }
}
    `, {"hash":"sha256:91bc3af91be6a8ae946ec9f616d94b1a7ff6f70f2da2399334e299011ad37453"}) as unknown as TypedDocumentString<PolicyPageDetailQuery, PolicyPageDetailQueryVariables>;
export const PolicyPageMentionsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PolicyPageMentions($slug: String!, $first: Int!, $after: String) {
  policy(slug: $slug) {
    mentionedIn(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          text
          isParaphrase
          saidOn
          saidOnPrecision
          setting
          speaker {
            slug
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:1066cbbddef9eae6682aaeb4674e20f79e2ab531de74b50a494d36adcb2b2f07"}) as unknown as TypedDocumentString<PolicyPageMentionsQuery, PolicyPageMentionsQueryVariables>;
export const PolicyPageImpactDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PolicyPageImpact($slug: String!, $window: Int!, $dataset: String) {
  policy(slug: $slug) {
    impact(window: $window, dataset: $dataset) {
      window
      effectiveOn
      transitionMonth
      note
      before {
        from
        to
        months
        total
        average
      }
      after {
        from
        to
        months
        total
        average
      }
      change {
        absolute
        percent
      }
      transition {
        value
      }
      series {
        dataset {
          name
        }
        datasetSelection {
          automatic
          reason
        }
        points {
          period
          value
        }
      }
    }
  }
}
    `, {"hash":"sha256:bfc14ab69be1678f4cddd0568773e51572d58e1dd96e42c06407bda0d529bbf1"}) as unknown as TypedDocumentString<PolicyPageImpactQuery, PolicyPageImpactQueryVariables>;
export const StatementsFeedDocument = /* @__PURE__ */ new TypedDocumentString(`
    query StatementsFeed($first: Int!, $after: String, $filter: StatementFilter) {
  statements(
    first: $first
    after: $after
    filter: $filter
    orderBy: {field: SAID_ON, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...StatementsFeedItem
      }
    }
  }
}
    fragment StatementsCardBase on Statement {
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
  }
  source {
    title
    url
    publisher {
      name
    }
  }
}
fragment StatementsFeedItem on Statement {
  ...StatementsCardBase
  mentions {
    policies {
      slug
      shortName
    }
  }
  claims {
    slug
    text
    check {
      verdict
    }
  }
}`, {"hash":"sha256:d2eb4820d36d2b2694ba748bfd976848b8d46ed113602ce179f9d8f6ad7e1a7f"}) as unknown as TypedDocumentString<StatementsFeedQuery, StatementsFeedQueryVariables>;
export const StatementsSearchDocument = /* @__PURE__ */ new TypedDocumentString(`
    query StatementsSearch($query: String!, $first: Int!) {
  search(query: $query, types: [STATEMENT], first: $first) {
    snippet {
      parts {
        text
        highlighted
      }
    }
    node {
      ... on Statement {
        ...StatementsHit
      }
    }
  }
}
    fragment StatementsCardBase on Statement {
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
  }
  source {
    title
    url
    publisher {
      name
    }
  }
}
fragment StatementsHit on Statement {
  ...StatementsCardBase
  claims {
    slug
  }
}`, {"hash":"sha256:5ae54550e733e9c84cf209027d407a38a07339b21bcfb43bbecc1987e2b7da43"}) as unknown as TypedDocumentString<StatementsSearchQuery, StatementsSearchQueryVariables>;
export const StatementsSpeakersDocument = /* @__PURE__ */ new TypedDocumentString(`
    query StatementsSpeakers($first: Int!) {
  actors(first: $first, filter: {hasStatements: true}) {
    edges {
      node {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:2f8216e45b3f3218e913df5dc0dd28898c21edd6a75fa2725577344d8f94d6a7"}) as unknown as TypedDocumentString<StatementsSpeakersQuery, StatementsSpeakersQueryVariables>;