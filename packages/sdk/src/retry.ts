// When and how long to wait before asking again: network errors, 429 and 5xx, for queries only
// (a mutation that timed out may have been applied; sending it again could apply it twice).
import { HttpError, NetworkError, RateLimitedError } from './errors.js';

export interface RetryOptions {
  /** Tries in all, the first included (default 3). */
  attempts?: number;
  /** The wait before the first retry, doubled for each next one, with jitter (default 300 ms). */
  baseDelayMs?: number;
  /** The longest wait; a 429 whose Retry-After is longer is thrown instead of waited for (default 30 000 ms). */
  maxDelayMs?: number;
}

export const defaultRetry: Required<RetryOptions> = { attempts: 3, baseDelayMs: 300, maxDelayMs: 30_000 };

/** How long to wait after failed try number `attempt` (0-based), or undefined to give up. */
export function retryDelay(error: unknown, attempt: number, options: Required<RetryOptions>): number | undefined {
  if (attempt + 1 >= options.attempts) return undefined;
  if (error instanceof RateLimitedError) {
    const ms = error.retryAfter * 1000;
    return ms <= options.maxDelayMs ? ms : undefined;
  }
  const retryable = error instanceof NetworkError || (error instanceof HttpError && error.status >= 500);
  if (!retryable) return undefined;
  // Exponential with "equal jitter": at least half the step, so clients that failed together spread out.
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return step / 2 + Math.random() * (step / 2);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
