/**
 * Booking's taken times from `busy-src` (or the Apps Script web app): a reactive controller that loads them, shares
 * one request per address and minute among the widgets of the page (memory only), and stops when the widget leaves
 * the page (loading again when it comes back while still loading). The one place where busy times' async life is
 * kept, so that it can move onto the shared load controller (core/net) as one piece.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseBusy, type Busy } from '../../core/booking/slots.js';
import { cachedLoad, peek } from '../../core/net/cache.js';
import { fetchJson } from '../../core/net/request.js';

/** How long taken times are reused before asking again. */
const BUSY_TTL = 60_000;

export type BusyState = 'idle' | 'loading' | 'error' | 'ok';

export class BusyTimes implements ReactiveController {
  state: BusyState = 'idle';
  /** The taken times, once loaded. */
  times: Busy[] = [];
  private controller?: AbortController;
  private url?: string;
  private timeout = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page while loading: load again.
    if (this.state === 'loading' && this.url) void this.load(this.url, this.timeout);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Stops loading (the address was refused; what was loaded stays). */
  stop(): void {
    this.controller?.abort();
  }

  /** Loads the taken times at `url` (already checked as safe), unless fresh ones are cached; none without a url. */
  async load(url: string | undefined, timeout: number, force = false): Promise<void> {
    this.controller?.abort();
    this.url = url;
    this.timeout = timeout;
    if (!url) return this.set('idle', []);
    const key = `booking-busy:${url}`;
    const cached = force ? undefined : peek<Busy[]>(key, BUSY_TTL);
    if (cached?.fresh) return this.set('ok', cached.value);
    const controller = (this.controller = new AbortController());
    this.set('loading', this.times);
    try {
      // One request for every widget on the page that shows the same calendar; kept in memory only, briefly.
      const busy = await cachedLoad(key, BUSY_TTL, async (signal) => parseBusy(await fetchJson(url, { timeout, signal })), {
        signal: controller.signal,
        revalidate: true, // the fresh case was answered above, without a loading state
        persist: false,
      });
      if (controller.signal.aborted) return;
      this.set('ok', busy);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.set('error', this.times);
      console.warn(`[${this.host.localName}] busy-src: ${(error as Error).message}`);
    }
  }

  private set(state: BusyState, times: Busy[]): void {
    this.state = state;
    this.times = times;
    this.host.requestUpdate();
  }
}
