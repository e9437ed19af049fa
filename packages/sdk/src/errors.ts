// One class per way a request can fail, each carrying the request id the API logged it under
// (the `x-request-id` header, else `extensions.requestId`): quote it when reporting a problem.
// Typed mutation results (ValidationError, NotFoundError, ConflictError, ForbiddenError) are not
// thrown: they come back as values of the mutation's result union.

/** A GraphQL error as the API sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The base of every error the client throws (an aborted request rejects with the signal's reason instead). */
export class BorderdeskError extends Error {
  override name = 'BorderdeskError';
  /** The API's id for the request, when it answered. */
  readonly requestId: string | undefined;

  constructor(message: string, requestId: string | undefined, options?: ErrorOptions) {
    super(message, options);
    this.requestId = requestId;
  }
}

/** The API could not be reached, or the connection broke before an answer: retried for queries. */
export class NetworkError extends BorderdeskError {
  override name = 'NetworkError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, undefined, options);
  }
}

/** The API answered with an HTTP status that is not a GraphQL result (5xx is retried for queries). */
export class HttpError extends BorderdeskError {
  override name = 'HttpError';
  /** The HTTP status, e.g. 413 or 503. */
  readonly status: number;
  /** The error code in the body (`extensions.code`), when there is one. */
  readonly code: string | undefined;

  constructor(status: number, message: string, requestId: string | undefined, code?: string) {
    super(message, requestId);
    this.status = status;
    this.code = code;
  }
}

/** 401: the API key is malformed, unknown or revoked (a missing key is an anonymous caller, not an error). */
export class AuthenticationError extends HttpError {
  override name = 'AuthenticationError';

  constructor(message: string, requestId: string | undefined) {
    super(401, message, requestId, 'UNAUTHENTICATED');
  }
}

/** 429: the caller spent its budget; `retryAfter` seconds until the window ends. */
export class RateLimitedError extends HttpError {
  override name = 'RateLimitedError';
  /** Seconds to wait before asking again. */
  readonly retryAfter: number;

  constructor(retryAfter: number, message: string, requestId: string | undefined) {
    super(429, message, requestId, 'RATE_LIMITED');
    this.retryAfter = retryAfter;
  }
}

/** The API ran (or refused) the operation and answered with GraphQL errors, e.g. BAD_USER_INPUT or FORBIDDEN. */
export class GraphQLRequestError extends BorderdeskError {
  override name = 'GraphQLRequestError';
  /** The first error's `extensions.code`, e.g. `BAD_USER_INPUT`, `FORBIDDEN`, `GRAPHQL_VALIDATION_FAILED`. */
  readonly code: string;
  /** For BAD_USER_INPUT, the argument at fault, e.g. `filter.saidOn.from`. */
  readonly argument: string | undefined;
  /** Every error of the response. */
  readonly errors: readonly GraphQLErrorBody[];
  /** What data came back beside the errors, if any. */
  readonly data: unknown;

  constructor(errors: readonly GraphQLErrorBody[], requestId: string | undefined, data?: unknown) {
    const [first] = errors;
    super(first?.message ?? 'The API answered with an error.', requestId);
    const code = first?.extensions?.code;
    const argument = first?.extensions?.argument;
    this.code = typeof code === 'string' ? code : 'UNKNOWN';
    this.argument = typeof argument === 'string' ? argument : undefined;
    this.errors = errors;
    this.data = data;
  }
}
