// Runs of whole months (a period, a window around a date, the months a claim needs) and how they
// read in words. Months are `YYYY-MM`; arithmetic goes through month indexes, never time zones.
import { UserInputError } from '../errors.js';
import { monthFromIndex, monthIndex } from './periods.js';

/** The months `first` to `last`, `YYYY-MM`, both included. */
export interface MonthRange {
  first: string;
  last: string;
}

/** How far a window around a date may reach on either side: two years. */
export const maxWindow = 24;

/** A window argument in months, `least` to `maxWindow`; anything else is refused naming the argument. */
export function windowMonths(months: number, argument: string, least: 0 | 1): number {
  if (!Number.isInteger(months) || months < least || months > maxWindow) {
    throw new UserInputError(`${argument} must be between ${least} and ${maxWindow} months.`, argument);
  }
  return months;
}

export function monthCount({ first, last }: MonthRange): number {
  return monthIndex(last) - monthIndex(first) + 1;
}

export function monthsIn(range: MonthRange): string[] {
  const start = monthIndex(range.first);
  return Array.from({ length: Math.max(0, monthCount(range)) }, (_, i) => monthFromIndex(start + i));
}

export function contains({ first, last }: MonthRange, month: string): boolean {
  return month >= first && month <= last;
}

/** The range widened by whole months on either side. */
export function widen(range: MonthRange, monthsBefore: number, monthsAfter: number): MonthRange {
  return {
    first: monthFromIndex(monthIndex(range.first) - monthsBefore),
    last: monthFromIndex(monthIndex(range.last) + monthsAfter),
  };
}

/** The smallest range holding both. */
export function spanning(a: MonthRange, b: MonthRange): MonthRange {
  const months = [a.first, a.last, b.first, b.last].sort();
  return { first: months[0] ?? a.first, last: months.at(-1) ?? a.last };
}

/**
 * Months (ascending) in words: runs of three or more as `2024-09 to 2024-12`, the rest listed, and
 * beyond six items `… and 4 more`.
 */
export function monthsInWords(months: readonly string[]): string {
  const items: string[] = [];
  let run: string[] = [];
  const close = () => {
    const [first, last] = [run[0], run.at(-1)];
    items.push(...(run.length > 2 && first && last ? [`${first} to ${last}`] : run));
    run = [];
  };
  for (const month of months) {
    const previous = run.at(-1);
    if (previous !== undefined && monthIndex(month) !== monthIndex(previous) + 1) close();
    run.push(month);
  }
  close();
  return items.length > 6 ? `${items.slice(0, 6).join(', ')} and ${items.length - 6} more` : items.join(', ');
}

/**
 * Where something else sets the months (a window, a period, a claim's period), a filter bounding
 * them is a mistake: what is wrong, at `argument.from` or `argument.to`; null when neither is set.
 */
export function monthBoundsProblem(
  filter: { from?: string | null; to?: string | null } | null | undefined,
  argument: string,
  setBy: string,
): { field: string; message: string } | null {
  const bound = filter?.from ? 'from' : filter?.to ? 'to' : null;
  if (bound === null) return null;
  const field = `${argument}.${bound}`;
  return { field, message: `${field} does not apply: ${setBy} sets the months.` };
}
