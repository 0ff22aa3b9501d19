/**
 * `FeedController`: the loading life of a widget that shows posts (a Lit reactive controller; no rendering).
 *
 * - Waits until the element comes near the viewport (IntersectionObserver, 300 px ahead) unless `eager`.
 * - Shows cached posts at once; a stale cache entry is shown while a fresh copy loads (stale-while-revalidate).
 * - One shared request per feed for every widget on the page; aborted when the element leaves the page or its
 *   source changes (a move in the page, disconnect + connect at once, lets it go on); a timeout error, HTTP status,
 *   unreadable data or a CORS refusal become `error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NetError } from '../net/request.js';
import type { FeedSource } from './detect.js';
import { cachedFeed, feedKey, loadFeed } from './load.js';
import type { Feed, PostQuery } from './types.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'error';

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

export class FeedController implements ReactiveController {
  state: FeedState = 'idle';
  feed?: Feed;
  error?: NetError;
  /** True while cached posts older than the TTL are shown and a fresh copy loads. */
  stale = false;

  private request?: FeedRequest;
  private key = '';
  private near = false;
  private observer?: IntersectionObserver;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.request && this.state !== 'ready') this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // A move (appendChild elsewhere) connects the element again before this runs: the load goes on.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.controller?.abort();
      this.controller = undefined;
      if (this.state === 'loading') {
        this.state = 'idle';
        this.key = '';
      }
    });
  }

  /** Sets what to load; loads when it changed and the element is (or comes) near the viewport. */
  set(request: FeedRequest): void {
    const key = `${feedKey(request.source, request.query)}|${request.ttl}|${request.timeout}`;
    this.request = request;
    if (key === this.key) {
      // Switched to eager while still waiting to come into view.
      if (request.eager && !this.near) {
        this.observer?.disconnect();
        this.observer = undefined;
        this.near = true;
        this.start();
      }
      return;
    }
    this.key = key;
    this.controller?.abort();
    if (request.eager) this.near = true;
    if (this.near) this.start();
    else {
      this.state = 'idle';
      this.watch();
    }
  }

  /** Loads again from the network (the retry button). */
  retry(): void {
    if (!this.request) return;
    this.near = true;
    this.start(true);
  }

  private watch(): void {
    if (this.observer || this.near) {
      if (this.near && this.state === 'idle') this.start();
      return;
    }
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      this.start();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = undefined;
        this.near = true;
        this.start();
      },
      { rootMargin: '300px' },
    );
    this.observer.observe(this.host);
  }

  private start(force = false): void {
    const request = this.request;
    if (!request) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const hit = force ? undefined : cachedFeed(request.source, request.query, request.ttl);
    if (hit) {
      this.feed = hit.feed;
      this.state = 'ready';
      this.stale = !hit.fresh;
      this.error = undefined;
      this.host.requestUpdate();
      this.callbacks.onLoad(hit.feed, this.stale);
      if (hit.fresh) return;
    } else {
      this.state = 'loading';
      this.stale = false;
      this.error = undefined;
      this.host.requestUpdate();
    }
    loadFeed(request.source, request.query, { ttl: request.ttl, timeout: request.timeout, signal: controller.signal, revalidate: true }).then(
      (feed) => {
        if (controller.signal.aborted) return;
        this.feed = feed;
        this.state = 'ready';
        this.stale = false;
        this.host.requestUpdate();
        this.callbacks.onLoad(feed, false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const netError = error instanceof NetError ? error : new NetError('parse', (error as Error)?.message ?? String(error));
        this.error = netError;
        // Stale posts stay on screen when revalidating fails.
        if (!this.feed || this.state !== 'ready') this.state = 'error';
        this.host.requestUpdate();
        this.callbacks.onError(netError);
      },
    );
  }
}

/** The string that explains an error to a visitor. */
export function errorKey(error: NetError | undefined): 'posts.error.network' | 'posts.error.timeout' | 'posts.error.http' | 'posts.error.parse' | 'posts.error.cors' {
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
