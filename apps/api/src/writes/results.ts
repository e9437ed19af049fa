// What a mutation answers: the record it wrote, or one of a few typed failures, each defined once
// here and listed by the mutations that can meet it (`@pothos/plugin-errors`). Only failures a
// caller can act on are typed; anything else stays a masked GraphQL error.
import { ForbiddenError, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import { forbidden } from '../access/forbidden.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

/** The GraphQL type names of the records editors write. */
export type EditorialType = 'Actor' | 'Role' | 'Source' | 'Statement' | 'Claim' | 'Policy' | 'PolicyEvent' | 'Stance';

/** Where in the input a problem is, from `input` down: `["input", "links", "0", "url"]`. */
export type FieldPath = string[];

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

/** The input breaks a rule: each problem names its field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly fieldErrors: FieldProblem[]) {
    const [first] = fieldErrors;
    const more = fieldErrors.length > 1 ? ` (and ${fieldErrors.length - 1} more)` : '';
    super(first ? `${first.path.join('.')}: ${first.message}${more}` : 'The input is not valid.');
  }
}

/** No record of that type has that ID. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The record changed since the caller read it (or is in the wrong state): here it is as it is now. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly type: EditorialType,
    readonly current: object,
  ) {
    super(message);
  }
}

const MutationErrorRef = builder.interfaceRef<Error>('MutationError').implement({
  description:
    'An expected failure of a mutation, returned as data in its result union (not as a GraphQL error): select `... on MutationError { message }` and the details of the kinds you handle. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in a sentence for people.' }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'One problem with one input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description:
        'Where the field is, from the argument down, list positions included: `["input", "links", "0", "url"]`.',
    }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [MutationErrorRef],
  description:
    'The input breaks a rule (a length, a format, dates out of order, a slug already taken, a reference to a record that does not exist or is archived). `fieldErrors` names every field at fault.',
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: 'Each problem, with the path of its field.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [MutationErrorRef],
  description: 'No record of the expected type has the ID given.',
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [MutationErrorRef],
  description:
    'The record is not as the caller last read it: its `version` moved on (another editor saved first), or it is archived (restore it first) or already live. Nothing was written; `current` is the record as it is now, to merge with and retry.',
  fields: (t) => ({
    current: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The record as it is now, with its current `version`.',
      // The Node interface tells the record's type by its `__typename`.
      resolve: (error) => ({ ...error.current, __typename: error.type }),
    }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [MutationErrorRef],
  description: 'The caller may not write: mutations need an EDITOR or ADMIN key. Nothing was written.',
});

export { ForbiddenError };

/** What a mutation that creates can meet. */
const createErrors = [ValidationError, ForbiddenError];
/** What a mutation on an existing record (named by ID and version) can meet. */
const changeErrors = [ValidationError, NotFoundError, ConflictError, ForbiddenError];

/** Scope-auth's refusal of a mutation, as the typed result (worded like every other refusal). */
function refusal(_parent: unknown, _args: unknown, ctx: Context, _info: unknown, result: ForbiddenResult) {
  return new ForbiddenError(forbidden(ctx.caller, result).message, result.failure);
}

export type Operation = 'create' | 'update' | 'archive' | 'restore';

/**
 * The options every mutation `<operation><Type>` (`createActor`) spreads: its result union
 * `<Operation><Type>Result` of `<Operation><Type>Success { record }` and the failures a mutation
 * of its kind can meet, refusal included.
 */
export function mutationOptions(table: { type: EditorialType; noun: string }, operation: Operation) {
  const field = `${operation}${table.type}`;
  const name = `${operation.charAt(0).toUpperCase()}${field.slice(1)}`;
  const { noun } = table;
  return {
    errors: {
      types: operation === 'create' ? createErrors : changeErrors,
      result: { name: `${name}Success`, description: `The ${noun} was written.` },
      union: {
        name: `${name}Result`,
        description: `What \`${field}\` answers: the ${noun} as written, or why nothing was written.`,
      },
      dataField: { name: 'record', description: `The ${noun} as written, with its new \`version\`.` },
    },
    unauthorizedError: refusal,
  };
}
