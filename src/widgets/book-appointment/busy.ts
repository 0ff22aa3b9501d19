/**
 * Booking's taken times from `busy-src` (or the Apps Script web app): a reactive controller that loads them, shares
 * one request per address and minute among the widgets of the page (memory only), and stops when the widget leaves
 * the page (loading again when it comes back while still loading). The one place where busy times' async life is
 * kept, so that it can move onto the shared load controller (core/net) as one piece.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseBusy, type Busy } from '../../core/booking/slots.js';
import { cachedLoad, peek } from '../../core/net/cache.js';
import { fetchJson } from '../../core/net/request.js';
import type { Params, StringKey } from '../../core/i18n/index.js';
import { safeUrl, urlRefusal } from '../../core/safe.js';
import { warnAttribute, Words } from '../../core/warn.js';

/** The attributes that say where busy times come from. */
export interface BusySettings {
  busySrc: string;
  transport: string;
  action: string;
  horizon: number;
  timeout: number;
}

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
  /** Busy times load with the page: said only once the visitor asks again (shown, not shouted, before that). */
  private retried = false;
  private settings?: BusySettings;

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

  /** Where busy times come from: `busy-src`, else the Apps Script web app itself (its doGet answers them). */
  private source(settings: BusySettings): string {
    const { busySrc, transport, action, horizon } = settings;
    if (busySrc || transport !== 'apps-script' || !safeUrl(action)) return busySrc;
    const url = new URL(safeUrl(action)!, location.href);
    url.searchParams.set('horizon', String(horizon));
    return url.href;
  }

  /** Loads the busy times `settings` point to (again, when `force`); a refused address warns and loads nothing. */
  update(settings: BusySettings, force = false): void {
    this.settings = settings;
    const source = this.source(settings);
    const url = safeUrl(source);
    if (source && !url) {
      this.controller?.abort();
      warnAttribute(this.host, this.host.localName, 'busy-src', urlRefusal(settings.busySrc), new Words('no busy times'));
      return;
    }
    void this.load(url, settings.timeout, force);
  }

  /** Loads again from the network (the visitor asked, or a time was taken meanwhile). */
  reload(): void {
    if (this.settings) this.update(this.settings, true);
  }

  private retry = (): void => {
    this.retried = true;
    this.reload();
  };

  /** The loading and error lines above the calendar. */
  render(t: (key: StringKey, params?: Params) => string) {
    if (this.state === 'loading') return html`<p class="status" role=${this.retried ? 'status' : nothing}>${t('booking.loadingBusy')}</p>`;
    if (this.state !== 'error') return nothing;
    return html`<p class="alert busy-error" role=${this.retried ? 'alert' : nothing}>${t('booking.busyError')}
      <button type="button" class="link-button" @click=${this.retry}>${t('common.retry')}</button></p>`;
  }

  /** Loads the taken times at `url` (already checked as safe), unless fresh ones are cached; none without a url. */
  private async load(url: string | undefined, timeout: number, force = false): Promise<void> {
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
