// The policy enums a URL may name, checked against the schema's at compile time.
import type { JurisdictionLevel, PolicyKind, PolicyStatus } from '../generated/graphql.ts';
import { enumValues } from '../options.ts';

export const policyKinds = enumValues<PolicyKind>({
  EXECUTIVE_ORDER: true,
  PROCLAMATION: true,
  FEDERAL_RULE: true,
  STATUTE: true,
  STATE_LAW: true,
  LOCAL_POLICY: true,
  PROGRAM_OR_APP: true,
  COURT_RULING: true,
  INTERNATIONAL_AGREEMENT: true,
});

export const policyStatuses = enumValues<PolicyStatus>({
  PROPOSED: true,
  ACTIVE: true,
  ENJOINED: true,
  EXPIRED: true,
  RESCINDED: true,
});

export const jurisdictionLevels = enumValues<JurisdictionLevel>({
  INTERNATIONAL: true,
  FEDERAL: true,
  STATE: true,
  COUNTY: true,
  CITY: true,
});
