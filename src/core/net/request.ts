/**
 * fetch with a timeout, abort and typed errors a widget can explain to a visitor.
 */
import { safeUrl } from '../safe.js';

/** Why a request failed. `cors`: the browser refused to show the reply (probably no CORS headers). */
export type NetErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'cors' | 'aborted';

export class NetError extends Error {
  constructor(
    readonly kind: NetErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

export const DEFAULT_TIMEOUT = 8_000;

export interface RequestOptions extends RequestInit {
  /** Milliseconds before the request is abandoned with a `timeout` error (default 8 s). */
  timeout?: number;
  /** Resolve with 4xx/5xx responses instead of rejecting (to read an error reply's message). */
  allowHttpErrors?: boolean;
}

/** A signal that aborts when `signal` does or after `timeout` ms; `timedOut()` tells which. */
export function timeoutSignal(timeout: number, signal?: AbortSignal | null) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * `promise`, or an `aborted` NetError as soon as `signal` aborts; the work behind the promise goes on. `onAbort`
 * runs when this wait is given up (to let the work stop when nobody waits any more).
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal | null, onAbort?: () => void): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(new NetError('aborted', 'aborted'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function crossOrigin(url: string): boolean {
  try {
    return new URL(url, location.href).origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * fetch that rejects with a `NetError` on network failure, timeout, abort or a non-2xx status. Only http(s)
 * addresses are requested: anything else (javascript:, data:, …) is a `network` error, never a throw into the page.
 */
export async function fetchWithTimeout(address: string, options: RequestOptions = {}): Promise<Response> {
  const { timeout = DEFAULT_TIMEOUT, signal, allowHttpErrors, ...init } = options;
  const url = safeUrl(address);
  if (!url) throw new NetError('network', 'not http(s)');
  const guard = timeoutSignal(timeout, signal);
  try {
    // Another site learns at most this site's origin, never the page address (whatever the page's referrer policy).
    const response = await fetch(url, {
      referrerPolicy: 'strict-origin-when-cross-origin',
      ...init,
      signal: guard.signal,
    });
    if (!response.ok && response.type !== 'opaque' && !allowHttpErrors) {
      throw new NetError('http', `HTTP ${response.status}`, response.status);
    }
    return response;
  } catch (error) {
    if (error instanceof NetError) throw error;
    if (guard.timedOut()) throw new NetError('timeout', `no answer within ${timeout} ms`);
    if (signal?.aborted) throw new NetError('aborted', 'aborted');
    // A TypeError from fetch is a network failure; cross-origin it is most often a missing CORS header.
    const kind = crossOrigin(url) && navigator.onLine !== false ? 'cors' : 'network';
    throw new NetError(kind, (error as Error)?.message || 'network error');
  } finally {
    guard.done();
  }
}

/** Fetches and parses JSON; unreadable data is a `parse` error. */
export async function fetchJson<T = unknown>(url: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetchWithTimeout(url, {
    ...options,
    headers: { Accept: 'application/json', ...options.headers },
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new NetError('parse', 'the reply is not JSON');
  }
}

/** Fetches text (feeds, XML). */
export async function fetchText(url: string, options: RequestOptions = {}): Promise<string> {
  return (await fetchWithTimeout(url, options)).text();
}
