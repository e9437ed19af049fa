// createClient: the transport plus the resource methods, and `request` for your own operations.
import { resources } from './resources.js';
import { type ClientOptions, createTransport, type Request } from './transport.js';

export type BorderdeskClient = ReturnType<typeof resources> & {
  /** Runs any typed document (a generated TypedDocumentString or a TypedDocumentNode) with typed variables. */
  request: Request;
};

export function createClient(options: ClientOptions): BorderdeskClient {
  const request = createTransport(options);
  return { ...resources(request), request };
}
