/**
 * Sending again after a network failure: the same request (and so the same idempotency key) a few times, with a
 * growing pause, waiting for the connection first when the browser says it is offline. Only failures where no
 * answer arrived are retried; an answer, even a refusal, is final.
 */
import { NetError } from './request.js';
import { isOffline, whenOnline } from './online.js';

/**
 * The pauses before each further attempt, in milliseconds (three retries after the first try by default). Tests
 * set it to zeros so that they never wait on a clock.
 */
export const retryPolicy: { delays: number[] } = { delays: [600, 2_000, 5_000] };

/** Whether a failure means that no answer arrived (the request may never have reached the server). */
export function isRetryable(error: unknown): boolean {
  // `cors`: a cross-origin fetch that failed without an answer; when the connection drops that is what it looks like.
  return error instanceof NetError && (error.kind === 'network' || error.kind === 'cors');
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new NetError('aborted', 'aborted'));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(new NetError('aborted', 'aborted'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export interface RetryOptions {
  signal?: AbortSignal;
  /** Called before each further attempt (1 for the first retry). */
  onRetry?: (attempt: number) => void;
  /** Overrides `retryPolicy.delays`. */
  delays?: number[];
}

/** Runs `work` and, while it fails with a retryable error, again after each pause; rethrows the last failure. */
export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? retryPolicy.delays;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= delays.length || !isRetryable(error) || options.signal?.aborted) throw error;
      await pause(delays[attempt], options.signal);
      if (isOffline()) await whenOnline(options.signal);
      options.onRetry?.(attempt + 1);
    }
  }
}
