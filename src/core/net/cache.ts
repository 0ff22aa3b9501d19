/**
 * A small cache for loaded data: memory plus `localStorage`, with a time to live, in-flight sharing and
 * stale-while-revalidate.
 *
 * - `shared(key, load)`: callers asking for the same key while a load runs get the same promise (one request for
 *   ten widgets). Each caller may abort its own wait; the load itself is aborted only when every caller left.
 * - `peek(key, ttl)`: what is cached (memory first, then storage) and whether it is still fresh. A stale value is
 *   shown at once while a fresh one loads.
 * - `put(key, value, persist)`: stores in memory and, with `persist`, in storage. Storage that is full, blocked or
 *   missing is ignored silently.
 * - `cachedLoad(key, ttl, load)`: the three together, as the feed layer and the booking calendar's busy times use them.
 *
 * What may be persisted: only public data (a blog's feed). Callers pass `persist: false` for anything that carries
 * what a visitor typed (search queries) or personal data; those stay in this page's memory.
 *
 * Storage, within `STORAGE_LIMITS`: each entry is `blog-widgets:cache:<key>` → `{"time","key","value"}`, where
 * the key holds the feed's full address (two blogs on one origin, e.g. `/blog-a/` and `/blog-b/`, and two feed
 * addresses never share an entry; an entry whose recorded key differs is ignored). At most `entries` entries and
 * `chars` characters (names and values) in all, the oldest evicted first; an entry bigger than `entryChars` stays in
 * memory only; an entry older than `maxAge` is never used and is removed. Entries of earlier versions
 * (`blog-widgets:feed:…`, which could hold search queries) are removed the first time a page reads the cache.
 */
import { NetError, untilAborted } from './request.js';

interface Entry {
  time: number;
  value: unknown;
}

/** Bounds of the persistent cache (documented in the README, "Security and privacy"). */
export const STORAGE_LIMITS = Object.freeze({
  /** Most entries kept in storage. */
  entries: 20,
  /** Most characters (entry names plus values) kept in storage, about 1 MB as the browser counts it. */
  chars: 500_000,
  /** Largest single entry stored; a bigger one is kept in memory only. */
  entryChars: 200_000,
  /** Age after which a stored entry is never used and is removed: 24 hours. */
  maxAge: 24 * 3_600_000,
});

/** Most values kept in this page's memory (the least recently stored go first). */
const MEMORY_ENTRIES = 100;

const memory = new Map<string, Entry>();
const PREFIX = 'blog-widgets:cache:';
/** Names used by earlier versions for cache entries (one per search query typed): removed when seen. */
const LEGACY = /^blog-widgets:feed:/;
/** An entry as `put` writes it starts with its time: read without parsing the whole value. */
const TIME = /^\{"time":(\d{1,15}),/;

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

let swept = false;

/** Once per page: removes the entries of earlier versions (their names held what visitors searched for). */
function sweepLegacy(store: Storage | undefined): void {
  if (swept || !store) return;
  swept = true;
  try {
    for (let i = store.length - 1; i >= 0; i -= 1) {
      const name = store.key(i);
      if (name && LEGACY.test(name)) store.removeItem(name);
    }
  } catch {
    // blocked: nothing to do
  }
}

const expired = (time: number) => !(Date.now() - time < STORAGE_LIMITS.maxAge);

function remember(key: string, entry: Entry): void {
  memory.delete(key);
  memory.set(key, entry);
  while (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
}

function forget(store: Storage | undefined, name: string): void {
  try {
    store?.removeItem(name);
  } catch {
    // blocked: nothing to do
  }
}

/** The cached value and whether it is younger than `ttl` ms; undefined when nothing usable is cached. */
export function peek<T>(key: string, ttl: number, codec: Codec<T> = {}): { value: T; fresh: boolean } | undefined {
  if (ttl <= 0) return undefined;
  let entry = memory.get(key);
  if (entry && expired(entry.time)) {
    memory.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const store = storage();
    sweepLegacy(store);
    try {
      const raw = store?.getItem(PREFIX + key);
      if (raw) {
        const parsed = JSON.parse(raw) as Entry & { key?: unknown };
        if (typeof parsed?.time !== 'number' || parsed.key !== key || expired(parsed.time)) {
          forget(store, PREFIX + key);
          return undefined;
        }
        entry = { time: parsed.time, value: codec.decode ? codec.decode(parsed.value) : parsed.value };
        remember(key, entry);
      }
    } catch {
      forget(store, PREFIX + key);
      return undefined; // unreadable or blocked storage: as if empty
    }
  }
  if (!entry) return undefined;
  return { value: entry.value as T, fresh: Date.now() - entry.time < ttl };
}

/**
 * Makes room for an entry of `size` characters named `name`: removes expired, unreadable and earlier versions'
 * entries, then the oldest until the new one fits the limits.
 */
function makeRoom(store: Storage, name: string, size: number): void {
  const kept: { name: string; time: number; size: number }[] = [];
  for (let i = store.length - 1; i >= 0; i -= 1) {
    const other = store.key(i);
    if (!other || other === name) continue;
    if (LEGACY.test(other)) {
      store.removeItem(other);
      continue;
    }
    if (!other.startsWith(PREFIX)) continue;
    const raw = store.getItem(other) ?? '';
    const time = Number(TIME.exec(raw)?.[1]);
    if (!Number.isFinite(time) || expired(time)) store.removeItem(other);
    else kept.push({ name: other, time, size: other.length + raw.length });
  }
  kept.sort((a, b) => b.time - a.time);
  let count = 1;
  let total = size;
  for (const entry of kept) {
    if (count < STORAGE_LIMITS.entries && total + entry.size <= STORAGE_LIMITS.chars) {
      count += 1;
      total += entry.size;
    } else store.removeItem(entry.name);
  }
}

/** Stores a value in memory and, when `persist` is true, in storage within `STORAGE_LIMITS` (errors ignored). */
export function put(key: string, value: unknown, persist = true): void {
  const entry = { time: Date.now(), value };
  remember(key, entry);
  if (!persist) return;
  const store = storage();
  if (!store) return;
  const name = PREFIX + key;
  try {
    const text = JSON.stringify({ time: entry.time, key, value });
    const size = name.length + text.length;
    if (size > STORAGE_LIMITS.entryChars || size > STORAGE_LIMITS.chars) {
      store.removeItem(name); // an older, smaller copy would be stale: memory serves this page
      return;
    }
    makeRoom(store, name, size);
    store.setItem(name, text);
  } catch {
    // Quota exceeded or storage blocked: memory is enough.
    forget(store, name);
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
      if (name && (name.startsWith(PREFIX) || LEGACY.test(name))) store.removeItem(name);
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
