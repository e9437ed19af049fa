// What a view shows while it waits, when there is nothing, and when the API refused or failed.
import { BorderdeskError, GraphQLRequestError, RateLimitedError } from '@borderdesk/sdk';
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="state state-empty" role="status">
      {children}
    </p>
  );
}

/** The error as a reader can act on it: what failed, what the API said, and the request id to report. */
export function ErrorState({ error, what }: { error: unknown; what: string }) {
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {messageOf(error)}
      </p>
      {error instanceof BorderdeskError && error.requestId ? (
        <p className="state-detail">
          Request id <code>{error.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof RateLimitedError)
    return `Too many requests from this address: try again in ${error.retryAfter} s.`;
  if (error instanceof GraphQLRequestError) return error.errors.map((item) => item.message).join(' ');
  if (error instanceof BorderdeskError) return error.message;
  return 'Something went wrong in the page.';
}
