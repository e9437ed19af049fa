// Month arithmetic on the API's `YYYY-MM` strings.

/** "2024-06" → months since year 0, for differences. */
export function monthIndex(month: string): number {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

/** "2024-06" plus 7 → "2025-01". */
export function addMonths(month: string, count: number): string {
  const index = monthIndex(month) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
