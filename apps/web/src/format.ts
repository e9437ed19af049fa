// How figures and dates read on the page: en-US, the way the sources print them.
const count = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const share = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 46612 → "46,612". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** Axis ticks: 46612 → "46.6K". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** A share from 0 to 1: 0.394 → "39.4%". */
export function formatShare(value: number): string {
  return share.format(value);
}

/** −17.53 (already a percentage) → "−17.53%". */
export function formatPercent(value: number): string {
  return `${percent.format(value)}%`;
}

/** A signed difference: 1234 → "+1,234". */
export function formatChange(value: number): string {
  return value > 0 ? `+${count.format(value)}` : count.format(value);
}

/** "2024-11" → "Nov 2024". */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-');
  const name = monthNames[Number(number) - 1];
  return name && year ? `${name} ${year}` : month;
}

/** A date as precise as it is known: "2024-11-10" → "Nov 10, 2024", "2024-12" (MONTH) → "Dec 2024", YEAR → "2024". */
export function formatPartialDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  if (precision === 'YEAR' || !month) return year ?? date;
  if (precision === 'MONTH' || !day) return formatMonth(`${year}-${month}`);
  return `${monthNames[Number(month) - 1]} ${Number(day)}, ${year}`;
}

/** SCREAMING_SNAKE enum values as words: "FEDERAL_RULE" → "Federal rule". */
export function formatEnum(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
