// What the editorial lists (actors, statements, policies, sources, claims) share: orders that always
// end on the id, date ranges, "any of" lists, literal substring matching, the limits on filter
// values, and which records a list holds (archived ones are left out; editors' `updatedSince` keeps them).
import type { DatePrecision, Prisma } from '@borderdesk/db';
import type { EnumRef } from '@pothos/core';
import { scopesOf } from '../access/caller.js';
import { type BuilderTypes, builder } from '../builder.js';
import type { Context } from '../context.js';
import { UserInputError } from '../errors.js';

/** Longest text a filter field accepts. */
const maxTextLength = 200;
/** Most values a filter list accepts. */
const maxListValues = 100;

type Direction = Prisma.SortOrder;

const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a list is sorted. Items without a value for the sort key always come last.',
  values: {
    ASC: { value: 'asc' as const, description: 'Ascending: A to Z, oldest first.' },
    DESC: { value: 'desc' as const, description: 'Descending: Z to A, newest first.' },
  },
});

export const DateRangeInput = builder.inputType('DateRange', {
  description: 'The days from `from` to `to`, both included; leave an end out to leave it open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day included.' }),
    to: t.field({ type: 'Date', description: 'The last day included; not before `from`.' }),
  }),
});

interface OrderFieldSpec<OrderBy> {
  description: string;
  /** The direction when the caller names none. */
  direction: Direction;
  /** The Prisma order on this key alone; `id` is appended as the tie-breaker. */
  orderBy: (direction: Direction) => OrderBy;
}

/**
 * `<Noun>OrderField` and `<Noun>Order { field, direction }` from one table of sort keys, and the
 * Prisma orderBy for an argument of that input. Every order ends on `id` in the same direction, so
 * pages are deterministic and Prisma's cursor pagination (by id) never skips or repeats a row.
 */
export function orderInput<const Field extends string, OrderBy>(
  noun: string,
  fields: Record<Field, OrderFieldSpec<OrderBy>>,
  fallback: NoInfer<Field>,
) {
  const values = Object.fromEntries(
    Object.entries<OrderFieldSpec<OrderBy>>(fields).map(([field, spec]) => [
      field,
      {
        value: field,
        description: `${spec.description} ${spec.direction === 'asc' ? 'Ascending' : 'Descending'} by default.`,
      },
    ]),
  );
  // Pothos cannot infer an enum's values through a generic helper; `values` above makes this exact.
  const FieldEnum = builder.enumType(
    `${noun}OrderField` as never,
    {
      description: `What a list of ${noun.toLowerCase()}s can be sorted by.`,
      values,
    } as never,
  ) as unknown as EnumRef<BuilderTypes, Field>;
  const Input = builder.inputType(`${noun}Order`, {
    description: `How to sort ${noun.toLowerCase()}s; ties are broken by id, in the same direction.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'The sort key.' }),
      direction: t.field({
        type: OrderDirectionEnum,
        description: "Ascending or descending; the key's default when omitted.",
      }),
    }),
  });
  const orderBy = (order: { field: Field; direction?: Direction | null } | null | undefined) => {
    const spec = fields[order?.field ?? fallback];
    const direction = order?.direction ?? spec.direction;
    return [spec.orderBy(direction), { id: direction }];
  };
  return { Input, orderBy };
}

/**
 * Refuses over-long text and lists in a filter before any SQL runs, naming the field, and an
 * inverted date range (any field holding `{ from, to }`).
 */
export function checkListFilter(filter: object | null | undefined, argument = 'filter'): void {
  for (const [field, value] of Object.entries(filter ?? {})) {
    const path = `${argument}.${field}`;
    if (Array.isArray(value) && value.length > maxListValues) {
      throw new UserInputError(`${path} takes at most ${maxListValues} values.`, path);
    }
    const texts: unknown[] = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === 'string' && text.length > maxTextLength)) {
      throw new UserInputError(`${path} takes text of at most ${maxTextLength} characters.`, path);
    }
    if (isDateRange(value) && value.from && value.to && value.from > value.to) {
      throw new UserInputError(`${path}.from is after ${path}.to.`, path);
    }
  }
}

interface DateRange {
  from?: Date | null;
  to?: Date | null;
}

function isDateRange(value: unknown): value is DateRange {
  return typeof value === 'object' && value !== null && ('from' in value || 'to' in value);
}

/** The bounds on a partial date's first day, for the dates of one precision. */
interface PartialDateBounds {
  /** Undefined: any precision. Null: the date has none, so it is taken as an exact day. */
  precision?: DatePrecision | null;
  date: { gte?: Date; lte?: Date };
}

/**
 * A partial date is stored as the first day of what is known (`2024-12` as 2024-12-01, precision
 * MONTH). It lies within a range when all of it does: December 2024 is within 2024-12-01…2024-12-31
 * but not within 2024-12-01…2024-12-15, and "2024" is not within any range shorter than the year.
 * Returns one set of bounds per precision (any one matches); undefined when there is no range.
 */
export function partialDatesWithin(range: DateRange | null | undefined): PartialDateBounds[] | undefined {
  const lower = range?.from ? { gte: range.from } : {};
  if (!range?.to) return range?.from ? [{ date: lower }] : undefined;
  // A period lies before the end of `to` when the next period starts on or before the day after.
  const dayAfter = new Date(range.to.getTime() + 86_400_000);
  const lastMonth = new Date(Date.UTC(dayAfter.getUTCFullYear(), dayAfter.getUTCMonth() - 1, 1));
  const lastYear = new Date(Date.UTC(dayAfter.getUTCFullYear() - 1, 0, 1));
  return [
    { precision: 'DAY', date: { ...lower, lte: range.to } },
    { precision: null, date: { ...lower, lte: range.to } },
    { precision: 'MONTH', date: { ...lower, lte: lastMonth } },
    { precision: 'YEAR', date: { ...lower, lte: lastYear } },
  ];
}

/** "Any of" these values; an omitted or empty list filters nothing. */
export function anyOf<T>(values: readonly T[] | null | undefined): { in: T[] } | undefined {
  return values?.length ? { in: [...values] } : undefined;
}

/** Escapes LIKE's wildcards so `%`, `_` and `\` in user text match themselves. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Case-insensitive substring match of user text (Prisma's `contains` does not escape wildcards). */
export function containing(text: string | null | undefined): { contains: string; mode: 'insensitive' } | undefined {
  return text == null ? undefined : { contains: likeLiteral(text), mode: 'insensitive' };
}

/** Description of the `updatedSince` field of every list filter. */
export const updatedSinceDescription =
  'Only records changed at or after this instant, for an incremental sync. Page with `orderBy: { field: UPDATED_AT, direction: ASC }` (ties by id) and resume from the last `updatedAt` seen, minus a margin: `updatedAt` is set when the write runs, not when its transaction commits, so a write committing after your read may carry an earlier instant; resuming a minute early (longer than any write transaction) misses none, and records of the resumed instant come again. Archived records are left out (listed, with `archivedAt` set, for EDITOR and ADMIN keys only); everyone learns of deletions from `archivedSince`, read from the same instant.';

/** The `where` fragment of a live record: archived records (soft-deleted, restorable) are left out of every list. */
export const live = { archivedAt: null } as const;

/**
 * Which records a list holds: live ones, or with `updatedSince` those changed at or after that
 * instant, archived ones included for editors and admins (whose sync must learn of deletions with
 * their content; everyone else has `archivedSince`).
 */
export function liveOrChangedSince(
  ctx: Context,
  updatedSince: Date | null | undefined,
): { archivedAt?: null; updatedAt?: { gte: Date } } {
  if (!updatedSince) return live;
  const changed = { updatedAt: { gte: updatedSince } };
  return scopesOf(ctx.caller).editor ? changed : { ...live, ...changed };
}
