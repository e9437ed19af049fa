// GraphQL enums for the closed vocabularies of the data model, with a description per value.
import {
  ActorKind,
  ClaimAssertion,
  Component,
  DatePrecision,
  Demographic,
  Dimension,
  EncounterType,
  JurisdictionLevel,
  LandBorderRegion,
  OrganizationClassification,
  PolicyEventKind,
  PolicyKind,
  PolicyStatus,
  SourceKind,
  StancePosition,
  TitleOfAuthority,
} from '@borderdesk/db';
import type { EnumRef } from '@pothos/core';
import { type BuilderTypes, builder } from '../builder.js';

function enumOf<const T extends Record<string, string>>(
  values: T,
  name: string,
  description: string,
  valueDescriptions: { [K in keyof T]: string },
) {
  const valueConfig = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, { value, description: valueDescriptions[key as keyof T] }]),
  );
  // Pothos cannot infer a ref type through this generic helper; the values above make it exact.
  return builder.enumType(name as never, { description, values: valueConfig } as never) as unknown as EnumRef<
    BuilderTypes,
    T[keyof T]
  >;
}

export const DatePrecisionEnum = enumOf(DatePrecision, 'DatePrecision', 'How much of a partial date is known.', {
  YEAR: 'Only the year is known; the date is the first of January.',
  MONTH: 'The year and month are known; the date is the first of the month.',
  DAY: 'The exact day is known.',
});

export const ActorKindEnum = enumOf(ActorKind, 'ActorKind', 'Whether an actor is a person or an organization.', {
  PERSON: 'A natural person.',
  ORGANIZATION: 'An agency, government, institution, outlet or group.',
});

export const OrganizationClassificationEnum = enumOf(
  OrganizationClassification,
  'OrganizationClassification',
  'What kind of organization an actor is.',
  {
    FEDERAL_AGENCY: 'A U.S. federal department, agency or office (including the presidency and transition teams).',
    STATE_OR_LOCAL_GOVERNMENT: 'A state, county or city government, or one of its offices.',
    LEGISLATURE: 'A legislature or one of its committees.',
    COURT: 'A court.',
    FOREIGN_GOVERNMENT: 'The government of another country.',
    NGO: 'A non-governmental or advocacy organization.',
    THINK_TANK: 'A policy research institute.',
    ACADEMIC_INSTITUTION: 'A university, college or school.',
    MEDIA: 'A news outlet or publisher.',
    CAMPAIGN: 'A political campaign.',
    OTHER: 'Any other kind of organization.',
  },
);

export const SourceKindEnum = enumOf(SourceKind, 'SourceKind', 'What kind of publication a source is.', {
  NEWS_ARTICLE: 'A news story.',
  PRESS_RELEASE: 'A press release or official statement.',
  INTERVIEW: 'An interview (broadcast, print or podcast).',
  HEARING: 'A legislative or public hearing.',
  SOCIAL_POST: 'A post on a social network.',
  GOVERNMENT_DOCUMENT: 'A government document: a rule, a proclamation, a memo, a letter.',
  DATASET: 'A published dataset.',
});

export const PolicyKindEnum = enumOf(PolicyKind, 'PolicyKind', 'The legal or administrative form of a policy.', {
  EXECUTIVE_ORDER: 'A presidential or gubernatorial executive order.',
  PROCLAMATION: 'A presidential proclamation.',
  FEDERAL_RULE: 'A federal regulation or public-health order.',
  STATUTE: 'A federal statute.',
  STATE_LAW: 'A state law.',
  LOCAL_POLICY: 'A county or city policy or ordinance.',
  PROGRAM_OR_APP: 'An administrative program or an application such as CBP One.',
  COURT_RULING: 'A court decision.',
  INTERNATIONAL_AGREEMENT: 'An agreement between governments.',
});

export const JurisdictionLevelEnum = enumOf(
  JurisdictionLevel,
  'JurisdictionLevel',
  'The level of government a policy applies at.',
  {
    INTERNATIONAL: 'Between countries.',
    FEDERAL: 'The United States as a whole.',
    STATE: 'One state.',
    COUNTY: 'One county.',
    CITY: 'One city.',
  },
);

export const PolicyStatusEnum = enumOf(PolicyStatus, 'PolicyStatus', 'Where a policy stands.', {
  PROPOSED: 'Announced or proposed, not yet in effect.',
  ACTIVE: 'In effect.',
  ENJOINED: 'Blocked by a court.',
  RESCINDED: 'Ended by its issuer or a successor.',
  EXPIRED: 'Ended on its own terms.',
});

export const PolicyEventKindEnum = enumOf(PolicyEventKind, 'PolicyEventKind', 'A step in the life of a policy.', {
  ANNOUNCED: 'Made public.',
  SIGNED: 'Signed into effect by its issuer.',
  EFFECTIVE: 'Took effect.',
  ENJOINED: 'Blocked by a court.',
  AMENDED: 'Changed.',
  RESCINDED: 'Ended by its issuer or a successor.',
  EXPIRED: 'Ended on its own terms.',
  VOTE: 'Voted on by a legislature or board.',
});

export const StancePositionEnum = enumOf(StancePosition, 'StancePosition', "An actor's position on a policy.", {
  SUPPORTS: 'Supports the policy.',
  OPPOSES: 'Opposes the policy.',
  MIXED: 'Supports some of it and opposes some of it, or is ambivalent.',
});

export const ClaimAssertionEnum = enumOf(
  ClaimAssertion,
  'ClaimAssertion',
  'What a claim asserts about encounter data.',
  {
    VALUE: "The metric's value for the period, within a tolerance.",
    PERCENT_CHANGE: 'The percent change from the comparison period to the period.',
    RECORD_LOW: 'The period is the lowest since a given month.',
    RECORD_HIGH: 'The period is the highest since a given month.',
    FIRST_TIME_EXCEEDS: 'The metric exceeds the comparison metric for the first time in the data.',
    NOT_CHECKABLE: 'The encounter data cannot check the claim; the reason says why.',
  },
);

export const DimensionEnum = enumOf(Dimension, 'Dimension', 'A dimension an encounter dataset can carry.', {
  COMPONENT: 'U.S. Border Patrol or Office of Field Operations.',
  LAND_BORDER_REGION: 'Southwest, Northern, Coastal or Other.',
  AREA_OF_RESPONSIBILITY: 'A Border Patrol sector or an OFO field office.',
  STATE: 'The state of the encounter.',
  DEMOGRAPHIC: 'Accompanied minors, individuals in family units, single adults, unaccompanied children.',
  CITIZENSHIP: 'Country of citizenship.',
  TITLE_OF_AUTHORITY: 'Title 8 (immigration law) or Title 42 (public-health expulsions).',
  ENCOUNTER_TYPE: 'Apprehensions, inadmissibles or expulsions.',
});

export const ComponentEnum = enumOf(Component, 'Component', 'The CBP component that made the encounter.', {
  USBP: 'U.S. Border Patrol: encounters between ports of entry.',
  OFO: 'Office of Field Operations: encounters at ports of entry.',
});

export const LandBorderRegionEnum = enumOf(LandBorderRegion, 'LandBorderRegion', 'A border region as CBP reports it.', {
  SOUTHWEST: 'The U.S.–Mexico land border.',
  NORTHERN: 'The U.S.–Canada land border.',
  COASTAL: 'Coastal Border Patrol sectors (OHSS files).',
  OTHER: 'Everything else (airports, seaports, the interior).',
});

export const DemographicEnum = enumOf(Demographic, 'Demographic', 'Who was encountered.', {
  ACCOMPANIED_MINORS: 'Minors travelling with an adult who is not a parent or guardian in a family unit.',
  FMUA: 'Individuals in a family unit.',
  SINGLE_ADULTS: 'Single adults.',
  UAC: 'Unaccompanied children (`UC / Single Minors` in older files).',
});

export const TitleOfAuthorityEnum = enumOf(
  TitleOfAuthority,
  'TitleOfAuthority',
  'The legal authority of the encounter.',
  {
    TITLE_8: 'Title 8 of the U.S. Code: immigration law.',
    TITLE_42: 'Title 42: public-health expulsions (March 2020 – May 2023).',
  },
);

export const EncounterTypeEnum = enumOf(EncounterType, 'EncounterType', 'The kind of encounter.', {
  APPREHENSIONS: 'Border Patrol apprehensions under Title 8.',
  INADMISSIBLES: 'Field Operations inadmissibles under Title 8.',
  EXPULSIONS: 'Expulsions under Title 42.',
});
