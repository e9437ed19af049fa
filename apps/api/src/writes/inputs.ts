// What the inputs of every editorial mutation share: the record a change is about (global ID and
// the version last read), and how a field's absence, null and value read in an update.
import type { ArgBuilder, InputFieldBuilder } from '@pothos/core';
import { type BuilderTypes, builder } from '../builder.js';
import type { PartialDate } from './fields.js';

export type InputFields = InputFieldBuilder<BuilderTypes, 'InputObject'>;

export const partialDateDescription =
  'A date of which only the year or the month may be known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (stored with its precision).';

export const updateDescription =
  'Fields left out stay as they are; null clears an optional field (to null, an empty text or an empty list). `version` must be the version you last read.';

const idDescription = 'The global ID of the record, as its `id` field returned it.';
const versionDescription =
  'The `version` of the record you last read. If it has changed since, nothing is written and the result is a ConflictError with the record as it is now.';

/** `id` and `version`: the first fields of every update input. */
export function versionFields(t: InputFields) {
  return {
    id: t.id({ required: true, description: idDescription }),
    version: t.int({ required: true, description: versionDescription }),
  };
}

const RecordVersionInput = builder.inputType('RecordVersionInput', {
  description: 'A record, and the version of it the editor last read.',
  fields: versionFields,
});

/** The one argument of archive and restore mutations. */
export function recordVersionArgs(arg: ArgBuilder<BuilderTypes>) {
  return { input: arg({ type: RecordVersionInput, required: true, description: 'The record and its version.' }) };
}

/** A value for a column that has a default: null puts the default back, absence keeps what is stored. */
export function orEmpty<T>(value: T | null | undefined, empty: T): T | undefined {
  return value === null ? empty : value;
}

/** The two columns of a partial date: absent keeps both, null clears both. */
export function dateColumns(value: PartialDate | null | undefined): {
  date: Date | null | undefined;
  precision: PartialDate['precision'] | null | undefined;
} {
  return value == null ? { date: value, precision: value } : value;
}

/** A stored partial date, or null. */
export function storedDate(date: Date | null, precision: PartialDate['precision'] | null): PartialDate | null {
  return date && precision ? { date, precision } : null;
}
