// What a view shows while it waits, when there is nothing, when it had to correct the address, and
// when the API refused or failed; and the "show more" of paged lists.
import { BorderdeskError, GraphQLRequestError, RateLimitedError } from '@borderdesk/sdk';
import { type ReactNode, useEffect, useState } from 'react';

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

/** Something in the address could not be used and was replaced: say what, so a shared link is not silently wrong. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

/**
 * The error as a reader can act on it: what failed, what the API said, the request id to report, and
 * a way to try again (after the wait the API asked for, when it was a rate limit).
 */
export function ErrorState({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  const wait = useCountdown(error instanceof RateLimitedError ? error.retryAfter : 0);
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
      {onRetry ? (
        <p className="state-detail">
          <button type="button" className="secondary" onClick={onRetry} disabled={wait > 0}>
            {wait > 0 ? `Try again in ${wait} s` : 'Try again'}
          </button>
        </p>
      ) : null}
    </div>
  );
}

export function ShowMore({
  loading,
  onClick,
  label = 'Show more',
}: {
  loading: boolean;
  onClick: () => void;
  label?: string;
}) {
  return (
    <p className="show-more">
      <button type="button" className="secondary" onClick={onClick} disabled={loading}>
        {loading ? 'Loading more…' : label}
      </button>
    </p>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof RateLimitedError) return 'Too many requests from this address in the last minute.';
  if (error instanceof GraphQLRequestError) return error.errors.map((item) => item.message).join(' ');
  if (error instanceof BorderdeskError) return error.message;
  return 'Something went wrong in the page.';
}

/** Seconds left of `seconds`, counting down once a second. */
function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (seconds <= 0) return;
    const timer = setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}
