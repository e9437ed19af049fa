/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which actors: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing. */
export type ActorFilter = {
  /** Organizations of any of these kinds (people have none). */
  classifications?: Array<OrganizationClassification> | null | undefined;
  /** True for actors with at least one (live) statement, false for those with none. */
  hasStatements?: boolean | null | undefined;
  /** People or organizations. */
  kind?: ActorKind | null | undefined;
  /** Text in the name or in any other name, ignoring case; `%` and `_` match themselves. */
  name?: string | null | undefined;
  /** An organization (slug): the people who hold or held a role in it, and the organizations directly part of it. */
  organization?: string | null | undefined;
  /** Only records changed at or after this instant, for an incremental sync. Page with `orderBy: { field: UPDATED_AT, direction: ASC }` (ties by id) and resume from the last `updatedAt` seen, minus a margin: `updatedAt` is set when the write runs, not when its transaction commits, so a write committing after your read may carry an earlier instant; resuming a minute early (longer than any write transaction) misses none, and records of the resumed instant come again. Archived records are left out (listed, with `archivedAt` set, for EDITOR and ADMIN keys only); everyone learns of deletions from `archivedSince`, read from the same instant. */
  updatedSince?: string | null | undefined;
};

/** Whether an actor is a person or an organization. */
export type ActorKind =
  /** An agency, government, institution, outlet or group. */
  | 'ORGANIZATION'
  /** A natural person. */
  | 'PERSON';

/** A web page about an actor. */
export type ActorLinkInput = {
  /** What the page is, e.g. "official biography" (at most 200 characters). */
  note?: string | null | undefined;
  /** The address, http or https. */
  url: string;
};

/** How to sort actors; ties are broken by id, in the same direction. */
export type ActorOrder = {
  /** Ascending or descending; the key's default when omitted. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: ActorOrderField;
};

/** What a list of actors can be sorted by. */
export type ActorOrderField =
  /** When the record was created. Descending by default. */
  | 'CREATED_AT'
  /** The name. Ascending by default. */
  | 'NAME'
  /** When the record last changed. Descending by default. */
  | 'UPDATED_AT';

/** Which keys: every field given must match; an empty list does not filter. */
export type ApiKeyFilter = {
  /** True: only revoked keys; false: only keys that still work. */
  revoked?: boolean | null | undefined;
  /** With any of these roles. */
  roles?: Array<ApiKeyRole> | null | undefined;
};

/** How to sort apikeys; ties are broken by id, in the same direction. */
export type ApiKeyOrder = {
  /** Ascending or descending; the key's default when omitted. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: ApiKeyOrderField;
};

/** What a list of apikeys can be sorted by. */
export type ApiKeyOrderField =
  /** When the key was made. Descending by default. */
  | 'CREATED_AT'
  /** Who holds the key. Ascending by default. */
  | 'NAME';

/** What the holder of an API key may do; each role includes the ones before it. */
export type ApiKeyRole =
  /** Everything an editor does, plus keys and the audit trail. */
  | 'ADMIN'
  /** Reads, and writes the editorial record. */
  | 'EDITOR'
  /** Reads, with higher rate limits than anonymous callers. */
  | 'PARTNER';

/** What a write did to a record. */
export type AuditAction =
  /** Archived it: a soft delete, which a restore undoes. */
  | 'ARCHIVE'
  /** Created it (`before` is null). */
  | 'CREATE'
  /** Restored it from the archive. */
  | 'RESTORE'
  /** Changed some of its fields. */
  | 'UPDATE';

/** Which audit events: every field given must match. */
export type AuditEventFilter = {
  /** Writes of this kind. */
  action?: AuditAction | null | undefined;
  /** Writes made with the API key of this prefix. */
  apiKey?: string | null | undefined;
  /** Writes to this record (its global ID), even if it no longer exists. */
  entityId?: string | number | null | undefined;
  /** Writes to records of this GraphQL type, e.g. `Statement`. */
  entityType?: string | null | undefined;
  /** Writes at or after this instant. */
  from?: string | null | undefined;
  /** Writes before this instant (not at it); not before `from`. */
  to?: string | null | undefined;
};

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

/** Which claims: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing. */
export type ClaimFilter = {
  /** Asserting any of these kinds of thing. */
  assertions?: Array<ClaimAssertion> | null | undefined;
  /** Checked against any of these datasets (slugs). */
  datasets?: Array<string> | null | undefined;
  /** Made in any of these statements (slugs). */
  statements?: Array<string> | null | undefined;
  /** Only records changed at or after this instant, for an incremental sync. Page with `orderBy: { field: UPDATED_AT, direction: ASC }` (ties by id) and resume from the last `updatedAt` seen, minus a margin: `updatedAt` is set when the write runs, not when its transaction commits, so a write committing after your read may carry an earlier instant; resuming a minute early (longer than any write transaction) misses none, and records of the resumed instant come again. Archived records are left out (listed, with `archivedAt` set, for EDITOR and ADMIN keys only); everyone learns of deletions from `archivedSince`, read from the same instant. */
  updatedSince?: string | null | undefined;
};

/** A claim to check that nobody stored yet ("was it really down 18%?"), in the shape of a stored one. Each assertion needs its fields: VALUE `assertedValue`; PERCENT_CHANGE `comparePeriod` and `assertedValue`; RECORD_LOW and RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. Fields an assertion does not use are refused, not ignored. */
export type ClaimInput = {
  /** RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`. */
  assertedSince?: string | null | undefined;
  /** VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%"). */
  assertedValue?: number | null | undefined;
  /** What the claim asserts; not NOT_CHECKABLE. */
  assertion: ClaimAssertion;
  /** FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`. */
  compareFilter?: EncounterFilter | null | undefined;
  /** PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`. */
  comparePeriod?: string | null | undefined;
  /** Dataset slug, e.g. `cbp-southwest`; omit to let Borderdesk pick one. */
  dataset?: string | null | undefined;
  /** Which encounters the metric counts, without `from`/`to` (the periods set the months). */
  filter?: EncounterFilter | null | undefined;
  /** The month the claim is about, `YYYY-MM`. */
  period: string;
  /** How far off the computed value may be and still support the claim (see ClaimCheck.tolerance). */
  tolerance?: number | null | undefined;
};

/** How to sort claims; ties are broken by id, in the same direction. */
export type ClaimOrder = {
  /** Ascending or descending; the key's default when omitted. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: ClaimOrderField;
};

/** What a list of claims can be sorted by. */
export type ClaimOrderField =
  /** When the record was created: the order claims were entered in. Ascending by default. */
  | 'CREATED_AT'
  /** The month the claim is about; claims without one last. Descending by default. */
  | 'PERIOD'
  /** When the record last changed. Descending by default. */
  | 'UPDATED_AT';

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

/** A new actor: a person or an organization. */
export type CreateActorInput = {
  /** What kind of organization it is; organizations only. */
  classification?: OrganizationClassification | null | undefined;
  /** Person or organization. */
  kind: ActorKind;
  /** Web pages about the actor (at most 20, each address once); an update replaces the whole list. */
  links?: Array<ActorLinkInput> | null | undefined;
  /** The name as commonly written (at most 200 characters). */
  name: string;
  /** Other names: abbreviations, former names, spellings seen in print (at most 50, no repeats). */
  otherNames?: Array<string> | null | undefined;
  /** The organization this one is part of (slug of a live organization; not itself or one of its parts). */
  parent?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens (`tom-homan`), unique among actors. */
  slug: string;
  /** Who or what this is, in a sentence or two (at most 2,000 characters). */
  summary?: string | null | undefined;
};

/** A new claim in an existing statement. */
export type CreateClaimInput = {
  /** RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`. */
  assertedSince?: string | null | undefined;
  /** VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%"). */
  assertedValue?: number | null | undefined;
  /** What the claim asserts. Each assertion needs its fields and refuses the others: VALUE `assertedValue` (and `tolerance`); PERCENT_CHANGE `comparePeriod` and `assertedValue` (and `tolerance`); RECORD_LOW and RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. All but NOT_CHECKABLE need `period`; NOT_CHECKABLE needs `notCheckableReason` and takes none of the metric fields. */
  assertion: ClaimAssertion;
  /** FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`. */
  compareFilter?: EncounterFilter | null | undefined;
  /** PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`. */
  comparePeriod?: string | null | undefined;
  /** The dataset the claim is checked against (slug); every claim but NOT_CHECKABLE needs one. */
  dataset?: string | null | undefined;
  /** Which encounters the metric counts, without `from`/`to` (the periods set the months). */
  filter?: EncounterFilter | null | undefined;
  /** NOT_CHECKABLE: why the encounter data cannot check the claim (at most 1,000 characters). */
  notCheckableReason?: string | null | undefined;
  /** The month the claim is about, `YYYY-MM`. */
  period?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among claims. */
  slug: string;
  /** The statement the claim is in (slug of a live statement). */
  statement: string;
  /** The claim as it appears in the statement (at most 1,000 characters). */
  text: string;
  /** How far off the computed value may be and still support the claim (zero or more). */
  tolerance?: number | null | undefined;
};

/** A new step in a policy's life. An EFFECTIVE event may move the policy's `effectiveOn`. */
export type CreatePolicyEventInput = {
  /** When it happened; a policy has one event of a kind per date. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  date: string;
  /** What happened, in a sentence (at most 1,000 characters). */
  description?: string | null | undefined;
  /** What happened. */
  kind: PolicyEventKind;
  /** The policy (slug of a live policy). */
  policy: string;
  /** Where the event is documented (slug of a live source). */
  source?: string | null | undefined;
  /** VOTE events only: the tally, e.g. "3–1" (at most 50 characters). */
  voteTally?: string | null | undefined;
};

/** A new policy; its timeline is written with `createPolicyEvent`. */
export type CreatePolicyInput = {
  /** Official citations, e.g. `89 FR 48710` (at most 20). */
  citations?: Array<string> | null | undefined;
  /** Who issued or enacted it (slug of a live actor). */
  issuer?: string | null | undefined;
  /** The level of government it applies at. */
  jurisdictionLevel: JurisdictionLevel;
  /** The jurisdiction it applies in, e.g. "California" (at most 200 characters). */
  jurisdictionName: string;
  /** Its legal or administrative form. */
  kind: PolicyKind;
  /** The name reporters use, e.g. "CBP One" (at most 100 characters). */
  shortName: string;
  /** Stable identifier: lowercase words joined by hyphens, unique among policies. */
  slug: string;
  /** Where it is documented or reported (slugs of live sources, at most 50); an update replaces the list. */
  sources?: Array<string> | null | undefined;
  /** Where it stands. */
  status: PolicyStatus;
  /** What it does, in a few sentences (at most 5,000 characters). */
  summary?: string | null | undefined;
  /** The full title (at most 500 characters). */
  title: string;
};

/** A person's position in an organization (a Popolo membership). */
export type CreateRoleInput = {
  /** When it ended; not before `startDate` (partial dates compare by their first day). A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  endDate?: string | null | undefined;
  /** Where the position is held (slug of a live organization), if anywhere. */
  organization?: string | null | undefined;
  /** Who holds the position (slug of a live person). */
  person: string;
  /** Where the role is documented (slug of a live source). */
  source?: string | null | undefined;
  /** When the position began. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  startDate?: string | null | undefined;
  /** The position, e.g. "Border czar" (at most 200 characters); a person holds one role per title and organization. */
  title: string;
};

/** A new source: where something was said or published. */
export type CreateSourceInput = {
  /** What kind of publication it is. */
  kind: SourceKind;
  /** When it was published. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  publishedOn?: string | null | undefined;
  /** Who published it (slug of a live actor). */
  publisher?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among sources. */
  slug: string;
  /** The title as published (at most 500 characters). */
  title: string;
  /** Where to read it: an http or https address. */
  url?: string | null | undefined;
};

/** An actor's position on a policy. */
export type CreateStanceInput = {
  /** Who takes the position (slug of a live actor); an actor has one stance per policy. */
  actor: string;
  /** How the position was read (at most 1,000 characters). */
  note?: string | null | undefined;
  /** The policy (slug of a live policy). */
  policy: string;
  /** Supports, opposes or mixed. */
  position: StancePosition;
  /** The statement that shows the position (slug of a live statement). */
  statement?: string | null | undefined;
};

/** A new statement, with its source (existing or new), mentions and claims: all written in one transaction, or nothing is. */
export type CreateStatementInput = {
  /** Checkable assertions inside the statement (at most 20). */
  claims?: Array<StatementClaimInput> | null | undefined;
  /** True when the source reports what was said in its own words rather than quoting it (default false). */
  isParaphrase?: boolean | null | undefined;
  /** The actors and policies it names. */
  mentions?: StatementMentionsInput | null | undefined;
  /** When it was said. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  saidOn?: string | null | undefined;
  /** Where it was said, e.g. "Time interview" (at most 200 characters). */
  setting?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among statements. */
  slug: string;
  /** Where it was reported. */
  source: StatementSourceInput;
  /** Who said it (slug of a live actor). */
  speaker: string;
  /** The words as the source prints them (at most 10,000 characters). */
  text: string;
  /** What it is about, as kebab-case topic keys (at most 20). */
  topics?: Array<string> | null | undefined;
};

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

/** A type of the editorial record. */
export type EditorialType =
  /** Actor records. */
  | 'ACTOR'
  /** Claim records. */
  | 'CLAIM'
  /** Policy records. */
  | 'POLICY'
  /** PolicyEvent records. */
  | 'POLICY_EVENT'
  /** Role records. */
  | 'ROLE'
  /** Source records. */
  | 'SOURCE'
  /** Stance records. */
  | 'STANCE'
  /** Statement records. */
  | 'STATEMENT';

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

/** Which way a list is sorted. Items without a value for the sort key always come last. */
export type OrderDirection =
  /** Ascending: A to Z, oldest first. */
  | 'ASC'
  /** Descending: Z to A, newest first. */
  | 'DESC';

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

/** How to sort policys; ties are broken by id, in the same direction. */
export type PolicyOrder = {
  /** Ascending or descending; the key's default when omitted. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: PolicyOrderField;
};

/** What a list of policys can be sorted by. */
export type PolicyOrderField =
  /** When the record was created. Descending by default. */
  | 'CREATED_AT'
  /** When it first took effect; policies never in effect last. Descending by default. */
  | 'EFFECTIVE_ON'
  /** The title. Ascending by default. */
  | 'TITLE'
  /** When the record last changed. Descending by default. */
  | 'UPDATED_AT';

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

/** A record, and the version of it the editor last read. */
export type RecordVersionInput = {
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** How a search hit matched the query. */
export type SearchMatch =
  /** Every word of the query is among its words, names included (words of three letters or more also as prefixes, in any grammatical form). */
  | 'FULL_TEXT'
  /** The query is spelt like one of its names (trigram similarity), e.g. "Homman" for Homan. */
  | 'FUZZY';

/** A kind of entity search finds. */
export type SearchType =
  /** People and organizations, by their names, other names and summary. */
  | 'ACTOR'
  /** Policies, by title, short name, summary, citations and jurisdiction. */
  | 'POLICY'
  /** Sources, by title, publisher and kind. */
  | 'SOURCE'
  /** Statements, by their text, setting, topics and the speaker's name. */
  | 'STATEMENT';

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

/** A claim written together with its statement. */
export type StatementClaimInput = {
  /** RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`. */
  assertedSince?: string | null | undefined;
  /** VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%"). */
  assertedValue?: number | null | undefined;
  /** What the claim asserts. Each assertion needs its fields and refuses the others: VALUE `assertedValue` (and `tolerance`); PERCENT_CHANGE `comparePeriod` and `assertedValue` (and `tolerance`); RECORD_LOW and RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. All but NOT_CHECKABLE need `period`; NOT_CHECKABLE needs `notCheckableReason` and takes none of the metric fields. */
  assertion: ClaimAssertion;
  /** FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`. */
  compareFilter?: EncounterFilter | null | undefined;
  /** PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`. */
  comparePeriod?: string | null | undefined;
  /** The dataset the claim is checked against (slug); every claim but NOT_CHECKABLE needs one. */
  dataset?: string | null | undefined;
  /** Which encounters the metric counts, without `from`/`to` (the periods set the months). */
  filter?: EncounterFilter | null | undefined;
  /** NOT_CHECKABLE: why the encounter data cannot check the claim (at most 1,000 characters). */
  notCheckableReason?: string | null | undefined;
  /** The month the claim is about, `YYYY-MM`. */
  period?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among claims. */
  slug: string;
  /** The claim as it appears in the statement (at most 1,000 characters). */
  text: string;
  /** How far off the computed value may be and still support the claim (zero or more). */
  tolerance?: number | null | undefined;
};

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

/** The actors and policies a statement names (slugs of live records). A list given replaces the stored one. */
export type StatementMentionsInput = {
  /** Actors the statement names (at most 50). */
  actors?: Array<string> | null | undefined;
  /** Policies the statement names (at most 50). */
  policies?: Array<string> | null | undefined;
};

/** How to sort statements; ties are broken by id, in the same direction. */
export type StatementOrder = {
  /** Ascending or descending; the key's default when omitted. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: StatementOrderField;
};

/** What a list of statements can be sorted by. */
export type StatementOrderField =
  /** When the record was created. Descending by default. */
  | 'CREATED_AT'
  /** When it was said; undated statements last. Descending by default. */
  | 'SAID_ON'
  /** When the record last changed. Descending by default. */
  | 'UPDATED_AT';

/** The source of a statement: an existing one by slug, or a new one written with the statement. Give exactly one. */
export type StatementSourceInput = {
  /** A new source, written in the same transaction. */
  create?: CreateSourceInput | null | undefined;
  /** An existing live source. */
  slug?: string | null | undefined;
};

/** The legal authority of the encounter. */
export type TitleOfAuthority =
  /** Title 8 of the U.S. Code: immigration law. */
  | 'TITLE_8'
  /** Title 42: public-health expulsions (March 2020 – May 2023). */
  | 'TITLE_42';

/** Changes to an actor. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateActorInput = {
  /** What kind of organization it is; organizations only. */
  classification?: OrganizationClassification | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** Person or organization. */
  kind?: ActorKind | null | undefined;
  /** Web pages about the actor (at most 20, each address once); an update replaces the whole list. */
  links?: Array<ActorLinkInput> | null | undefined;
  /** The name as commonly written (at most 200 characters). */
  name?: string | null | undefined;
  /** Other names: abbreviations, former names, spellings seen in print (at most 50, no repeats). */
  otherNames?: Array<string> | null | undefined;
  /** The organization this one is part of (slug of a live organization; not itself or one of its parts). */
  parent?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens (`tom-homan`), unique among actors. */
  slug?: string | null | undefined;
  /** Who or what this is, in a sentence or two (at most 2,000 characters). */
  summary?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a claim; the claim as changed must still be complete for its assertion. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateClaimInput = {
  /** RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`. */
  assertedSince?: string | null | undefined;
  /** VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%"). */
  assertedValue?: number | null | undefined;
  /** What the claim asserts. Each assertion needs its fields and refuses the others: VALUE `assertedValue` (and `tolerance`); PERCENT_CHANGE `comparePeriod` and `assertedValue` (and `tolerance`); RECORD_LOW and RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. All but NOT_CHECKABLE need `period`; NOT_CHECKABLE needs `notCheckableReason` and takes none of the metric fields. */
  assertion?: ClaimAssertion | null | undefined;
  /** FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`. */
  compareFilter?: EncounterFilter | null | undefined;
  /** PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`. */
  comparePeriod?: string | null | undefined;
  /** The dataset the claim is checked against (slug); every claim but NOT_CHECKABLE needs one. */
  dataset?: string | null | undefined;
  /** Which encounters the metric counts, without `from`/`to` (the periods set the months). */
  filter?: EncounterFilter | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** NOT_CHECKABLE: why the encounter data cannot check the claim (at most 1,000 characters). */
  notCheckableReason?: string | null | undefined;
  /** The month the claim is about, `YYYY-MM`. */
  period?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among claims. */
  slug?: string | null | undefined;
  /** Move the claim to this statement (slug of a live statement). */
  statement?: string | null | undefined;
  /** The claim as it appears in the statement (at most 1,000 characters). */
  text?: string | null | undefined;
  /** How far off the computed value may be and still support the claim (zero or more). */
  tolerance?: number | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a policy event. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdatePolicyEventInput = {
  /** When it happened; a policy has one event of a kind per date. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  date?: string | null | undefined;
  /** What happened, in a sentence (at most 1,000 characters). */
  description?: string | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** What happened. */
  kind?: PolicyEventKind | null | undefined;
  /** The policy (slug of a live policy). */
  policy?: string | null | undefined;
  /** Where the event is documented (slug of a live source). */
  source?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
  /** VOTE events only: the tally, e.g. "3–1" (at most 50 characters). */
  voteTally?: string | null | undefined;
};

/** Changes to a policy. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdatePolicyInput = {
  /** Official citations, e.g. `89 FR 48710` (at most 20). */
  citations?: Array<string> | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** Who issued or enacted it (slug of a live actor). */
  issuer?: string | null | undefined;
  /** The level of government it applies at. */
  jurisdictionLevel?: JurisdictionLevel | null | undefined;
  /** The jurisdiction it applies in, e.g. "California" (at most 200 characters). */
  jurisdictionName?: string | null | undefined;
  /** Its legal or administrative form. */
  kind?: PolicyKind | null | undefined;
  /** The name reporters use, e.g. "CBP One" (at most 100 characters). */
  shortName?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among policies. */
  slug?: string | null | undefined;
  /** Where it is documented or reported (slugs of live sources, at most 50); an update replaces the list. */
  sources?: Array<string> | null | undefined;
  /** Where it stands. */
  status?: PolicyStatus | null | undefined;
  /** What it does, in a few sentences (at most 5,000 characters). */
  summary?: string | null | undefined;
  /** The full title (at most 500 characters). */
  title?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a role. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateRoleInput = {
  /** When it ended; not before `startDate` (partial dates compare by their first day). A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  endDate?: string | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** Where the position is held (slug of a live organization), if anywhere. */
  organization?: string | null | undefined;
  /** Who holds the position (slug of a live person). */
  person?: string | null | undefined;
  /** Where the role is documented (slug of a live source). */
  source?: string | null | undefined;
  /** When the position began. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  startDate?: string | null | undefined;
  /** The position, e.g. "Border czar" (at most 200 characters); a person holds one role per title and organization. */
  title?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a source. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateSourceInput = {
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** What kind of publication it is. */
  kind?: SourceKind | null | undefined;
  /** When it was published. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  publishedOn?: string | null | undefined;
  /** Who published it (slug of a live actor). */
  publisher?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among sources. */
  slug?: string | null | undefined;
  /** The title as published (at most 500 characters). */
  title?: string | null | undefined;
  /** Where to read it: an http or https address. */
  url?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a stance. Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateStanceInput = {
  /** Who takes the position (slug of a live actor); an actor has one stance per policy. */
  actor?: string | null | undefined;
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** How the position was read (at most 1,000 characters). */
  note?: string | null | undefined;
  /** The policy (slug of a live policy). */
  policy?: string | null | undefined;
  /** Supports, opposes or mixed. */
  position?: StancePosition | null | undefined;
  /** The statement that shows the position (slug of a live statement). */
  statement?: string | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

/** Changes to a statement (its claims change with `updateClaim`). Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read. */
export type UpdateStatementInput = {
  /** The global ID of the record, as its `id` field returned it. */
  id: string | number;
  /** True when the source reports what was said in its own words rather than quoting it (default false). */
  isParaphrase?: boolean | null | undefined;
  /** The actors and policies it names. */
  mentions?: StatementMentionsInput | null | undefined;
  /** When it was said. A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision). */
  saidOn?: string | null | undefined;
  /** Where it was said, e.g. "Time interview" (at most 200 characters). */
  setting?: string | null | undefined;
  /** Stable identifier: lowercase words joined by hyphens, unique among statements. */
  slug?: string | null | undefined;
  /** Where it was reported. */
  source?: StatementSourceInput | null | undefined;
  /** Who said it (slug of a live actor). */
  speaker?: string | null | undefined;
  /** The words as the source prints them (at most 10,000 characters). */
  text?: string | null | undefined;
  /** What it is about, as kebab-case topic keys (at most 20). */
  topics?: Array<string> | null | undefined;
  /** The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now. */
  version: number;
};

export type ActorListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActorFilter | null | undefined;
  orderBy?: ActorOrder | null | undefined;
}>;


export type ActorListQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null } }> } };

export type ActorBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ActorBySlugQuery = { actor: { id: string, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, parent: { slug: string } | null, children: Array<{ slug: string }>, links: Array<{ url: string, note: string }>, roles: Array<{ id: string, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, organization: { slug: string, name: string } | null, person: { slug: string } }>, members: Array<{ title: string, person: { slug: string } }>, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, saidOn: string | null } }> }, stances: Array<{ id: string, position: StancePosition, policy: { slug: string }, evidence: { slug: string } | null }>, issuedPolicies: Array<{ slug: string }> } | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, revokedAt: string | null };

export type ApiKeyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
  orderBy?: ApiKeyOrder | null | undefined;
}>;


export type ApiKeyListQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, revokedAt: string | null } }> } };

export type AuditEventListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventListQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { action: AuditAction, at: string, entityType: string, entityId: string, requestId: string, before: unknown, after: unknown, apiKey: { id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, revokedAt: string | null }, record:
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
         | null } }> } };

export type DatasetListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DatasetListQuery = { datasets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, publisher: string, landingPage: string, description: string, dimensions: Array<Dimension>, roundingUnit: number } }> } };

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

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ type: SearchType, rank: number, matchedBy: Array<SearchMatch>, title: { html: string }, snippet: { html: string }, node:
      | { __typename: 'Actor', id: string, slug: string, name: string }
      | { __typename: 'Policy', id: string, slug: string, title: string }
      | { __typename: 'Source', id: string, slug: string, title: string }
      | { __typename: 'Statement', id: string, slug: string, text: string, saidOn: string | null, speaker: { slug: string, name: string } }
     }> };

export type PolicyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PolicyFilter | null | undefined;
  orderBy?: PolicyOrder | null | undefined;
}>;


export type PolicyListQuery = { policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, effectiveOn: string | null, issuer: { slug: string } | null } }> } };

export type PolicyBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type PolicyBySlugQuery = { policy: { id: string, slug: string, title: string, shortName: string, kind: PolicyKind, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, status: PolicyStatus, citations: Array<string>, summary: string, effectiveOn: string | null, issuer: { slug: string, name: string } | null, events: Array<{ id: string, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, policy: { slug: string } }>, stances: Array<{ position: StancePosition, actor: { slug: string }, evidence: { slug: string, text: string } | null }>, sources: Array<{ slug: string }>, mentionedIn: { totalCount: number, edges: Array<{ node: { slug: string } }> } } | null };

export type PolicyImpactWindowFieldsFragment = { from: string, to: string, months: number, complete: boolean, total: number, average: number | null };

export type PolicyImpactQueryVariables = Exact<{
  slug: string;
  window?: number | null | undefined;
  dataset?: string | null | undefined;
  filter?: EncounterFilter | null | undefined;
}>;


export type PolicyImpactQuery = { policy: { slug: string, title: string, impact: { window: number, effectiveOn: string, transitionMonth: string | null, complete: boolean, note: string | null, before: { from: string, to: string, months: number, complete: boolean, total: number, average: number | null }, after: { from: string, to: string, months: number, complete: boolean, total: number, average: number | null }, change: { absolute: number, percent: number | null } | null, transition: { period: string, value: number } | null, series: { dataset: { slug: string }, datasetSelection: { slug: string, automatic: boolean, reason: string }, points: Array<{ period: string, value: number, complete: boolean }> } } | null } | null };

export type ClaimBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ClaimBySlugQuery = { claim: { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, dataset: { slug: string } | null, statement: { slug: string, saidOn: string | null, speaker: { slug: string, name: string } }, check: { verdict: ClaimVerdict, reason: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, computedValue: number | null, tolerance: number | null, unit: ClaimUnit | null, periodValue: number | null, comparePeriod: string | null, compareValue: number | null, assertedSince: string | null, firstExceeded: string | null, dataFrom: string | null, dataTo: string | null, since: { month: string, value: number } | null, dataset: { slug: string } | null, datasetSelection: { slug: string, automatic: boolean, reason: string } | null, releases: Array<{ id: string, label: string }> } } | null };

export type PeriodContextQueryVariables = Exact<{
  month: string;
  interval?: EncounterInterval | null | undefined;
  monthsBefore?: number | null | undefined;
  monthsAfter?: number | null | undefined;
  statementsFirst?: number | null | undefined;
  dataset?: string | null | undefined;
  filter?: EncounterFilter | null | undefined;
}>;


export type PeriodContextQuery = { periodContext: { period: string, interval: EncounterInterval, start: string, end: string, encounters: { dataset: { slug: string }, points: Array<{ period: string, value: number, complete: boolean }> } | null, policiesInEffect: Array<{ id: string, slug: string, shortName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null }>, policyEvents: Array<{ id: string, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, policy: { slug: string, shortName: string } }>, statements: Array<{ id: string, slug: string, text: string, saidOn: string | null, speaker: { slug: string, name: string } }> } };

export type ArchivedSinceQueryVariables = Exact<{
  since: string;
  types?: Array<EditorialType> | EditorialType | null | undefined;
  first?: number | null | undefined;
}>;


export type ArchivedSinceQuery = { archivedSince: Array<{ type: EditorialType, id: string, archivedAt: string }> };

export type StatementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StatementFilter | null | undefined;
  orderBy?: StatementOrder | null | undefined;
}>;


export type StatementListQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, text: string, isParaphrase: boolean, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, topics: Array<string>, speaker: { slug: string, name: string, roles: Array<{ title: string, organization: { slug: string } | null }> }, source: { id: string, slug: string, title: string, publisher: { name: string } | null }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string, issuer: { slug: string } | null, events: Array<{ kind: PolicyEventKind, date: string }> }> }, claims: Array<{ id: string, slug: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, notCheckableReason: string | null, dataset: { slug: string } | null }> } }> } };

export type SourceListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SourceListQuery = { sources: { totalCount: number, edges: Array<{ node: { id: string, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, publisher: { slug: string } | null, statements: { totalCount: number, edges: Array<{ node: { slug: string } }> } } }> } };

export type ClaimCheckFieldsFragment = { verdict: ClaimVerdict, reason: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, computedValue: number | null, tolerance: number | null, unit: ClaimUnit | null, periodValue: number | null, comparePeriod: string | null, compareValue: number | null, assertedSince: string | null, firstExceeded: string | null, dataFrom: string | null, dataTo: string | null, since: { month: string, value: number } | null, dataset: { slug: string } | null, datasetSelection: { slug: string, automatic: boolean, reason: string } | null, releases: Array<{ id: string, label: string }> };

export type ClaimListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ClaimFilter | null | undefined;
  orderBy?: ClaimOrder | null | undefined;
}>;


export type ClaimListQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, text: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, notCheckableReason: string | null, dataset: { slug: string } | null, statement: { slug: string }, check: { verdict: ClaimVerdict, reason: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, computedValue: number | null, tolerance: number | null, unit: ClaimUnit | null, periodValue: number | null, comparePeriod: string | null, compareValue: number | null, assertedSince: string | null, firstExceeded: string | null, dataFrom: string | null, dataTo: string | null, since: { month: string, value: number } | null, dataset: { slug: string } | null, datasetSelection: { slug: string, automatic: boolean, reason: string } | null, releases: Array<{ id: string, label: string }> } } }> } };

export type CheckClaimQueryVariables = Exact<{
  input: ClaimInput;
}>;


export type CheckClaimQuery = { checkClaim: { verdict: ClaimVerdict, reason: string, assertion: ClaimAssertion, period: string | null, assertedValue: number | null, computedValue: number | null, tolerance: number | null, unit: ClaimUnit | null, periodValue: number | null, comparePeriod: string | null, compareValue: number | null, assertedSince: string | null, firstExceeded: string | null, dataFrom: string | null, dataTo: string | null, since: { month: string, value: number } | null, dataset: { slug: string } | null, datasetSelection: { slug: string, automatic: boolean, reason: string } | null, releases: Array<{ id: string, label: string }> } };

type MutationErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', message: string, current:
    | { __typename: 'Actor', version: number, id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Claim', version: number, id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'Policy', version: number, id: string }
    | { __typename: 'PolicyEvent', version: number, id: string }
    | { __typename: 'Release', id: string }
    | { __typename: 'Role', version: number, id: string }
    | { __typename: 'Source', version: number, id: string }
    | { __typename: 'Stance', version: number, id: string }
    | { __typename: 'Statement', version: number, id: string }
   };

type MutationErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string };

type MutationErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_ConflictError_Fragment
  | MutationErrorFields_ForbiddenError_Fragment
  | MutationErrorFields_NotFoundError_Fragment
  | MutationErrorFields_ValidationError_Fragment
;

export type ActorRecordFragment = { id: string, version: number, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, archivedAt: string | null, updatedAt: string, links: Array<{ url: string, note: string }>, parent: { id: string, slug: string } | null };

export type ClaimRecordFragment = { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, archivedAt: string | null, updatedAt: string, dataset: { slug: string } | null, statement: { id: string, slug: string } };

export type PolicyRecordFragment = { id: string, version: number, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, summary: string, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, citations: Array<string>, archivedAt: string | null, updatedAt: string, issuer: { id: string, slug: string } | null };

export type PolicyEventRecordFragment = { id: string, version: number, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, archivedAt: string | null, policy: { id: string, slug: string }, source: { id: string, slug: string } | null };

export type RoleRecordFragment = { id: string, version: number, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, archivedAt: string | null, person: { id: string, slug: string }, organization: { id: string, slug: string } | null, source: { id: string, slug: string } | null };

export type SourceRecordFragment = { id: string, version: number, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, archivedAt: string | null, updatedAt: string, publisher: { id: string, slug: string } | null };

export type StanceRecordFragment = { id: string, version: number, position: StancePosition, note: string, archivedAt: string | null, actor: { id: string, slug: string }, policy: { id: string, slug: string }, evidence: { id: string, slug: string } | null };

export type StatementRecordFragment = { id: string, version: number, slug: string, text: string, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, isParaphrase: boolean, topics: Array<string>, archivedAt: string | null, updatedAt: string, speaker: { id: string, slug: string }, source: { id: string, slug: string }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string }> }, claims: Array<{ id: string, slug: string, version: number }> };

export type CreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type CreateActorMutation = { createActor:
    | { __typename: 'CreateActorSuccess', record: { id: string, version: number, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, archivedAt: string | null, updatedAt: string, links: Array<{ url: string, note: string }>, parent: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type UpdateActorMutation = { updateActor:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateActorSuccess', record: { id: string, version: number, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, archivedAt: string | null, updatedAt: string, links: Array<{ url: string, note: string }>, parent: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveActorMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveActorMutation = { archiveActor:
    | { __typename: 'ArchiveActorSuccess', record: { id: string, version: number, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, archivedAt: string | null, updatedAt: string, links: Array<{ url: string, note: string }>, parent: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreActorMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreActorMutation = { restoreActor:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreActorSuccess', record: { id: string, version: number, slug: string, name: string, kind: ActorKind, classification: OrganizationClassification | null, otherNames: Array<string>, summary: string, archivedAt: string | null, updatedAt: string, links: Array<{ url: string, note: string }>, parent: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreateClaimMutationVariables = Exact<{
  input: CreateClaimInput;
}>;


export type CreateClaimMutation = { createClaim:
    | { __typename: 'CreateClaimSuccess', record: { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, archivedAt: string | null, updatedAt: string, dataset: { slug: string } | null, statement: { id: string, slug: string } } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateClaimMutationVariables = Exact<{
  input: UpdateClaimInput;
}>;


export type UpdateClaimMutation = { updateClaim:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateClaimSuccess', record: { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, archivedAt: string | null, updatedAt: string, dataset: { slug: string } | null, statement: { id: string, slug: string } } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveClaimMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveClaimMutation = { archiveClaim:
    | { __typename: 'ArchiveClaimSuccess', record: { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, archivedAt: string | null, updatedAt: string, dataset: { slug: string } | null, statement: { id: string, slug: string } } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreClaimMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreClaimMutation = { restoreClaim:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreClaimSuccess', record: { id: string, version: number, slug: string, text: string, assertion: ClaimAssertion, period: string | null, comparePeriod: string | null, assertedValue: number | null, assertedSince: string | null, tolerance: number | null, notCheckableReason: string | null, archivedAt: string | null, updatedAt: string, dataset: { slug: string } | null, statement: { id: string, slug: string } } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy:
    | { __typename: 'CreatePolicySuccess', record: { id: string, version: number, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, summary: string, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, citations: Array<string>, archivedAt: string | null, updatedAt: string, issuer: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdatePolicyMutationVariables = Exact<{
  input: UpdatePolicyInput;
}>;


export type UpdatePolicyMutation = { updatePolicy:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdatePolicySuccess', record: { id: string, version: number, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, summary: string, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, citations: Array<string>, archivedAt: string | null, updatedAt: string, issuer: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchivePolicyMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchivePolicyMutation = { archivePolicy:
    | { __typename: 'ArchivePolicySuccess', record: { id: string, version: number, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, summary: string, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, citations: Array<string>, archivedAt: string | null, updatedAt: string, issuer: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestorePolicyMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestorePolicyMutation = { restorePolicy:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestorePolicySuccess', record: { id: string, version: number, slug: string, title: string, shortName: string, kind: PolicyKind, status: PolicyStatus, summary: string, jurisdictionLevel: JurisdictionLevel, jurisdictionName: string, effectiveOn: string | null, effectivePrecision: DatePrecision | null, citations: Array<string>, archivedAt: string | null, updatedAt: string, issuer: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreatePolicyEventMutationVariables = Exact<{
  input: CreatePolicyEventInput;
}>;


export type CreatePolicyEventMutation = { createPolicyEvent:
    | { __typename: 'CreatePolicyEventSuccess', record: { id: string, version: number, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, archivedAt: string | null, policy: { id: string, slug: string }, source: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdatePolicyEventMutationVariables = Exact<{
  input: UpdatePolicyEventInput;
}>;


export type UpdatePolicyEventMutation = { updatePolicyEvent:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdatePolicyEventSuccess', record: { id: string, version: number, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, archivedAt: string | null, policy: { id: string, slug: string }, source: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchivePolicyEventMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchivePolicyEventMutation = { archivePolicyEvent:
    | { __typename: 'ArchivePolicyEventSuccess', record: { id: string, version: number, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, archivedAt: string | null, policy: { id: string, slug: string }, source: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestorePolicyEventMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestorePolicyEventMutation = { restorePolicyEvent:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestorePolicyEventSuccess', record: { id: string, version: number, kind: PolicyEventKind, date: string, datePrecision: DatePrecision, description: string, voteTally: string | null, archivedAt: string | null, policy: { id: string, slug: string }, source: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole:
    | { __typename: 'CreateRoleSuccess', record: { id: string, version: number, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, archivedAt: string | null, person: { id: string, slug: string }, organization: { id: string, slug: string } | null, source: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateRoleSuccess', record: { id: string, version: number, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, archivedAt: string | null, person: { id: string, slug: string }, organization: { id: string, slug: string } | null, source: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveRoleMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveRoleMutation = { archiveRole:
    | { __typename: 'ArchiveRoleSuccess', record: { id: string, version: number, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, archivedAt: string | null, person: { id: string, slug: string }, organization: { id: string, slug: string } | null, source: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreRoleMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreRoleMutation = { restoreRole:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreRoleSuccess', record: { id: string, version: number, title: string, startDate: string | null, startPrecision: DatePrecision | null, endDate: string | null, endPrecision: DatePrecision | null, archivedAt: string | null, person: { id: string, slug: string }, organization: { id: string, slug: string } | null, source: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource:
    | { __typename: 'CreateSourceSuccess', record: { id: string, version: number, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, archivedAt: string | null, updatedAt: string, publisher: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSourceSuccess', record: { id: string, version: number, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, archivedAt: string | null, updatedAt: string, publisher: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveSourceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveSourceMutation = { archiveSource:
    | { __typename: 'ArchiveSourceSuccess', record: { id: string, version: number, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, archivedAt: string | null, updatedAt: string, publisher: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreSourceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreSourceMutation = { restoreSource:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreSourceSuccess', record: { id: string, version: number, slug: string, kind: SourceKind, title: string, url: string | null, publishedOn: string | null, publishedOnPrecision: DatePrecision | null, archivedAt: string | null, updatedAt: string, publisher: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreateStanceMutationVariables = Exact<{
  input: CreateStanceInput;
}>;


export type CreateStanceMutation = { createStance:
    | { __typename: 'CreateStanceSuccess', record: { id: string, version: number, position: StancePosition, note: string, archivedAt: string | null, actor: { id: string, slug: string }, policy: { id: string, slug: string }, evidence: { id: string, slug: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateStanceMutationVariables = Exact<{
  input: UpdateStanceInput;
}>;


export type UpdateStanceMutation = { updateStance:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateStanceSuccess', record: { id: string, version: number, position: StancePosition, note: string, archivedAt: string | null, actor: { id: string, slug: string }, policy: { id: string, slug: string }, evidence: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveStanceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveStanceMutation = { archiveStance:
    | { __typename: 'ArchiveStanceSuccess', record: { id: string, version: number, position: StancePosition, note: string, archivedAt: string | null, actor: { id: string, slug: string }, policy: { id: string, slug: string }, evidence: { id: string, slug: string } | null } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreStanceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreStanceMutation = { restoreStance:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreStanceSuccess', record: { id: string, version: number, position: StancePosition, note: string, archivedAt: string | null, actor: { id: string, slug: string }, policy: { id: string, slug: string }, evidence: { id: string, slug: string } | null } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type CreateStatementMutationVariables = Exact<{
  input: CreateStatementInput;
}>;


export type CreateStatementMutation = { createStatement:
    | { __typename: 'CreateStatementSuccess', record: { id: string, version: number, slug: string, text: string, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, isParaphrase: boolean, topics: Array<string>, archivedAt: string | null, updatedAt: string, speaker: { id: string, slug: string }, source: { id: string, slug: string }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string }> }, claims: Array<{ id: string, slug: string, version: number }> } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateStatementMutationVariables = Exact<{
  input: UpdateStatementInput;
}>;


export type UpdateStatementMutation = { updateStatement:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateStatementSuccess', record: { id: string, version: number, slug: string, text: string, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, isParaphrase: boolean, topics: Array<string>, archivedAt: string | null, updatedAt: string, speaker: { id: string, slug: string }, source: { id: string, slug: string }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string }> }, claims: Array<{ id: string, slug: string, version: number }> } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveStatementMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ArchiveStatementMutation = { archiveStatement:
    | { __typename: 'ArchiveStatementSuccess', record: { id: string, version: number, slug: string, text: string, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, isParaphrase: boolean, topics: Array<string>, archivedAt: string | null, updatedAt: string, speaker: { id: string, slug: string }, source: { id: string, slug: string }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string }> }, claims: Array<{ id: string, slug: string, version: number }> } }
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RestoreStatementMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RestoreStatementMutation = { restoreStatement:
    | { __typename: 'ConflictError', message: string, current:
        | { __typename: 'Actor', version: number, id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'Claim', version: number, id: string }
        | { __typename: 'Dataset', id: string }
        | { __typename: 'Policy', version: number, id: string }
        | { __typename: 'PolicyEvent', version: number, id: string }
        | { __typename: 'Release', id: string }
        | { __typename: 'Role', version: number, id: string }
        | { __typename: 'Source', version: number, id: string }
        | { __typename: 'Stance', version: number, id: string }
        | { __typename: 'Statement', version: number, id: string }
       }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RestoreStatementSuccess', record: { id: string, version: number, slug: string, text: string, saidOn: string | null, saidOnPrecision: DatePrecision | null, setting: string, isParaphrase: boolean, topics: Array<string>, archivedAt: string | null, updatedAt: string, speaker: { id: string, slug: string }, source: { id: string, slug: string }, mentions: { actors: Array<{ slug: string }>, policies: Array<{ slug: string }> }, claims: Array<{ id: string, slug: string, version: number }> } }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

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
export const ApiKeyFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  role
  createdAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const EncounterChangeFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment EncounterChangeFields on EncounterChange {
  period
  value
  absolute
  percent
}
    `, {"fragmentName":"EncounterChangeFields"}) as unknown as TypedDocumentString<EncounterChangeFieldsFragment, unknown>;
export const PolicyImpactWindowFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PolicyImpactWindowFields on PolicyImpactWindow {
  from
  to
  months
  complete
  total
  average
}
    `, {"fragmentName":"PolicyImpactWindowFields"}) as unknown as TypedDocumentString<PolicyImpactWindowFieldsFragment, unknown>;
export const ClaimCheckFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ClaimCheckFields on ClaimCheck {
  verdict
  reason
  assertion
  period
  assertedValue
  computedValue
  tolerance
  unit
  periodValue
  comparePeriod
  compareValue
  assertedSince
  since {
    month
    value
  }
  firstExceeded
  dataFrom
  dataTo
  dataset {
    slug
  }
  datasetSelection {
    slug
    automatic
    reason
  }
  releases {
    id
    label
  }
}
    `, {"fragmentName":"ClaimCheckFields"}) as unknown as TypedDocumentString<ClaimCheckFieldsFragment, unknown>;
export const MutationErrorFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
    `, {"fragmentName":"MutationErrorFields"}) as unknown as TypedDocumentString<MutationErrorFieldsFragment, unknown>;
export const ActorRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ActorRecord on Actor {
  id
  version
  slug
  name
  kind
  classification
  otherNames
  summary
  links {
    url
    note
  }
  parent {
    id
    slug
  }
  archivedAt
  updatedAt
}
    `, {"fragmentName":"ActorRecord"}) as unknown as TypedDocumentString<ActorRecordFragment, unknown>;
export const ClaimRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ClaimRecord on Claim {
  id
  version
  slug
  text
  assertion
  period
  comparePeriod
  assertedValue
  assertedSince
  tolerance
  notCheckableReason
  dataset {
    slug
  }
  statement {
    id
    slug
  }
  archivedAt
  updatedAt
}
    `, {"fragmentName":"ClaimRecord"}) as unknown as TypedDocumentString<ClaimRecordFragment, unknown>;
export const PolicyRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PolicyRecord on Policy {
  id
  version
  slug
  title
  shortName
  kind
  status
  summary
  jurisdictionLevel
  jurisdictionName
  effectiveOn
  effectivePrecision
  citations
  issuer {
    id
    slug
  }
  archivedAt
  updatedAt
}
    `, {"fragmentName":"PolicyRecord"}) as unknown as TypedDocumentString<PolicyRecordFragment, unknown>;
export const PolicyEventRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PolicyEventRecord on PolicyEvent {
  id
  version
  kind
  date
  datePrecision
  description
  voteTally
  policy {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}
    `, {"fragmentName":"PolicyEventRecord"}) as unknown as TypedDocumentString<PolicyEventRecordFragment, unknown>;
export const RoleRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment RoleRecord on Role {
  id
  version
  title
  startDate
  startPrecision
  endDate
  endPrecision
  person {
    id
    slug
  }
  organization {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}
    `, {"fragmentName":"RoleRecord"}) as unknown as TypedDocumentString<RoleRecordFragment, unknown>;
export const SourceRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment SourceRecord on Source {
  id
  version
  slug
  kind
  title
  url
  publishedOn
  publishedOnPrecision
  publisher {
    id
    slug
  }
  archivedAt
  updatedAt
}
    `, {"fragmentName":"SourceRecord"}) as unknown as TypedDocumentString<SourceRecordFragment, unknown>;
export const StanceRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment StanceRecord on Stance {
  id
  version
  position
  note
  actor {
    id
    slug
  }
  policy {
    id
    slug
  }
  evidence {
    id
    slug
  }
  archivedAt
}
    `, {"fragmentName":"StanceRecord"}) as unknown as TypedDocumentString<StanceRecordFragment, unknown>;
export const StatementRecordFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment StatementRecord on Statement {
  id
  version
  slug
  text
  saidOn
  saidOnPrecision
  setting
  isParaphrase
  topics
  speaker {
    id
    slug
  }
  source {
    id
    slug
  }
  mentions {
    actors {
      slug
    }
    policies {
      slug
    }
  }
  claims {
    id
    slug
    version
  }
  archivedAt
  updatedAt
}
    `, {"fragmentName":"StatementRecord"}) as unknown as TypedDocumentString<StatementRecordFragment, unknown>;
export const ActorListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ActorList($first: Int, $after: String, $filter: ActorFilter, $orderBy: ActorOrder) {
  actors(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
    `, {"hash":"sha256:8dd70e4012c50571ea535f9fc1a292cda5d29008416b3d37d57ebda94915821b"}) as unknown as TypedDocumentString<ActorListQuery, ActorListQueryVariables>;
export const ActorBySlugDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:d4c0359ec5a49bb514d3fa554325653f3340ca170fa396cec4334ae2b0c11b94"}) as unknown as TypedDocumentString<ActorBySlugQuery, ActorBySlugQueryVariables>;
export const ApiKeyListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter, $orderBy: ApiKeyOrder) {
  apiKeys(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ApiKeyFields
      }
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  role
  createdAt
  revokedAt
}`, {"hash":"sha256:8366875c9275030f15bf914ddb08dfe6d1e5babc89d9985045bcffd2f94785b7"}) as unknown as TypedDocumentString<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const AuditEventListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        action
        at
        entityType
        entityId
        requestId
        before
        after
        apiKey {
          ...ApiKeyFields
        }
        record {
          __typename
          id
        }
      }
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  role
  createdAt
  revokedAt
}`, {"hash":"sha256:712b6c40b8811a085e0bf63d045322785aaf356540eac5cc3d91d2916296d0d5"}) as unknown as TypedDocumentString<AuditEventListQuery, AuditEventListQueryVariables>;
export const DatasetListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query DatasetList($first: Int = 10, $after: String) {
  datasets(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
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
    `, {"hash":"sha256:0ca34ae78328376d895f59b4f1c020e109b9d4fb71f26a960e83c786dbd56ba3"}) as unknown as TypedDocumentString<DatasetListQuery, DatasetListQueryVariables>;
export const DatasetBySlugDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:300fe9e47916ef7f13af38ea134fd769780f1ba72c4e3c988d105e3a795b2b16"}) as unknown as TypedDocumentString<DatasetBySlugQuery, DatasetBySlugQueryVariables>;
export const EncounterSeriesDocument = /* @__PURE__ */ new TypedDocumentString(`
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
}`, {"hash":"sha256:2f938c553fe6db483cffb6713b5e9b935e9a450767dd2f1624792f9ce798bbc2"}) as unknown as TypedDocumentString<EncounterSeriesQuery, EncounterSeriesQueryVariables>;
export const EncounterRecordDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:623e58e810c943db3fad9475726f75be25398a8af94f578ba304f332769de896"}) as unknown as TypedDocumentString<EncounterRecordQuery, EncounterRecordQueryVariables>;
export const EncounterRevisionsDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:ad852b0f7b83aa34a013f93accc28d8cb05d868d30d905a93c4a57110177c5c2"}) as unknown as TypedDocumentString<EncounterRevisionsQuery, EncounterRevisionsQueryVariables>;
export const NodeByIdDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:ebfd12d9ddfb9e06996e68716cf8f4d9b271dfc5fe9606cb8d12cfbe39af5eca"}) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query NodesByIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `, {"hash":"sha256:d420e249d2371453b74c30b894f79d533948cb4920ce5745731efb4b997784cd"}) as unknown as TypedDocumentString<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const SearchDocument = /* @__PURE__ */ new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    type
    rank
    matchedBy
    title {
      html
    }
    snippet {
      html
    }
    node {
      __typename
      ... on Actor {
        id
        slug
        name
      }
      ... on Policy {
        id
        slug
        title
      }
      ... on Source {
        id
        slug
        title
      }
      ... on Statement {
        id
        slug
        text
        saidOn
        speaker {
          slug
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:ce0e440dc0c4a2485c4bdaf31eb3a46bec559b30dce241a085ba538eb0c8e404"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const PolicyListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PolicyList($first: Int, $after: String, $filter: PolicyFilter, $orderBy: PolicyOrder) {
  policies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
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
    `, {"hash":"sha256:4ca7ae7955638a498772ed259045139c73b22f65f0a62f3fbf65ef754ed728c0"}) as unknown as TypedDocumentString<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyBySlugDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:c7c47a8be10c5e2a9dd68e78bccd01d4c0211178cb37d95b5b158b3f66f7b7da"}) as unknown as TypedDocumentString<PolicyBySlugQuery, PolicyBySlugQueryVariables>;
export const PolicyImpactDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PolicyImpact($slug: String!, $window: Int, $dataset: String, $filter: EncounterFilter) {
  policy(slug: $slug) {
    slug
    title
    impact(window: $window, dataset: $dataset, filter: $filter) {
      window
      effectiveOn
      transitionMonth
      complete
      note
      before {
        ...PolicyImpactWindowFields
      }
      after {
        ...PolicyImpactWindowFields
      }
      change {
        absolute
        percent
      }
      transition {
        period
        value
      }
      series {
        dataset {
          slug
        }
        datasetSelection {
          slug
          automatic
          reason
        }
        points {
          period
          value
          complete
        }
      }
    }
  }
}
    fragment PolicyImpactWindowFields on PolicyImpactWindow {
  from
  to
  months
  complete
  total
  average
}`, {"hash":"sha256:bb74a53a44dbba56546e5897c5f50cb3c72f91f78eaa848bd089d6e5878c5e9e"}) as unknown as TypedDocumentString<PolicyImpactQuery, PolicyImpactQueryVariables>;
export const ClaimBySlugDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ClaimBySlug($slug: String!) {
  claim(slug: $slug) {
    id
    version
    slug
    text
    assertion
    period
    comparePeriod
    assertedValue
    assertedSince
    tolerance
    notCheckableReason
    dataset {
      slug
    }
    statement {
      slug
      saidOn
      speaker {
        slug
        name
      }
    }
    check {
      ...ClaimCheckFields
    }
  }
}
    fragment ClaimCheckFields on ClaimCheck {
  verdict
  reason
  assertion
  period
  assertedValue
  computedValue
  tolerance
  unit
  periodValue
  comparePeriod
  compareValue
  assertedSince
  since {
    month
    value
  }
  firstExceeded
  dataFrom
  dataTo
  dataset {
    slug
  }
  datasetSelection {
    slug
    automatic
    reason
  }
  releases {
    id
    label
  }
}`, {"hash":"sha256:1b73e1736e6027420d59b4630207f9c59090994ba983d10859ebea14bc34c22a"}) as unknown as TypedDocumentString<ClaimBySlugQuery, ClaimBySlugQueryVariables>;
export const PeriodContextDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PeriodContext($month: Month!, $interval: EncounterInterval, $monthsBefore: Int, $monthsAfter: Int, $statementsFirst: Int, $dataset: String, $filter: EncounterFilter) {
  periodContext(month: $month, interval: $interval) {
    period
    interval
    start
    end
    encounters(dataset: $dataset, filter: $filter) {
      dataset {
        slug
      }
      points {
        period
        value
        complete
      }
    }
    policiesInEffect {
      id
      slug
      shortName
      effectiveOn
      effectivePrecision
    }
    policyEvents(monthsBefore: $monthsBefore, monthsAfter: $monthsAfter) {
      id
      kind
      date
      datePrecision
      description
      policy {
        slug
        shortName
      }
    }
    statements(
      first: $statementsFirst
      monthsBefore: $monthsBefore
      monthsAfter: $monthsAfter
    ) {
      id
      slug
      text
      saidOn
      speaker {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:f207ecd2ebbd9873e873ada3ff1923a7f5144e4efa0702963e54e54f954129e3"}) as unknown as TypedDocumentString<PeriodContextQuery, PeriodContextQueryVariables>;
export const ArchivedSinceDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ArchivedSince($since: DateTime!, $types: [EditorialType!], $first: Int) {
  archivedSince(since: $since, types: $types, first: $first) {
    type
    id
    archivedAt
  }
}
    `, {"hash":"sha256:0047b0816b87442a6e5623e817eef7690493e2ebb1ce0e8b6d697b704f53406e"}) as unknown as TypedDocumentString<ArchivedSinceQuery, ArchivedSinceQueryVariables>;
export const StatementListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query StatementList($first: Int, $after: String, $filter: StatementFilter, $orderBy: StatementOrder) {
  statements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
    `, {"hash":"sha256:8b652fad9814d883d1be07a0a188dbb9f569360af1d79228c32b36b97eac6379"}) as unknown as TypedDocumentString<StatementListQuery, StatementListQueryVariables>;
export const SourceListDocument = /* @__PURE__ */ new TypedDocumentString(`
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
    `, {"hash":"sha256:4d87158fa9f7a119a1f817fd53c2358c372f0686a3a2e7ffa62a768c637b72e0"}) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const ClaimListDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ClaimList($first: Int, $after: String, $filter: ClaimFilter, $orderBy: ClaimOrder) {
  claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
        assertion
        period
        assertedValue
        notCheckableReason
        dataset {
          slug
        }
        statement {
          slug
        }
        check {
          ...ClaimCheckFields
        }
      }
    }
  }
}
    fragment ClaimCheckFields on ClaimCheck {
  verdict
  reason
  assertion
  period
  assertedValue
  computedValue
  tolerance
  unit
  periodValue
  comparePeriod
  compareValue
  assertedSince
  since {
    month
    value
  }
  firstExceeded
  dataFrom
  dataTo
  dataset {
    slug
  }
  datasetSelection {
    slug
    automatic
    reason
  }
  releases {
    id
    label
  }
}`, {"hash":"sha256:8a08adc7c4d663d2414679aa603acc11804a586fa40db65769e4d1b7cabc8270"}) as unknown as TypedDocumentString<ClaimListQuery, ClaimListQueryVariables>;
export const CheckClaimDocument = /* @__PURE__ */ new TypedDocumentString(`
    query CheckClaim($input: ClaimInput!) {
  checkClaim(input: $input) {
    ...ClaimCheckFields
  }
}
    fragment ClaimCheckFields on ClaimCheck {
  verdict
  reason
  assertion
  period
  assertedValue
  computedValue
  tolerance
  unit
  periodValue
  comparePeriod
  compareValue
  assertedSince
  since {
    month
    value
  }
  firstExceeded
  dataFrom
  dataTo
  dataset {
    slug
  }
  datasetSelection {
    slug
    automatic
    reason
  }
  releases {
    id
    label
  }
}`, {"hash":"sha256:41e86c1c62c2abd5eea083e7574cbdd006209d6d4e6e2512d6039a2a54160c3b"}) as unknown as TypedDocumentString<CheckClaimQuery, CheckClaimQueryVariables>;
export const CreateActorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    __typename
    ... on CreateActorSuccess {
      record {
        ...ActorRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ActorRecord on Actor {
  id
  version
  slug
  name
  kind
  classification
  otherNames
  summary
  links {
    url
    note
  }
  parent {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:33b97d6d90d352852be3ba585a524191824e2b75e44d92540161114150eb4921"}) as unknown as TypedDocumentString<CreateActorMutation, CreateActorMutationVariables>;
export const UpdateActorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    __typename
    ... on UpdateActorSuccess {
      record {
        ...ActorRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ActorRecord on Actor {
  id
  version
  slug
  name
  kind
  classification
  otherNames
  summary
  links {
    url
    note
  }
  parent {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:e989406a9c2fb82f107d474679623e9a26399fc1c8bd772ac9c6419d727ba525"}) as unknown as TypedDocumentString<UpdateActorMutation, UpdateActorMutationVariables>;
export const ArchiveActorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveActor($input: RecordVersionInput!) {
  archiveActor(input: $input) {
    __typename
    ... on ArchiveActorSuccess {
      record {
        ...ActorRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ActorRecord on Actor {
  id
  version
  slug
  name
  kind
  classification
  otherNames
  summary
  links {
    url
    note
  }
  parent {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:79854e36726f4a10cfc98ac67cec33f050d24dfd0f3ae5832acabd7f0d4b7bbf"}) as unknown as TypedDocumentString<ArchiveActorMutation, ArchiveActorMutationVariables>;
export const RestoreActorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreActor($input: RecordVersionInput!) {
  restoreActor(input: $input) {
    __typename
    ... on RestoreActorSuccess {
      record {
        ...ActorRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ActorRecord on Actor {
  id
  version
  slug
  name
  kind
  classification
  otherNames
  summary
  links {
    url
    note
  }
  parent {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:e90073c890146d826153dda7a4a27db28c1551c6cd864d62844e344672e0cc93"}) as unknown as TypedDocumentString<RestoreActorMutation, RestoreActorMutationVariables>;
export const CreateClaimDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateClaim($input: CreateClaimInput!) {
  createClaim(input: $input) {
    __typename
    ... on CreateClaimSuccess {
      record {
        ...ClaimRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ClaimRecord on Claim {
  id
  version
  slug
  text
  assertion
  period
  comparePeriod
  assertedValue
  assertedSince
  tolerance
  notCheckableReason
  dataset {
    slug
  }
  statement {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:9462fb8253b374da8a748e8cc31c9d2048dbafae112c50325382e7d33632be7a"}) as unknown as TypedDocumentString<CreateClaimMutation, CreateClaimMutationVariables>;
export const UpdateClaimDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateClaim($input: UpdateClaimInput!) {
  updateClaim(input: $input) {
    __typename
    ... on UpdateClaimSuccess {
      record {
        ...ClaimRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ClaimRecord on Claim {
  id
  version
  slug
  text
  assertion
  period
  comparePeriod
  assertedValue
  assertedSince
  tolerance
  notCheckableReason
  dataset {
    slug
  }
  statement {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:c52db3ccf6a1a0163bfd4f6ac3ad4fe2df3cd4b1270f26afe5a61c6bf5a1f404"}) as unknown as TypedDocumentString<UpdateClaimMutation, UpdateClaimMutationVariables>;
export const ArchiveClaimDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveClaim($input: RecordVersionInput!) {
  archiveClaim(input: $input) {
    __typename
    ... on ArchiveClaimSuccess {
      record {
        ...ClaimRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ClaimRecord on Claim {
  id
  version
  slug
  text
  assertion
  period
  comparePeriod
  assertedValue
  assertedSince
  tolerance
  notCheckableReason
  dataset {
    slug
  }
  statement {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:70f38a9a9beb3b5f83f255fedb7596b4b0b550b626f229c307b781a54e221212"}) as unknown as TypedDocumentString<ArchiveClaimMutation, ArchiveClaimMutationVariables>;
export const RestoreClaimDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreClaim($input: RecordVersionInput!) {
  restoreClaim(input: $input) {
    __typename
    ... on RestoreClaimSuccess {
      record {
        ...ClaimRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment ClaimRecord on Claim {
  id
  version
  slug
  text
  assertion
  period
  comparePeriod
  assertedValue
  assertedSince
  tolerance
  notCheckableReason
  dataset {
    slug
  }
  statement {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:1c71f43c13d909a2f35d39ed801b3594446891f11667b26c724788a7d48e2069"}) as unknown as TypedDocumentString<RestoreClaimMutation, RestoreClaimMutationVariables>;
export const CreatePolicyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreatePolicy($input: CreatePolicyInput!) {
  createPolicy(input: $input) {
    __typename
    ... on CreatePolicySuccess {
      record {
        ...PolicyRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyRecord on Policy {
  id
  version
  slug
  title
  shortName
  kind
  status
  summary
  jurisdictionLevel
  jurisdictionName
  effectiveOn
  effectivePrecision
  citations
  issuer {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:473502511d3ef7d2982924d6ae239ae27f62fd95ec62db71103efa1072447eae"}) as unknown as TypedDocumentString<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const UpdatePolicyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdatePolicy($input: UpdatePolicyInput!) {
  updatePolicy(input: $input) {
    __typename
    ... on UpdatePolicySuccess {
      record {
        ...PolicyRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyRecord on Policy {
  id
  version
  slug
  title
  shortName
  kind
  status
  summary
  jurisdictionLevel
  jurisdictionName
  effectiveOn
  effectivePrecision
  citations
  issuer {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:6ac3862b397f61821a3ec09e173081f8fc6a360de6bf8e8e056d5bad59dbfaf8"}) as unknown as TypedDocumentString<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const ArchivePolicyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchivePolicy($input: RecordVersionInput!) {
  archivePolicy(input: $input) {
    __typename
    ... on ArchivePolicySuccess {
      record {
        ...PolicyRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyRecord on Policy {
  id
  version
  slug
  title
  shortName
  kind
  status
  summary
  jurisdictionLevel
  jurisdictionName
  effectiveOn
  effectivePrecision
  citations
  issuer {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:22af4a7f3ef438158196b91a6d639ea49386a3fab8bf34411b7fb201584eae8c"}) as unknown as TypedDocumentString<ArchivePolicyMutation, ArchivePolicyMutationVariables>;
export const RestorePolicyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestorePolicy($input: RecordVersionInput!) {
  restorePolicy(input: $input) {
    __typename
    ... on RestorePolicySuccess {
      record {
        ...PolicyRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyRecord on Policy {
  id
  version
  slug
  title
  shortName
  kind
  status
  summary
  jurisdictionLevel
  jurisdictionName
  effectiveOn
  effectivePrecision
  citations
  issuer {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:d35e8a829da97330029890e9d38cf9410194f56ecffe54991c0e35dd5c05e4e3"}) as unknown as TypedDocumentString<RestorePolicyMutation, RestorePolicyMutationVariables>;
export const CreatePolicyEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreatePolicyEvent($input: CreatePolicyEventInput!) {
  createPolicyEvent(input: $input) {
    __typename
    ... on CreatePolicyEventSuccess {
      record {
        ...PolicyEventRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyEventRecord on PolicyEvent {
  id
  version
  kind
  date
  datePrecision
  description
  voteTally
  policy {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:c5c29877124f714a6c604e4c54817897eec9e19f0abe2594758de032e53e5bb9"}) as unknown as TypedDocumentString<CreatePolicyEventMutation, CreatePolicyEventMutationVariables>;
export const UpdatePolicyEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdatePolicyEvent($input: UpdatePolicyEventInput!) {
  updatePolicyEvent(input: $input) {
    __typename
    ... on UpdatePolicyEventSuccess {
      record {
        ...PolicyEventRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyEventRecord on PolicyEvent {
  id
  version
  kind
  date
  datePrecision
  description
  voteTally
  policy {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:2173d267f6a2c6b57b3df269fd392f38f25f348e374f766560f5413d86e4cf39"}) as unknown as TypedDocumentString<UpdatePolicyEventMutation, UpdatePolicyEventMutationVariables>;
export const ArchivePolicyEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchivePolicyEvent($input: RecordVersionInput!) {
  archivePolicyEvent(input: $input) {
    __typename
    ... on ArchivePolicyEventSuccess {
      record {
        ...PolicyEventRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyEventRecord on PolicyEvent {
  id
  version
  kind
  date
  datePrecision
  description
  voteTally
  policy {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:af5b98745ddfc305d1dfb2168c62526d32ad689ce1d8c148adf558bf89607999"}) as unknown as TypedDocumentString<ArchivePolicyEventMutation, ArchivePolicyEventMutationVariables>;
export const RestorePolicyEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestorePolicyEvent($input: RecordVersionInput!) {
  restorePolicyEvent(input: $input) {
    __typename
    ... on RestorePolicyEventSuccess {
      record {
        ...PolicyEventRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment PolicyEventRecord on PolicyEvent {
  id
  version
  kind
  date
  datePrecision
  description
  voteTally
  policy {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:f763e040da6944ecf7ebc1839b7a8b07c508f31bdbc8ed715e9a2bd1947b1e4d"}) as unknown as TypedDocumentString<RestorePolicyEventMutation, RestorePolicyEventMutationVariables>;
export const CreateRoleDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    __typename
    ... on CreateRoleSuccess {
      record {
        ...RoleRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment RoleRecord on Role {
  id
  version
  title
  startDate
  startPrecision
  endDate
  endPrecision
  person {
    id
    slug
  }
  organization {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:24e4d6e3eadb20d23b07956136880f6d92b8fafe70cf88ae28c0d4c3cdf47e4a"}) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateRole($input: UpdateRoleInput!) {
  updateRole(input: $input) {
    __typename
    ... on UpdateRoleSuccess {
      record {
        ...RoleRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment RoleRecord on Role {
  id
  version
  title
  startDate
  startPrecision
  endDate
  endPrecision
  person {
    id
    slug
  }
  organization {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:c0ebafb4fa822466babbc37ebd0ddeffae3dd2a738b5e5f4fbb4944c9ad6cf1b"}) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const ArchiveRoleDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveRole($input: RecordVersionInput!) {
  archiveRole(input: $input) {
    __typename
    ... on ArchiveRoleSuccess {
      record {
        ...RoleRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment RoleRecord on Role {
  id
  version
  title
  startDate
  startPrecision
  endDate
  endPrecision
  person {
    id
    slug
  }
  organization {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:dd306b42a0d889a2b3535ed9485f642ab2be994be8800cc98adce74cd2f4a0d1"}) as unknown as TypedDocumentString<ArchiveRoleMutation, ArchiveRoleMutationVariables>;
export const RestoreRoleDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreRole($input: RecordVersionInput!) {
  restoreRole(input: $input) {
    __typename
    ... on RestoreRoleSuccess {
      record {
        ...RoleRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment RoleRecord on Role {
  id
  version
  title
  startDate
  startPrecision
  endDate
  endPrecision
  person {
    id
    slug
  }
  organization {
    id
    slug
  }
  source {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:6d97bd2a536d96aca43f0e6b67f41d6aac5de7579d6958fa736219f3b0bc4c22"}) as unknown as TypedDocumentString<RestoreRoleMutation, RestoreRoleMutationVariables>;
export const CreateSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateSource($input: CreateSourceInput!) {
  createSource(input: $input) {
    __typename
    ... on CreateSourceSuccess {
      record {
        ...SourceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment SourceRecord on Source {
  id
  version
  slug
  kind
  title
  url
  publishedOn
  publishedOnPrecision
  publisher {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:859327785dcb691195e60bd27b634b53d39ba602dc14542eb9cff87c42fefebc"}) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateSource($input: UpdateSourceInput!) {
  updateSource(input: $input) {
    __typename
    ... on UpdateSourceSuccess {
      record {
        ...SourceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment SourceRecord on Source {
  id
  version
  slug
  kind
  title
  url
  publishedOn
  publishedOnPrecision
  publisher {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:6f0ada36209c9091f55f29cdc3357f64582c1bd06f73f31f86990dfaa5dc7616"}) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const ArchiveSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveSource($input: RecordVersionInput!) {
  archiveSource(input: $input) {
    __typename
    ... on ArchiveSourceSuccess {
      record {
        ...SourceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment SourceRecord on Source {
  id
  version
  slug
  kind
  title
  url
  publishedOn
  publishedOnPrecision
  publisher {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:4a4e8d3235ba27eebe1d8a1508f4fab251be7f304732353f1a2372613ce7dfcf"}) as unknown as TypedDocumentString<ArchiveSourceMutation, ArchiveSourceMutationVariables>;
export const RestoreSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreSource($input: RecordVersionInput!) {
  restoreSource(input: $input) {
    __typename
    ... on RestoreSourceSuccess {
      record {
        ...SourceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment SourceRecord on Source {
  id
  version
  slug
  kind
  title
  url
  publishedOn
  publishedOnPrecision
  publisher {
    id
    slug
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:8032656138e7f210b887f0281e9c5e62721b9bfd4f91f0df3839fddd3ccf188f"}) as unknown as TypedDocumentString<RestoreSourceMutation, RestoreSourceMutationVariables>;
export const CreateStanceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateStance($input: CreateStanceInput!) {
  createStance(input: $input) {
    __typename
    ... on CreateStanceSuccess {
      record {
        ...StanceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StanceRecord on Stance {
  id
  version
  position
  note
  actor {
    id
    slug
  }
  policy {
    id
    slug
  }
  evidence {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:e51c62b67c001a7478476c2e23eaf1509c0dacf5870e0d76c31e6ff00e24006d"}) as unknown as TypedDocumentString<CreateStanceMutation, CreateStanceMutationVariables>;
export const UpdateStanceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateStance($input: UpdateStanceInput!) {
  updateStance(input: $input) {
    __typename
    ... on UpdateStanceSuccess {
      record {
        ...StanceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StanceRecord on Stance {
  id
  version
  position
  note
  actor {
    id
    slug
  }
  policy {
    id
    slug
  }
  evidence {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:ac73d1cb82e803aae0d130bc150427991d18424b42faa783662e5d257dc0b4a1"}) as unknown as TypedDocumentString<UpdateStanceMutation, UpdateStanceMutationVariables>;
export const ArchiveStanceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveStance($input: RecordVersionInput!) {
  archiveStance(input: $input) {
    __typename
    ... on ArchiveStanceSuccess {
      record {
        ...StanceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StanceRecord on Stance {
  id
  version
  position
  note
  actor {
    id
    slug
  }
  policy {
    id
    slug
  }
  evidence {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:38eff127d37e001e98d605fc071afcc0a6e40bbc6efc19d70881984dda2d9023"}) as unknown as TypedDocumentString<ArchiveStanceMutation, ArchiveStanceMutationVariables>;
export const RestoreStanceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreStance($input: RecordVersionInput!) {
  restoreStance(input: $input) {
    __typename
    ... on RestoreStanceSuccess {
      record {
        ...StanceRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StanceRecord on Stance {
  id
  version
  position
  note
  actor {
    id
    slug
  }
  policy {
    id
    slug
  }
  evidence {
    id
    slug
  }
  archivedAt
}`, {"hash":"sha256:178699933dc590910266f0b55a26ad30f043c2e59aba638ed4f917b5ea87e58f"}) as unknown as TypedDocumentString<RestoreStanceMutation, RestoreStanceMutationVariables>;
export const CreateStatementDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateStatement($input: CreateStatementInput!) {
  createStatement(input: $input) {
    __typename
    ... on CreateStatementSuccess {
      record {
        ...StatementRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StatementRecord on Statement {
  id
  version
  slug
  text
  saidOn
  saidOnPrecision
  setting
  isParaphrase
  topics
  speaker {
    id
    slug
  }
  source {
    id
    slug
  }
  mentions {
    actors {
      slug
    }
    policies {
      slug
    }
  }
  claims {
    id
    slug
    version
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:5f14b178bffc72d15a551f72d8aa9427b3dd00d8dc027ce332d4942f55909dd1"}) as unknown as TypedDocumentString<CreateStatementMutation, CreateStatementMutationVariables>;
export const UpdateStatementDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateStatement($input: UpdateStatementInput!) {
  updateStatement(input: $input) {
    __typename
    ... on UpdateStatementSuccess {
      record {
        ...StatementRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StatementRecord on Statement {
  id
  version
  slug
  text
  saidOn
  saidOnPrecision
  setting
  isParaphrase
  topics
  speaker {
    id
    slug
  }
  source {
    id
    slug
  }
  mentions {
    actors {
      slug
    }
    policies {
      slug
    }
  }
  claims {
    id
    slug
    version
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:09306199e0aa123f223fc15817001dd86ae544c5322046ee8f552268d7aa8430"}) as unknown as TypedDocumentString<UpdateStatementMutation, UpdateStatementMutationVariables>;
export const ArchiveStatementDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation ArchiveStatement($input: RecordVersionInput!) {
  archiveStatement(input: $input) {
    __typename
    ... on ArchiveStatementSuccess {
      record {
        ...StatementRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StatementRecord on Statement {
  id
  version
  slug
  text
  saidOn
  saidOnPrecision
  setting
  isParaphrase
  topics
  speaker {
    id
    slug
  }
  source {
    id
    slug
  }
  mentions {
    actors {
      slug
    }
    policies {
      slug
    }
  }
  claims {
    id
    slug
    version
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:ab3cc0b7463c1a1754f7be0d28e89e0f97d92c2e64c6b5f004c09788be9faf71"}) as unknown as TypedDocumentString<ArchiveStatementMutation, ArchiveStatementMutationVariables>;
export const RestoreStatementDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RestoreStatement($input: RecordVersionInput!) {
  restoreStatement(input: $input) {
    __typename
    ... on RestoreStatementSuccess {
      record {
        ...StatementRecord
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on MutationError {
  __typename
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on ConflictError {
    current {
      __typename
      id
      ... on Actor {
        version
      }
      ... on Claim {
        version
      }
      ... on Policy {
        version
      }
      ... on PolicyEvent {
        version
      }
      ... on Role {
        version
      }
      ... on Source {
        version
      }
      ... on Stance {
        version
      }
      ... on Statement {
        version
      }
    }
  }
}
fragment StatementRecord on Statement {
  id
  version
  slug
  text
  saidOn
  saidOnPrecision
  setting
  isParaphrase
  topics
  speaker {
    id
    slug
  }
  source {
    id
    slug
  }
  mentions {
    actors {
      slug
    }
    policies {
      slug
    }
  }
  claims {
    id
    slug
    version
  }
  archivedAt
  updatedAt
}`, {"hash":"sha256:79ab9b2ffdf4efb416985f2e620fa47555f5653c162331b47bda088f0db5a63b"}) as unknown as TypedDocumentString<RestoreStatementMutation, RestoreStatementMutationVariables>;