// What a claim asserts, in one shape for stored claims and ad-hoc checks, and what makes one
// incomplete. A stored claim that fails these rules is NOT_CHECKABLE; an ad-hoc one is a bad input.
import {
  type ClaimAssertion,
  Component,
  Demographic,
  EncounterType,
  LandBorderRegion,
  type Prisma,
  TitleOfAuthority,
} from '@borderdesk/db';
import { z } from 'zod';
import { type EncounterFilter, maxFilterValues } from '../encounters/filter.js';
import { monthBoundsProblem } from '../encounters/month-range.js';
import { monthIndex } from '../encounters/periods.js';

export interface ClaimSpec {
  assertion: ClaimAssertion;
  /** Dataset slug; null lets the check pick one like `encounterSeries` does. */
  dataset: string | null;
  filter: EncounterFilter;
  compareFilter: EncounterFilter | null;
  period: string | null;
  comparePeriod: string | null;
  assertedValue: number | null;
  tolerance: number | null;
  assertedSince: string | null;
  notCheckableReason: string | null;
}

/** What is wrong with a spec: `field` is its name in ClaimSpec (or `filter.<list>`). */
export interface SpecProblem {
  field: string;
  message: string;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Asserted values and tolerances are stored as `Decimal(14, 4)`: at most 4 decimals, below 10^10. */
export const maxDecimals = 4;
const maxMagnitude = 1e10;

/** The optional fields each assertion needs, and those it takes; anything else set is a mistake. */
const fieldsOf: Record<Exclude<ClaimAssertion, 'NOT_CHECKABLE'>, { needs: Field[]; takes: Field[] }> = {
  VALUE: { needs: ['assertedValue'], takes: ['tolerance'] },
  PERCENT_CHANGE: { needs: ['comparePeriod', 'assertedValue'], takes: ['tolerance'] },
  RECORD_LOW: { needs: ['assertedSince'], takes: [] },
  RECORD_HIGH: { needs: ['assertedSince'], takes: [] },
  FIRST_TIME_EXCEEDS: { needs: ['compareFilter'], takes: [] },
};
type Field = 'assertedValue' | 'tolerance' | 'comparePeriod' | 'assertedSince' | 'compareFilter';
const optionalFields: Field[] = ['assertedValue', 'tolerance', 'comparePeriod', 'assertedSince', 'compareFilter'];

/** The first thing that keeps a checkable spec from being checked, or null when it is complete. */
export function specProblem(spec: ClaimSpec): SpecProblem | null {
  if (spec.assertion === 'NOT_CHECKABLE') return null;
  const { needs, takes } = fieldsOf[spec.assertion];
  for (const field of needs) {
    if (spec[field] === null) return { field, message: `${field} is required for ${spec.assertion} claims.` };
  }
  for (const field of optionalFields) {
    if (spec[field] !== null && !needs.includes(field) && !takes.includes(field)) {
      return { field, message: `${field} does not apply to ${spec.assertion} claims.` };
    }
  }
  for (const field of ['period', 'comparePeriod', 'assertedSince'] as const) {
    const month = spec[field];
    if (field === 'period' && month === null) return { field, message: 'period is required: the month, YYYY-MM.' };
    if (month !== null && !monthPattern.test(month)) {
      return { field, message: `${field} must be a month written YYYY-MM, e.g. 2024-11 (got '${month}').` };
    }
  }
  const period = spec.period ?? '';
  for (const field of ['comparePeriod', 'assertedSince'] as const) {
    const month = spec[field];
    if (month !== null && monthIndex(month) >= monthIndex(period)) {
      return { field, message: `${field} (${month}) must be before period (${period}).` };
    }
  }
  for (const field of ['assertedValue', 'tolerance'] as const) {
    const value = spec[field];
    if (value === null) continue;
    if (!Number.isFinite(value) || Math.abs(value) >= maxMagnitude || Number(value.toFixed(maxDecimals)) !== value) {
      return {
        field,
        message: `${field} must be a number below 10,000,000,000 in size with at most ${maxDecimals} decimals.`,
      };
    }
  }
  if (spec.tolerance !== null && spec.tolerance < 0) {
    return { field: 'tolerance', message: 'tolerance must be zero or more.' };
  }
  for (const field of ['filter', 'compareFilter'] as const) {
    const bounded = monthBoundsProblem(spec[field], field, "the claim's period (and comparePeriod)");
    if (bounded) return bounded;
  }
  return null;
}

const text = z.string().trim().min(1).max(200);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(maxFilterValues).optional();
/** A stored filter (JSON in the EncounterFilter shape); months are the claim's, not the filter's. */
const storedFilter = z.strictObject({
  components: list(z.enum(Component)),
  regions: list(z.enum(LandBorderRegion)),
  areas: list(text),
  states: list(text),
  demographics: list(z.enum(Demographic)),
  citizenships: list(text),
  titles: list(z.enum(TitleOfAuthority)),
  encounterTypes: list(z.enum(EncounterType)),
});

/** A claim row (with its dataset's slug) as a spec, and what keeps its stored filters from being read. */
export function specFromClaim(claim: StoredClaim): { spec: ClaimSpec; problem: SpecProblem | null } {
  const filter = storedFilter.safeParse(claim.filter);
  const compareFilter = claim.compareFilter === null ? null : storedFilter.safeParse(claim.compareFilter);
  const readings = [
    ['filter', filter],
    ['compareFilter', compareFilter],
  ] as const;
  const [problem = null] = readings.flatMap(([field, reading]) =>
    (reading?.error?.issues ?? []).map((issue) => ({
      field,
      message: `${[field, ...issue.path.map(String)].join('.')}: ${issue.message}`,
    })),
  );
  return {
    spec: {
      assertion: claim.assertion,
      dataset: claim.dataset?.slug ?? null,
      filter: filter.data ?? {},
      compareFilter: compareFilter?.data ?? null,
      period: claim.period,
      comparePeriod: claim.comparePeriod,
      assertedValue: claim.assertedValue?.toNumber() ?? null,
      tolerance: claim.tolerance?.toNumber() ?? null,
      assertedSince: claim.assertedSince,
      notCheckableReason: claim.notCheckableReason,
    },
    problem,
  };
}

/** The columns of a Claim a check reads. */
export const storedClaimSelect = {
  assertion: true,
  dataset: { select: { slug: true } },
  filter: true,
  compareFilter: true,
  period: true,
  comparePeriod: true,
  assertedValue: true,
  tolerance: true,
  assertedSince: true,
  notCheckableReason: true,
} as const satisfies Prisma.ClaimSelect;

type StoredClaim = Prisma.ClaimGetPayload<{ select: typeof storedClaimSelect }>;
