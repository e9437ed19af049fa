// The enum values a URL may name, checked at compile time against the schema's (a Record must list
// every member), so a filter select offers all of them and an unknown value in a URL is recognised.
import type { JurisdictionLevel, PolicyKind, PolicyStatus } from '../generated/graphql.ts';

function members<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record).filter((key): key is T => key in record);
}

export const policyKinds = members<PolicyKind>({
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

export const policyStatuses = members<PolicyStatus>({
  PROPOSED: true,
  ACTIVE: true,
  ENJOINED: true,
  EXPIRED: true,
  RESCINDED: true,
});

export const jurisdictionLevels = members<JurisdictionLevel>({
  INTERNATIONAL: true,
  FEDERAL: true,
  STATE: true,
  COUNTY: true,
  CITY: true,
});

/** The value when it is one of `allowed`; undefined otherwise (absent or unknown). */
export function pick<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return allowed.find((item) => item === value);
}
