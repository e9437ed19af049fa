// The rules input fields of the editorial mutations follow (zod), and the reading of a mutation's
// input against them into field problems with paths.
import type { DatePrecision } from '@borderdesk/db';
import { z } from 'zod';
import { isMonth, monthRange } from '../encounters/periods.js';
import { type FieldPath, type FieldProblem, ValidationError } from './results.js';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A string without NUL, which PostgreSQL text cannot hold: refused here, on its field. */
const plain = () => z.string().refine((value) => !value.includes('\0'), 'must not contain NUL characters');

export const slug = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(slugPattern, 'must be lowercase letters and digits in words joined by single hyphens, e.g. `tom-homan`');

/** Text that must say something: trimmed, not blank, at most `max` characters. */
export const text = (max: number) =>
  plain().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

/** Text that may be left out or empty, at most `max` characters. */
export const optionalText = (max: number) => plain().trim().max(max, `must be at most ${max} characters`).nullish();

export const webAddress = plain()
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => /^https?:$/.test(URL.parse(value)?.protocol ?? ''), 'must be an http or https address');

/** A list of at most `max` items with no item twice (by `key`). */
export const distinctList = <T extends z.ZodType>(item: T, max: number, key = (value: z.output<T>): unknown => value) =>
  z
    .array(item)
    .max(max, `takes at most ${max} items`)
    .superRefine((items, check) => {
      const seen = new Set<unknown>();
      items.forEach((value, index) => {
        const id = key(value);
        if (seen.has(id)) check.addIssue({ code: 'custom', path: [index], message: 'is already in the list' });
        seen.add(id);
      });
    });

export const month = z
  .string()
  .refine(isMonth, `must be a month written YYYY-MM between ${monthRange.first} and ${monthRange.last}, e.g. 2024-11`);

/** A date of which only the year, or the year and month, may be known (Popolo), as stored. */
export interface PartialDate {
  /** The first day of what is known (`2024-12` is 2024-12-01). */
  date: Date;
  precision: DatePrecision;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2024`, `2024-12` or `2024-12-10` as the first day of what is known and its precision; null if not a date. */
export function parsePartialDate(text: string): PartialDate | null {
  const [, year, month, day] = partialDatePattern.exec(text) ?? [];
  if (year === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date.UTC rolls 2024-02-30 over into March: a date that does not read back the same does not exist.
  if (date.toISOString().slice(0, text.length) !== text || date.getUTCFullYear() < 1000) return null;
  return { date, precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR' };
}

export const partialDate = z.string().transform((value, check) => {
  const parsed = parsePartialDate(value);
  if (!parsed) {
    check.addIssue({ code: 'custom', message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-11' });
    return z.NEVER;
  }
  return parsed;
});

/** The input of an update: `id`, `version`, and any of the fields of a new record. */
export function changeSchema<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  return schema.partial().extend({ id: z.string(), version: z.number().int() });
}

/** The input as the schema reads it, or a ValidationError naming every field at fault under `input`. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, at: FieldPath = ['input']): z.output<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({
      path: [...at, ...issue.path.map(String)],
      // Only an update can leave a required field out; null there would clear what must stay.
      message:
        issue.code === 'invalid_type' && issue.input === null
          ? 'cannot be cleared: leave it out to keep what is stored'
          : issue.message,
    })),
  );
}

/** Collects field problems found one by one, and refuses the input if there are any. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(path: FieldPath, message: string): void {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new ValidationError(this.list);
  }
}
