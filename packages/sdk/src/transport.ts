// The transport: one POST per request with the API key, typed by the document, failures turned
// into the classes of errors.ts, queries retried with backoff. Only what a browser has is used:
// fetch and AbortSignal.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  AuthenticationError,
  type GraphQLErrorBody,
  GraphQLRequestError,
  HttpError,
  NetworkError,
  RateLimitedError,
} from './errors.js';
import { defaultRetry, type RetryOptions, retryDelay, sleep } from './retry.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://api.borderdesk.org/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; without one the client calls as an anonymous caller. */
  apiKey?: string;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Retries of failed queries (never mutations), or `false` for none. */
  retry?: RetryOptions | false;
  /** Send the SDK's own operations as `{ documentId }` (their sha256, in the API's manifest) instead of their text. */
  persisted?: boolean;
}

export interface RequestOptions {
  /** Aborts the request and any wait before a retry; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Headers for this request only. */
  headers?: Record<string, string>;
}

/** A typed document: a generated `TypedDocumentString`, or a `TypedDocumentNode` parsed with locations. */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables>;

/** Variables are optional when the operation has no required ones. */
export type RequestArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export type Request = <TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...args: RequestArgs<TVariables>
) => Promise<TResult>;

interface ResponseBody {
  data?: unknown;
  errors?: GraphQLErrorBody[];
}

/** The text of a document: a TypedDocumentString is its text; a DocumentNode keeps it in `loc` (no graphql-js needed). */
export function documentText(document: object): string {
  const body = (document as { loc?: { source?: { body?: unknown } } }).loc?.source?.body;
  if (typeof body === 'string') return body;
  if ('kind' in document) {
    throw new TypeError(
      'This DocumentNode has no source text: parse it with locations, or pass a TypedDocumentString.',
    );
  }
  return String(document);
}

/** Whether the document defines a mutation (or a subscription): those are never retried. */
export function isMutation(text: string): boolean {
  // Strings and comments could hold anything; then only top-level keywords (outside braces) count.
  const bare = text.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
  let depth = 0;
  for (const token of bare.matchAll(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g)) {
    const [word] = token;
    if (word === '{') depth += 1;
    else if (word === '}') depth -= 1;
    else if (depth === 0 && (word === 'mutation' || word === 'subscription')) return true;
  }
  return false;
}

/**
 * The id the API's manifest knows a document by: codegen's hash, which only the SDK's own documents
 * carry. A custom document is not in the manifest, so it goes as text.
 */
function persistedId(document: object): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

/** Reads an answer into its data, or throws the error class that fits. */
async function readResponse(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  let body: ResponseBody | undefined;
  try {
    body = (await response.json()) as ResponseBody;
  } catch {
    if (signal?.aborted) throw signal.reason;
    body = undefined;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  const [first] = errors;
  const bodyRequestId = first?.extensions?.requestId;
  const requestId =
    response.headers.get('x-request-id') ?? (typeof bodyRequestId === 'string' ? bodyRequestId : undefined);
  const message = first?.message ?? `HTTP ${response.status} ${response.statusText}`.trim();

  if (response.status === 401) throw new AuthenticationError(message, requestId);
  if (response.status === 429) {
    const header = Number(response.headers.get('retry-after'));
    const extension = Number(first?.extensions?.retryAfter);
    const retryAfter = Number.isFinite(header) && header >= 0 ? header : Number.isFinite(extension) ? extension : 1;
    throw new RateLimitedError(retryAfter, message, requestId);
  }
  // 200, or 400 under application/graphql-response+json, carry GraphQL errors; other statuses are HTTP failures.
  if ((response.ok || response.status === 400) && errors.length > 0) {
    throw new GraphQLRequestError(errors, requestId, body?.data);
  }
  if (!response.ok || body?.data == null) {
    const code = first?.extensions?.code;
    throw new HttpError(response.status, message, requestId, typeof code === 'string' ? code : undefined);
  }
  return body.data;
}

export function createTransport(options: ClientOptions): Request {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const retry = options.retry === false ? { ...defaultRetry, attempts: 1 } : { ...defaultRetry, ...options.retry };

  return async <TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...[variables, requestOptions = {}]: RequestArgs<TVariables>
  ): Promise<TResult> => {
    const { signal } = requestOptions;
    const text = documentText(document);
    const id = options.persisted ? persistedId(document) : undefined;
    const query = id ? { documentId: id } : { query: text };
    const init: RequestInit = {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...options.headers,
        ...requestOptions.headers,
      },
      body: JSON.stringify({ ...query, variables: variables ?? {} }),
      ...(signal ? { signal } : {}),
    };
    const attempts = isMutation(text) ? 1 : retry.attempts;

    for (let attempt = 0; ; attempt += 1) {
      try {
        let response: Response;
        try {
          response = await fetchImpl(options.url, init);
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          throw new NetworkError(`Could not reach ${options.url}: ${(error as Error).message}`, { cause: error });
        }
        return (await readResponse(response, signal)) as TResult;
      } catch (error) {
        const delay = retryDelay(error, attempt, { ...retry, attempts });
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  };
}
