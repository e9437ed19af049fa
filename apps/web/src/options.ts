// The enum values a URL may name. Listing them as a Record's keys makes the compiler check the list
// against the schema's type (a Record must name every member), so a select offers all of them and an
// unknown value in a URL is recognised.

/** The keys of a record that names every member of an enum, in the record's order. */
export function enumValues<T extends string>(record: Record<T, unknown>): T[] {
  return Object.keys(record).filter((key): key is T => key in record);
}

/** The value when it is one of `allowed`; undefined otherwise (absent or unknown). */
export function pick<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return allowed.find((item) => item === value);
}
