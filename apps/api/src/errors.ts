// What a client may learn from an error. Expected failures are PublicErrors with a code; anything
// else is reported as INTERNAL_SERVER_ERROR with the request id, and logged in full on our side.

import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** An error whose message is written for the client and safe to show. */
export class PublicError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** A bad argument: the message says what is wrong, `argument` names which one. */
export class UserInputError extends PublicError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument ? { argument } : {});
  }
}

/** Codes Apollo and graphql-armor attach to errors about the request itself; their messages are safe. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const maxMessageLength = 600;

export interface MaskedError {
  formatted: GraphQLFormattedError;
  /** True when the original error was unexpected and must be logged. */
  internal: boolean;
}

/** Decides what the client sees of an error. Never lets a stack, SQL or Prisma text through. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): MaskedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (rejectsInputValue(original)) {
    const message = 'A value in the request is not valid text or is out of range (e.g. it contains a NUL character).';
    return {
      internal: false,
      formatted: { ...withoutDetails(formatted), message, extensions: { code: 'BAD_USER_INPUT' } },
    };
  }
  const code = formatted.extensions?.code;
  const isPublic =
    original instanceof PublicError ||
    (original instanceof GraphQLError && !original.originalError && isRequestCode(code));
  if (isPublic) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return {
      internal: false,
      formatted: { ...withoutDetails(formatted), message: truncate(formatted.message), extensions },
    };
  }
  return {
    internal: true,
    formatted: {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  };
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: invalid byte sequence, out of range, bad text
 * representation) come from values the client sent. Prisma nests the driver's SQLSTATE a few levels
 * deep (`meta.driverAdapterError.cause.originalCode`), so look for it there and on the error.
 */
function rejectsInputValue(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { originalCode, meta, cause, driverAdapterError } = error as Record<string, unknown>;
  if (typeof originalCode === 'string' && originalCode.startsWith('22')) return true;
  return [meta, cause, driverAdapterError].some((inner) => rejectsInputValue(inner, depth + 1));
}

/** Only where the error happened survives; message and extensions are chosen by the caller. */
function withoutDetails(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: '',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}

function isRequestCode(code: unknown): boolean {
  return typeof code === 'string' && requestErrorCodes.has(code);
}

function truncate(message: string): string {
  return message.length > maxMessageLength ? `${message.slice(0, maxMessageLength)}…` : message;
}
