// The policy enums a URL may name, checked against the schema's at compile time, and the badge tone
// of the ones shown as badges.
import type {
  JurisdictionLevel,
  PolicyEventKind,
  PolicyKind,
  PolicyStatus,
  StancePosition,
} from '../generated/graphql.ts';
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

/** A badge's tone class (styles.css); '' keeps the plain badge. */
type Tone = 'tone-good' | 'tone-bad' | 'tone-neutral' | '';

/** In force, blocked or ended, on the way, or over on its own terms. */
export const statusTones: Record<PolicyStatus, Tone> = {
  ACTIVE: 'tone-good',
  ENJOINED: 'tone-bad',
  RESCINDED: 'tone-bad',
  EXPIRED: 'tone-neutral',
  PROPOSED: '',
};

/** The steps that put a policy in force or end it stand out, as its status would; the others are plain. */
export const eventTones: Record<PolicyEventKind, Tone> = {
  EFFECTIVE: 'tone-good',
  ENJOINED: 'tone-bad',
  RESCINDED: 'tone-bad',
  EXPIRED: 'tone-neutral',
  AMENDED: '',
  ANNOUNCED: '',
  SIGNED: '',
  VOTE: '',
};

export const positionTones: Record<StancePosition, Tone> = {
  SUPPORTS: 'tone-good',
  OPPOSES: 'tone-bad',
  MIXED: 'tone-neutral',
};
