// Periods the analytics group months into. SQL groups by each period's first month; JavaScript only
// turns those dates into labels and bounds.
import { Prisma } from '@borderdesk/db';

export type Interval = 'MONTH' | 'QUARTER' | 'FISCAL_YEAR' | 'CALENDAR_YEAR';

export const monthsPerPeriod: Record<Interval, number> = { MONTH: 1, QUARTER: 3, FISCAL_YEAR: 12, CALENDAR_YEAR: 12 };

/** The first month of the period containing `month` (a first-of-month date column or expression). */
export function periodStartSql(interval: Interval, month: Prisma.Sql): Prisma.Sql {
  switch (interval) {
    case 'MONTH':
      return month;
    case 'QUARTER':
      return Prisma.sql`date_trunc('quarter', ${month})::date`;
    case 'CALENDAR_YEAR':
      return Prisma.sql`date_trunc('year', ${month})::date`;
    case 'FISCAL_YEAR':
      // Fiscal year N runs October N-1 to September N: shift three months, take the year, shift back.
      return Prisma.sql`(date_trunc('year', ${month} + interval '3 months') - interval '3 months')::date`;
  }
}

/**
 * The months the API accepts. Encounter data starts in 2000; the margin leaves room for windows
 * around any date on the record, and keeps month arithmetic inside four-digit years.
 */
export const monthRange = { first: '1900-01', last: '2199-12' } as const;

/** True for a `YYYY-MM` month within `monthRange`. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) && text >= monthRange.first && text <= monthRange.last;
}

/** `YYYY-MM` as a count of months since year 0: month arithmetic without time zones. */
export function monthIndex(month: string): number {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

export function monthFromIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first month (`YYYY-MM`) of the period that contains `month`. */
export function periodStart(interval: Interval, month: string): string {
  const index = monthIndex(month);
  const calendarMonth = index % 12;
  switch (interval) {
    case 'MONTH':
      return month;
    case 'QUARTER':
      return monthFromIndex(index - (calendarMonth % 3));
    case 'CALENDAR_YEAR':
      return monthFromIndex(index - calendarMonth);
    case 'FISCAL_YEAR':
      return monthFromIndex(index - ((calendarMonth + 3) % 12));
  }
}

/** The last month of the period starting at `start`. */
export function periodEnd(interval: Interval, start: string): string {
  return monthFromIndex(monthIndex(start) + monthsPerPeriod[interval] - 1);
}

/** How people write the period: `2024-11`, `2024-Q4`, `FY2024`, `2024`. */
export function periodLabel(interval: Interval, start: string): string {
  const index = monthIndex(start);
  const year = Math.floor(index / 12);
  switch (interval) {
    case 'MONTH':
      return start;
    case 'QUARTER':
      return `${year}-Q${Math.floor((index % 12) / 3) + 1}`;
    case 'CALENDAR_YEAR':
      return String(year);
    case 'FISCAL_YEAR':
      return `FY${year + 1}`;
  }
}

/** A first-of-month date from SQL as `YYYY-MM`. */
export function toMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
