/**
 * `FeedController`: the loading life of a widget that shows posts (core/net's `LoadController`, with a feed's
 * own parts; no rendering).
 *
 * - Waits until the element comes near the viewport (IntersectionObserver, 300 px ahead) unless `eager`.
 * - Shows cached posts at once; a stale cache entry is shown while a fresh copy loads (stale-while-revalidate).
 * - One shared request per feed for every widget on the page; aborted when the element leaves the page or its
 *   source changes (a move in the page, disconnect + connect at once, lets it go on; back in the page, it loads
 *   again); a timeout error, HTTP status, unreadable data or a CORS refusal become `error`.
 */
import type { ReactiveControllerHost } from 'lit';
import { LoadController, type LoadState } from '../net/load-controller.js';
import { NetError } from '../net/request.js';
import type { FeedSource } from './detect.js';
import { cachedFeed, feedKey, loadFeed } from './load.js';
import type { Feed, PostQuery } from './types.js';

export type FeedState = LoadState;

export interface FeedRequest {
  source: FeedSource;
  query: PostQuery;
  ttl: number;
  timeout: number;
  eager: boolean;
}

export interface FeedCallbacks {
  /** A feed arrived (from the cache or the network). `stale` while a fresh copy is still loading. */
  onLoad(feed: Feed, stale: boolean): void;
  /** Loading failed (also when stale posts stay on screen). */
  onError(error: NetError): void;
}

export class FeedController extends LoadController<Feed, NetError> {
  private request?: FeedRequest;
  private key = '';
  private near = false;
  private observer?: IntersectionObserver;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FeedCallbacks,
  ) {
    super(host, {
      // Offline, a feed fails at once (a network error with its retry button), as it always did.
      waitOnline: false,
      toError: (error) =>
        error instanceof NetError ? error : new NetError('parse', (error as Error)?.message ?? String(error)),
      onValue: (feed) => callbacks.onLoad(feed, false),
      onError: (error) => callbacks.onError(error),
    });
  }

  /** The posts loaded last (also while a fresh copy loads or after refreshing it failed). */
  get feed(): Feed | undefined {
    return this.value;
  }

  override hostConnected(): void {
    if (this.request && this.state !== 'ready') this.watch();
  }

  override hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    super.hostDisconnected();
  }

  /** Gives the load up; a first load given up so starts again when the element is back (or the same is set). */
  override abort(reset = false): void {
    const again = reset || this.state === 'loading';
    if (again) this.key = '';
    super.abort(again);
  }

  /** Sets what to load; loads when it changed and the element is (or comes) near the viewport. */
  set(request: FeedRequest): void {
    const key = `${feedKey(request.source, request.query)}|${request.ttl}|${request.timeout}`;
    this.request = request;
    if (key === this.key) {
      // Switched to eager while still waiting to come into view.
      if (request.eager && !this.near) this.come();
      return;
    }
    this.key = key;
    if (request.eager) this.near = true;
    if (this.near) this.start();
    else this.watch();
  }

  /** Loads again from the network (the retry button). */
  override retry(): Promise<void> {
    if (this.request) {
      this.near = true;
      this.start(true);
    }
    return Promise.resolve();
  }

  private come(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = true;
    this.start();
  }

  private watch(): void {
    if (this.observer || this.near) {
      if (this.near && this.state === 'idle') this.start();
      return;
    }
    if (typeof IntersectionObserver === 'undefined') return this.come();
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.come(), {
      rootMargin: '300px',
    });
    this.observer.observe(this.host);
  }

  private start(force = false): void {
    const { source, query, ttl, timeout } = this.request!;
    const hit = force ? undefined : cachedFeed(source, query, ttl);
    if (hit) {
      this.settle(hit.feed);
      this.callbacks.onLoad(hit.feed, !hit.fresh);
      if (hit.fresh) return;
    }
    // Stale posts stay on screen while a fresh copy loads and when loading it fails.
    void this.run((signal) => loadFeed(source, query, { ttl, timeout, signal, revalidate: true }), {
      background: Boolean(hit),
    });
  }
}

/** The string that explains an error to a visitor. */
export function errorKey(
  error: NetError | undefined,
): 'posts.error.network' | 'posts.error.timeout' | 'posts.error.http' | 'posts.error.parse' | 'posts.error.cors' {
  switch (error?.kind) {
    case 'timeout':
      return 'posts.error.timeout';
    case 'http':
      return 'posts.error.http';
    case 'parse':
      return 'posts.error.parse';
    case 'cors':
      return 'posts.error.cors';
    default:
      return 'posts.error.network';
  }
}
