/**
 * A small cache for loaded data: memory plus `localStorage`, with a time to live, in-flight sharing and
 * stale-while-revalidate.
 *
 * - `shared(key, load)`: callers asking for the same key while a load runs get the same promise (one request for
 *   ten widgets). Each caller may abort its own wait; the load itself is aborted only when every caller left.
 * - `peek(key, ttl)`: what is cached (memory first, then storage) and whether it is still fresh. A stale value is
 *   shown at once while a fresh one loads.
 * - `put(key, value)`: stores in memory and storage. Storage that is full, blocked or missing is ignored silently.
 * - `cachedLoad(key, ttl, load)`: the three together, as the feed layer and the booking calendar's busy times use them.
 */
import { NetError, untilAborted } from './request.js';

interface Entry {
  time: number;
  value: unknown;
}

const memory = new Map<string, Entry>();
const PREFIX = 'blog-widgets:';

export interface Codec<T> {
  /** Turns a value read back from JSON into `T` (revive dates); throw when it is unusable. */
  decode?: (raw: unknown) => T;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // blocked (privacy settings, sandboxed iframe)
  }
}

/** The cached value and whether it is younger than `ttl` ms; undefined when nothing usable is cached. */
export function peek<T>(key: string, ttl: number, codec: Codec<T> = {}): { value: T; fresh: boolean } | undefined {
  if (ttl <= 0) return undefined;
  let entry = memory.get(key);
  if (!entry) {
    try {
      const raw = storage()?.getItem(PREFIX + key);
      if (raw) {
        const parsed = JSON.parse(raw) as Entry;
        if (typeof parsed?.time !== 'number') return undefined;
        entry = { time: parsed.time, value: codec.decode ? codec.decode(parsed.value) : parsed.value };
        memory.set(key, entry);
      }
    } catch {
      return undefined; // unreadable or blocked storage: as if empty
    }
  }
  if (!entry) return undefined;
  return { value: entry.value as T, fresh: Date.now() - entry.time < ttl };
}

/** Stores a value in memory and, when `persist` is true, in storage (errors ignored). */
export function put(key: string, value: unknown, persist = true): void {
  const entry = { time: Date.now(), value };
  memory.set(key, entry);
  if (!persist) return;
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(entry));
  } catch {
    // Quota exceeded or storage blocked: memory is enough.
  }
}

/** Forgets everything cached, in memory and storage (for tests and the owner's console). */
export function clearCache(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i -= 1) {
      const name = store.key(i);
      if (name?.startsWith(PREFIX)) store.removeItem(name);
    }
  } catch {
    // ignored
  }
}

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
}
const flights = new Map<string, Flight>();

/** Number of loads running now (for tests). */
export function inFlight(): number {
  return flights.size;
}

/**
 * Runs `load` once for all callers asking for `key` at the same time. A caller's `signal` rejects only its own
 * wait with an `aborted` error; the load is aborted when the last waiting caller aborted.
 */
export function shared<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(new NetError('aborted', 'aborted'));
  let flight = flights.get(key);
  if (!flight) {
    const controller = new AbortController();
    const promise = load(controller.signal).finally(() => {
      if (flights.get(key) === flight) flights.delete(key);
    });
    flight = { promise, controller, users: 0 };
    flights.set(key, flight);
  }
  const current = flight;
  current.users += 1;
  return untilAborted(current.promise as Promise<T>, signal, () => {
    current.users -= 1;
    if (current.users <= 0) {
      current.controller.abort();
      if (flights.get(key) === current) flights.delete(key);
    }
  });
}

export interface CachedLoadOptions<T> extends Codec<T> {
  /** This caller's wait (see `shared`). */
  signal?: AbortSignal;
  /** Skip a fresh cached value and load (the value loaded is cached all the same). */
  revalidate?: boolean;
  /** Keep the value in storage too (default), or in memory only. */
  persist?: boolean;
}

/**
 * A value fresher than `ttl` ms from the cache at once; otherwise one load shared by every caller asking for `key`,
 * cached (in memory, and in storage unless `persist` is false) when `ttl` is above 0.
 */
export async function cachedLoad<T>(
  key: string,
  ttl: number,
  load: (signal: AbortSignal) => Promise<T>,
  options: CachedLoadOptions<T> = {},
): Promise<T> {
  if (!options.revalidate) {
    const hit = peek(key, ttl, options);
    if (hit?.fresh) return hit.value;
  }
  return shared(
    key,
    async (signal) => {
      const value = await load(signal);
      if (ttl > 0) put(key, value, options.persist ?? true);
      return value;
    },
    options.signal,
  );
}
