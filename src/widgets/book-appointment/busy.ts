/**
 * Booking's taken times from `busy-src` (or the Apps Script web app), on the shared load controller (core/net/
 * load-controller.ts): one request per address and minute among the widgets of the page (memory only, through
 * core/net/cache.ts), given up when the widget leaves the page and loaded again when it comes back mid-way.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { LoadController } from '../../core/net/load-controller.js';
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

export class BusyTimes {
  /** Busy times load with the page: said only once the visitor asks again (shown, not shouted, before that). */
  private retried = false;
  private settings?: BusySettings;
  /** Not waiting for the connection (offline, the request fails and says so, as before); a load cut short by leaving the page starts again on return. */
  private loader: LoadController<Busy[]>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.loader = new LoadController<Busy[]>(host, {
      waitOnline: false,
      resume: true,
      onError: (error) => console.warn(`[${host.localName}] busy-src: ${error.message}`),
    });
  }

  /** The taken times loaded last (kept while loading again and when that fails). */
  get times(): Busy[] {
    return this.loader.value ?? [];
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
      this.loader.abort();
      warnAttribute(
        this.host,
        this.host.localName,
        'busy-src',
        urlRefusal(settings.busySrc),
        new Words('no busy times'),
      );
      return;
    }
    this.load(url, settings.timeout, force);
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
    if (this.loader.state === 'loading')
      return html`<p class="status" role=${this.retried ? 'status' : nothing}>${t('booking.loadingBusy')}</p>`;
    if (this.loader.state !== 'error') return nothing;
    return html`<p class="alert busy-error" role=${this.retried ? 'alert' : nothing}>${t('booking.busyError')}
      <button type="button" class="link-button" @click=${this.retry}>${t('common.retry')}</button></p>`;
  }

  /** Loads the taken times at `url` (already checked as safe), unless fresh ones are cached; none without a url. */
  private load(url: string | undefined, timeout: number, force: boolean): void {
    if (!url) return this.loader.abort(true);
    const key = `booking-busy:${url}`;
    const cached = force ? undefined : peek<Busy[]>(key, BUSY_TTL);
    if (cached?.fresh) return this.loader.settle(cached.value);
    // One request for every widget on the page that shows the same calendar; kept in memory only, briefly.
    void this.loader.run((signal) =>
      cachedLoad(key, BUSY_TTL, async (inner) => parseBusy(await fetchJson(url, { timeout, signal: inner })), {
        signal,
        revalidate: true, // the fresh case was answered above, without a loading state
        persist: false,
      }),
    );
  }
}
