import { formatPartialDate } from './format.ts';

/** A date as precise as it is known, machine-readable at that precision too (`<time datetime="2024-12">`). */
export function PartialDate({ date, precision }: { date: string | null | undefined; precision?: string | null }) {
  if (!date) return <>undated</>;
  const known = precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
  return <time dateTime={known}>{formatPartialDate(date, precision)}</time>;
}
