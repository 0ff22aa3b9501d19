import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { boolean, duration, integer, list, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import type { ErrorDetail, ErrorKind } from '../../core/errors.js';
import { formatWithTime, isolate } from '../../core/bidi.js';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel } from '../../core/heading.js';
import { enBooking } from '../../core/i18n/en/booking.js';
import { firstDayOfWeek, zoneName } from '../../core/booking/locale.js';
import { parseClosed } from '../../core/booking/closed.js';
import { parseHours } from '../../core/booking/hours.js';
import { generateSlots, parseBusy, slotsByDate, type Busy, type Slot } from '../../core/booking/slots.js';
import {
  addDays,
  browserZone,
  dateIn,
  dateKey,
  isValidZone,
  parseDateKey,
  weekday,
  type CivilDate,
} from '../../core/booking/zones.js';
import { formatDate } from '../../core/i18n/index.js';
import { cachedLoad, peek } from '../../core/net/cache.js';
import { fetchJson } from '../../core/net/request.js';
import { safeUrl, urlRefusal } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { styles } from './book-appointment.styles.js';
import type { BookingSteps, Step, StepsHost } from './steps.js';
import { narrowWeekday, WeekdayFit } from './weekday-fit.js';

const CONTACTS = ['email', 'phone', 'either', 'both'] as const;
const MODES = ['online', 'in-person', 'phone'] as const;
const FIELDS = ['age', 'concern', 'first-visit'] as const;
const CONFIRMS = ['request', 'instant'] as const;
const LAYOUTS = ['inline', 'button'] as const;
const TRANSPORTS = ['endpoint', 'whatsapp', 'mailto', 'google-forms', 'apps-script'] as const;

export type BookingContact = (typeof CONTACTS)[number];
export type BookingMode = (typeof MODES)[number];
export type BookingField = (typeof FIELDS)[number];
export type BookingTransport = (typeof TRANSPORTS)[number];
export type BookingConfirm = (typeof CONFIRMS)[number];
export type BookingLayout = (typeof LAYOUTS)[number];

/** What the visitor asks for: the body an `endpoint` receives and the `detail` of `appointment-request`. */
export interface AppointmentRequest {
  /** A random id, the same for every retry of this request: the idempotency key (also sent as the `Idempotency-Key` header to an `endpoint`). */
  requestId: string;
  /** Start, ISO 8601 in UTC. */
  start: string;
  /** End, ISO 8601 in UTC. */
  end: string;
  /** The practice's zone. */
  timezone: string;
  /** The visitor's zone. */
  visitorTimezone: string;
  mode: BookingMode;
  name: string;
  email: string;
  phone: string;
  /** The optional fields the owner asked for. */
  fields: { age?: string; concern?: string; firstVisit?: boolean };
  /** The page the request came from, without tracking parameters. */
  page: string;
}

/** `detail` of `appointment-sent`. */
export interface AppointmentSentDetail {
  request: AppointmentRequest;
  transport: BookingTransport;
  /** HTTP status (endpoint, apps-script). */
  status?: number;
  /** The id the server gave the request (`{ ok: true, id }`), when it gave one. */
  id?: string;
  /** The address opened (whatsapp, mailto). */
  url?: string;
}

/** `detail` of `appointment-error`. */
export interface AppointmentErrorDetail extends ErrorDetail {
  request: AppointmentRequest;
  transport: BookingTransport;
  /** `http`, `timeout`, `network`, `cors`, `setup`, `slot-taken` (the visitor is asked to pick another time), `invalid`, `closed`, `server` (see core/errors.ts). */
  kind: ErrorKind;
}

/** `detail` of `appointment-open`: the wa.me or mailto address about to open. */
export interface AppointmentOpenDetail {
  url: string;
  transport: 'whatsapp' | 'mailto';
}


/** How long taken times from `busy-src` are reused before asking again. */
const BUSY_TTL = 60_000;

/** The focused element, inside shadow roots too; undefined when nothing (the body) has focus. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * Lets a visitor request a session from the owner's weekly availability: a month calendar and the free times of
 * the chosen day, in the visitor's own time zone (correct across daylight-saving changes), a short details form,
 * review and send to the owner's endpoint, her own Google Calendar and Sheet (the Apps Script web app shipped in
 * integrations/google-apps-script), WhatsApp, email or Google Form, then a confirmation with an add-to-calendar file
 * and, when the owner set `upi` and `fee`, the session fee by UPI. Discreet by default: the reason for the visit never goes into a link or calendar file.
 *
 * @tagname book-appointment
 * @summary Book an appointment from weekly hours, in the visitor's time zone, privately.
 *
 * @fires {CustomEvent<AppointmentRequest>} appointment-request - Before sending, cancelable. Detail: the full `AppointmentRequest`.
 * @fires {CustomEvent<AppointmentSentDetail>} appointment-sent - The request was sent (or the WhatsApp/email message opened). Detail: `{ request, transport, status?, id?, url? }`.
 * @fires {CustomEvent<AppointmentErrorDetail>} appointment-error - Sending failed; everything entered is kept. Detail: `{ request, transport, kind, status?, message }`.
 * @fires {CustomEvent<AppointmentOpenDetail>} appointment-open - Before a wa.me or mailto address opens, cancelable (the page may open it itself). Detail: `{ url, transport }`.
 *
 * @csspart open - The button that opens the dialog (`layout="button"`).
 * @csspart dialog - The modal dialog (`layout="button"`).
 * @csspart crisis - The crisis note.
 * @csspart calendar - The month grid.
 * @csspart times - The list of free times.
 * @csspart form - The details form.
 * @csspart button - The main action buttons.
 *
 * @cssprop [--bw-booking-padding=1rem] - Space inside the widget's frame.
 * @cssprop [--bw-booking-crisis=#b3261e] - Colour of the crisis note's edge.
 * @cssprop [--bw-booking-error=color-mix(in srgb, #b3261e 60%, currentColor)] - Colour of error messages and invalid fields.
 * @cssprop [--bw-booking-input=transparent] - Background of text fields.
 * @cssprop [--bw-booking-dialog-background=Canvas] - Background of the dialog.
 * @cssprop [--bw-booking-dialog-color=CanvasText] - Text colour of the dialog.
 * @cssprop --bw-accent - Free days, chosen time and main buttons; by default the blog's own link colour (#1a73e8 on a page without links).
 */
export class BookAppointment extends BlogWidget {
  constructor() {
    super();
    new WeekdayFit(this);
  }

  static override defaultTag = 'book-appointment';
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = { en: enBooking, hi: () => import('../../core/i18n/hi/booking.js').then((m) => m.hiBooking) };

  /** The practice's IANA time zone, e.g. `Asia/Kolkata`. Missing or unknown: the visitor's zone (with a warning). */
  @property() timezone = '';

  /** Weekly hours: `mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00` (see the README for the syntax). */
  @property() hours = 'mon-fri 10:00-13:00 14:00-18:00';

  /** Session length in minutes. */
  @property({ converter: integer(50, 5, 720) }) duration = 50;

  /** Minutes kept free after each session. */
  @property({ converter: integer(10, 0, 720) }) buffer = 10;

  /** Minimum notice before a session can start: `24h`, `90m`, `2d` (the property is in milliseconds). */
  @property({ converter: duration(86_400_000) }) notice: number = 86_400_000;

  /** How many days ahead can be booked. */
  @property({ converter: integer(30, 1, 366) }) horizon = 30;

  /** Dates without sessions, in the practice's calendar: `2026-12-25 2026-12-30..2027-01-02`. */
  @property() closed = '';

  /** Optional URL answering JSON `[{ "start": ISO, "end": ISO }]` of taken times, which are hidden (one request per page and minute; it needs CORS when on another site). */
  @property({ attribute: 'busy-src' }) busySrc = '';

  /** Which contact details to ask for: `email`, `phone`, `either` (one of them) or `both`. */
  @property({ converter: oneOf(CONTACTS, 'email') }) contact: BookingContact = 'email';

  /** Session modes offered, space-separated: `online in-person phone`. */
  @property({ converter: list<BookingMode>(['online'], MODES) }) modes: BookingMode[] = ['online'];

  /** Optional extra fields: `age`, `concern`, `first-visit`. */
  @property({ converter: list<BookingField>([], FIELDS) }) fields: BookingField[] = [];

  /** Text of the required consent checkbox. Default: a sentence in the visitor's language. */
  @property() consent = '';

  /** Address of the privacy policy, linked next to the consent checkbox. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** An always-visible line for people in crisis, e.g. "This form is not for emergencies. In India call Tele-MANAS 14416". */
  @property({ attribute: 'crisis-note' }) crisisNote = '';

  /** `request` (the owner confirms later) or `instant` (the slot is booked). */
  @property({ converter: oneOf(CONFIRMS, 'request') }) confirm: BookingConfirm = 'request';

  /** The practitioner's name, used in "Dr … will confirm by email". */
  @property() practitioner = '';

  /** `inline` (default) or `button`: a button that opens the booking in a modal dialog. */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'inline') }) layout: BookingLayout = 'inline';

  /**
   * Level of the widget's top heading (1-6): the step's heading, or the dialog's title with `layout="button"`;
   * the headings under it are one level below. Default 4: under a Blogger gadget's `h3` title.
   */
  @property({ attribute: 'heading-level', converter: headingLevel })
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Label of the button that opens the dialog. Default: "Book an appointment". */
  @property({ attribute: 'button-label' }) buttonLabel = '';

  /** Where the request goes: `endpoint` (a JSON POST to the owner's endpoint, given in action), `apps-script` (the owner's own Google Calendar and Sheet, through her Apps Script web app given in action, which also answers the busy times), `whatsapp`, `mailto` or `google-forms`. */
  @property({ converter: oneOf(TRANSPORTS, 'endpoint') }) transport: BookingTransport = 'endpoint';

  /** The endpoint URL (`endpoint`), the web app's `/exec` URL (`apps-script`) or the Google Form's `formResponse` URL (`google-forms`). */
  @property() action = '';

  /** WhatsApp number with country code (`whatsapp` transport), e.g. `+91 98765 43210`. */
  @property() whatsapp = '';

  /** The owner's email address (`mailto` transport). */
  @property() email = '';

  /** Google Form entry ids as `name=target` pairs: `name=entry.111 email=entry.222 when=entry.333` (`name:entry.111` is read the same; keys: request-id start end when timezone visitorTimezone mode name email phone age concern first-visit page). */
  @property({ attribute: 'field-map' }) fieldMap = '';

  /** On by default: calendar files, WhatsApp text and email subjects say only "Appointment" (or `event-title`). `discreet="false"` names the practitioner. */
  @property({ converter: boolean }) discreet = true;

  /** Title of the calendar event and email subject. Default: "Appointment". */
  @property({ attribute: 'event-title' }) eventTitle = '';

  /** How long to wait for the endpoint or `busy-src`: `20s`, `1m` (the property is in milliseconds). */
  @property({ converter: duration(20_000) }) timeout: number = 20_000;

  /** The owner's UPI id (VPA), e.g. `drname@okbank`: with `fee`, the confirmation offers to pay the fee by UPI. */
  @property() upi = '';

  /** The session fee in rupees, e.g. `500` or `499.50` (with `upi`). */
  @property() fee = '';

  /** The payee's name shown by the visitor's UPI app. Default: `practitioner`. */
  @property({ attribute: 'upi-name' }) upiName = '';

  /** The visitor's IANA time zone. Default: the browser's. */
  @property({ attribute: 'visitor-timezone' }) visitorTimezone = '';

  /** The present, in epoch milliseconds, for previews and tests. Default: the clock. */
  @property({ attribute: false }) now?: number;

  @state() private step: Step = 'when';
  @state() private inPracticeZone = false;
  @state() private viewMonth?: { year: number; month: number };
  @state() private focusKey?: string;
  @state() private dayKey?: string;
  @state() private chosen?: Slot;
  @state() private busy: Busy[] = [];
  @state() private busyState: 'idle' | 'loading' | 'error' | 'ok' = 'idle';
  @state() private stepsFailed = false;
  /** The time the visitor chose was taken meanwhile (the server said so): the calendar says so above the days. */
  @state() private takenNotice?: 'slot-taken' | 'closed';
  /** Times the server said were taken, hidden even before busy times are loaded again. */
  private taken: Busy[] = [];

  private slots: Slot[] = [];
  private byDay = new Map<string, Slot[]>();
  private practiceZone = 'UTC';
  private visitorZone = 'UTC';
  private slotsKey = '';
  private focusAfterUpdate?: string;
  /** The details, review and done steps, once loaded (see loadSteps). */
  private steps?: BookingSteps;
  private stepsLoad?: Promise<void>;
  private busyController?: AbortController;
  private opener?: HTMLElement;

  /** The zone times are shown in now. */
  private get displayZone(): string {
    return this.inPracticeZone ? this.practiceZone : this.visitorZone;
  }

  private get clock(): number {
    return this.now ?? Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while busy times were loading: load them again.
    if (this.hasUpdated && this.busyState === 'loading') this.loadBusy();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.steps?.abort();
    this.busyController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone') || changed.has('visitorTimezone') || !this.hasUpdated) this.resolveZones();
    if (changed.has('busySrc') || ((changed.has('transport') || changed.has('action')) && !this.busySrc)) this.loadBusy();
    if (changed.has('upi') || changed.has('fee')) this.checkPayment();
    const key = JSON.stringify([
      this.practiceZone, this.visitorZone, this.inPracticeZone, this.hours, this.duration, this.buffer, this.notice,
      this.horizon, this.closed, this.busy, this.taken, this.now,
    ]);
    if (key !== this.slotsKey) {
      this.slotsKey = key;
      this.computeSlots();
    }
  }

  private resolveZones(): void {
    const browser = browserZone();
    this.visitorZone = browser;
    const visitor = (this.visitorTimezone ?? '').trim();
    const practice = (this.timezone ?? '').trim();
    if (visitor) {
      if (isValidZone(visitor)) this.visitorZone = visitor;
      else this.warnAttribute('visitor-timezone', `"${this.visitorTimezone}" is not an IANA time zone`, browser);
    }
    if (isValidZone(practice)) this.practiceZone = practice;
    else {
      const why = practice ? `"${practice}" is not an IANA time zone like Asia/Kolkata` : 'missing (the practice\u2019s IANA time zone, like Asia/Kolkata)';
      this.warnAttribute('timezone', why, new Words(`the visitor's zone, ${this.visitorZone}`));
      this.practiceZone = this.visitorZone;
    }
    if (this.practiceZone === this.visitorZone) this.inPracticeZone = false;
  }

  private computeSlots(): void {
    const hours = parseHours(this.hours ?? '');
    // What is used instead: the parts that could be read, or nothing at all when none could.
    const rest = new Words(hours.week.some((day) => day.length) ? 'the other parts' : 'no hours (no day can be booked)');
    for (const problem of hours.problems) this.warnAttribute('hours', problem, rest);
    const closed = parseClosed(this.closed ?? '');
    for (const problem of closed.problems) this.warnAttribute('closed', problem, new Words('the other dates'));
    this.slots = generateSlots({
      week: hours.week,
      timezone: this.practiceZone,
      now: this.clock,
      duration: this.duration,
      buffer: this.buffer,
      notice: this.notice,
      horizon: this.horizon,
      closed: closed.ranges,
      busy: [...this.busy, ...this.taken],
    });
    this.byDay = slotsByDate(this.slots, this.displayZone);
    // A chosen time that is no longer free (busy times arrived) is dropped; the chosen day follows the zone shown.
    if (this.chosen && !this.slots.some((s) => s.start === this.chosen!.start)) {
      this.chosen = undefined;
      if (this.step !== 'when' && this.step !== 'done') this.step = 'when';
    }
    if (this.chosen) this.dayKey = dateKey(dateIn(this.chosen.start, this.displayZone));
    if (this.dayKey && !this.byDay.has(this.dayKey) && !this.chosen) this.dayKey = undefined;
    const first = this.slots[0] ? dateKey(dateIn(this.slots[0].start, this.displayZone)) : this.todayKey;
    // The grid's Tab stop is the first day with free times until the visitor moves it (busy times arriving, or
    // the other zone, may take the day that looked free).
    const was = this.focusKey;
    const kept = was !== undefined && this.inRange(was) && (this.focusMoved || this.byDay.has(was));
    this.focusKey = this.dayKey ?? (kept ? was : first);
    const focus = parseDateKey(this.focusKey)!;
    this.viewMonth = { year: focus.year, month: focus.month };
  }

  /** Busy times load with the page: said only once the visitor asks again (shown, not shouted, before that). */
  private busyRetried = false;

  private retryBusy(): void {
    this.busyRetried = true;
    void this.loadBusy(true);
  }

  /** The UPI settings are checked as soon as they are set (so the owner sees a warning on her own page); the checks load only on pages that set them. */
  private checkPayment(): void {
    if (!this.upi && !this.fee) return;
    const { upi, fee } = this;
    void import('../../core/booking/upi.js').then(({ paymentProblems }) => {
      for (const p of paymentProblems(upi, fee)) this.warnAttribute(p.attribute, p.why, new Words('no payment step'));
    }, () => undefined);
  }

  /** Where busy times come from: `busy-src`, else the Apps Script web app itself (its doGet answers them). */
  private get busySource(): string {
    if (this.busySrc || this.transport !== 'apps-script' || !safeUrl(this.action)) return this.busySrc;
    const url = new URL(safeUrl(this.action)!, location.href);
    url.searchParams.set('horizon', String(this.horizon));
    return url.href;
  }

  private async loadBusy(force = false): Promise<void> {
    this.busyController?.abort();
    const source = this.busySource;
    const url = safeUrl(source);
    if (!source) {
      this.busyState = 'idle';
      this.busy = [];
      return;
    }
    if (!url) {
      this.warnAttribute('busy-src', urlRefusal(this.busySrc), new Words('no busy times'));
      return;
    }
    const key = `booking-busy:${url}`;
    const cached = force ? undefined : peek<Busy[]>(key, BUSY_TTL);
    if (cached?.fresh) {
      this.busy = cached.value;
      this.busyState = 'ok';
      return;
    }
    const controller = (this.busyController = new AbortController());
    this.busyState = 'loading';
    try {
      // One request for every widget on the page that shows the same calendar; kept in memory only, briefly.
      const busy = await cachedLoad(key, BUSY_TTL, async (signal) => parseBusy(await fetchJson(url, { timeout: this.timeout, signal })), {
        signal: controller.signal,
        revalidate: true, // the fresh case was answered above, without a loading state
        persist: false,
      });
      if (controller.signal.aborted) return;
      this.busy = busy;
      this.busyState = 'ok';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.busyState = 'error';
      console.warn(`[${this.localName}] busy-src: ${(error as Error).message}`);
    }
  }

  // ---- formatting ---------------------------------------------------------------------------------------------

  private zoneName(zone: string): string {
    return zoneName(this.language, zone, this.clock);
  }

  private formatTime(instant: number, zone: string): string {
    return formatDate(new Date(instant), this.language, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  }

  private formatWhen(instant: number, zone: string): string {
    return formatWithTime(new Date(instant), this.language, {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }, this.textDirection);
  }

  private formatDay(date: CivilDate, withYear = true): string {
    return formatDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), this.language, {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
  }

  private get todayKey(): string {
    return dateKey(dateIn(this.clock, this.displayZone));
  }

  private get lastKey(): string {
    return dateKey(dateIn(this.clock + this.horizon * 86_400_000, this.displayZone));
  }

  private inRange(key: string): boolean {
    return key >= this.todayKey.slice(0, 8) + '01' && key <= this.lastKey;
  }

  private get eventName(): string {
    if (this.eventTitle) return this.eventTitle;
    if (!this.discreet && this.practitioner) return this.t('booking.eventWith', { who: this.practitioner });
    return this.t('booking.eventTitle');
  }

  // ---- calendar -----------------------------------------------------------------------------------------------

  private firstDayOfWeek(): number {
    return firstDayOfWeek(this.language);
  }

  /** Whether the visitor moved the grid's focus (then it stays where they put it). */
  private focusMoved = false;

  /** The day last chosen that has no free times (said in the status until another day is chosen). */
  @state() private emptyDay?: string;

  private moveFocus(key: string): void {
    this.focusMoved = true;
    const min = `${this.todayKey.slice(0, 8)}01`;
    const max = this.lastKey;
    const clamped = key < min ? min : key > max ? max : key;
    const date = parseDateKey(clamped)!;
    this.focusKey = clamped;
    this.viewMonth = { year: date.year, month: date.month };
    this.focusAfterUpdate = `td[data-date="${clamped}"]`;
  }

  private addMonths(date: CivilDate, months: number): CivilDate {
    const index = date.year * 12 + date.month - 1 + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, month, day: Math.min(date.day, last) };
  }

  private onGridKey(event: KeyboardEvent): void {
    const current = parseDateKey(this.focusKey ?? this.todayKey)!;
    const rtl = this.textDirection === 'rtl';
    const first = this.firstDayOfWeek();
    const column = (weekday(current) - first + 7) % 7;
    let next: CivilDate | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(current, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = addDays(current, rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        next = addDays(current, 7);
        break;
      case 'ArrowUp':
        next = addDays(current, -7);
        break;
      case 'Home':
        next = addDays(current, -column);
        break;
      case 'End':
        next = addDays(current, 6 - column);
        break;
      case 'PageUp':
        next = this.addMonths(current, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = this.addMonths(current, event.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        void this.chooseDay(dateKey(current));
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveFocus(dateKey(next));
  }

  private async chooseDay(key: string): Promise<void> {
    void this.loadSteps();
    this.focusKey = key;
    this.focusMoved = true;
    if (!this.byDay.has(key)) {
      // Emptied first, so that choosing the same day again is said again.
      this.emptyDay = undefined;
      await this.updateComplete;
      this.emptyDay = key;
      return;
    }
    this.emptyDay = undefined;
    this.dayKey = key;
  }

  private changeMonth(delta: number): void {
    const current = parseDateKey(this.focusKey ?? this.todayKey)!;
    const next = dateKey(this.addMonths(current, delta));
    this.moveFocus(next);
    this.focusAfterUpdate = undefined; // focus stays on the month button
  }

  private renderCalendar() {
    const view = this.viewMonth!;
    const first = this.firstDayOfWeek();
    const start: CivilDate = { year: view.year, month: view.month, day: 1 };
    const lead = (weekday(start) - first + 7) % 7;
    const days = new Date(Date.UTC(view.year, view.month, 0)).getUTCDate();
    const cells: (CivilDate | undefined)[] = [...Array(lead).fill(undefined)];
    for (let d = 1; d <= days; d += 1) cells.push({ year: view.year, month: view.month, day: d });
    while (cells.length % 7) cells.push(undefined);
    const weeks: (CivilDate | undefined)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    const headers = Array.from({ length: 7 }, (_, i) => {
      const sample = new Date(Date.UTC(2026, 1, 1 + ((first + i) % 7))); // 1 Feb 2026 is a Sunday
      const short = formatDate(sample, this.language, { timeZone: 'UTC', weekday: 'short' });
      return {
        short,
        narrow: narrowWeekday(short, formatDate(sample, this.language, { timeZone: 'UTC', weekday: 'narrow' })),
        long: formatDate(sample, this.language, { timeZone: 'UTC', weekday: 'long' }),
      };
    });
    const monthLabel = formatDate(new Date(Date.UTC(view.year, view.month - 1, 1)), this.language, {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    });
    const firstMonth = this.todayKey.slice(0, 7);
    const lastMonth = this.lastKey.slice(0, 7);
    const shown = `${String(view.year).padStart(4, '0')}-${String(view.month).padStart(2, '0')}`;
    const today = this.todayKey;
    return html`<div class="calendar" part="calendar">
      <div class="month">
        <button type="button" class="prev" aria-label=${this.t('booking.prevMonth')} ?disabled=${shown <= firstMonth}
          @click=${() => this.changeMonth(-1)}>${this.textDirection === 'rtl' ? '\u203A' : '\u2039'}</button>
        ${heading(this.stepLevel + 1, { id: 'month', live: 'polite' }, monthLabel)}
        <button type="button" class="next" aria-label=${this.t('booking.nextMonth')} ?disabled=${shown >= lastMonth}
          @click=${() => this.changeMonth(1)}>${this.textDirection === 'rtl' ? '\u2039' : '\u203A'}</button>
      </div>
      <p class="visually-hidden" id="grid-help">${this.t('booking.calendarHelp')}</p>
      <table role="grid" aria-labelledby="month" aria-describedby="grid-help" @keydown=${this.onGridKey}>
        <thead>
          <tr>${headers.map(
            (h) => html`<th scope="col"><span class="visually-hidden">${h.long}</span><span class="short" aria-hidden="true">${h.short}</span><span
              class=${h.narrow ? 'narrow' : 'narrow tight'} aria-hidden="true">${h.narrow || h.short}</span></th>`,
          )}</tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((date) => {
                if (!date) return html`<td></td>`;
                const key = dateKey(date);
                const free = this.byDay.get(key)?.length ?? 0;
                const label = free ? this.formatDay(date) : this.t('booking.noTimesDay', { date: this.formatDay(date) });
                return html`<td role="gridcell" data-date=${key} tabindex=${key === this.focusKey ? 0 : -1}
                  class=${key === today ? 'today' : ''} aria-label=${label} aria-disabled=${free ? 'false' : 'true'}
                  aria-selected=${key === this.dayKey ? 'true' : 'false'} aria-current=${key === today ? 'date' : nothing}
                  @click=${() => void this.chooseDay(key)}>${formatDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), this.language, { timeZone: 'UTC', day: 'numeric' })}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTimes() {
    const day = this.dayKey ? parseDateKey(this.dayKey) : undefined;
    const times = this.dayKey ? (this.byDay.get(this.dayKey) ?? []) : [];
    const dayText = day ? this.formatDay(day, false) : '';
    return html`<div class="times-block">
      <p class="status" role="status">${this.emptyDay
        ? this.t('booking.noTimesDay', { date: isolate(this.formatDay(parseDateKey(this.emptyDay)!, false), this.textDirection) })
        : day
          ? this.t('booking.timeCount', { count: times.length, date: isolate(dayText, this.textDirection) })
          : ''}</p>
      ${day
        ? html`${heading(this.stepLevel + 1, { id: 'times-heading' }, this.t('booking.timesOn', { date: isolate(dayText, this.textDirection) }))}
            <ul class="times" part="times" aria-labelledby="times-heading">
              ${times.map(
                (slot) => html`<li>
                  <button type="button" class="button" part="button" data-start=${new Date(slot.start).toISOString()}
                    aria-pressed=${this.chosen?.start === slot.start ? 'true' : 'false'} @click=${() => this.chooseSlot(slot)}>
                    <bdi>${this.formatTime(slot.start, this.displayZone)}</bdi>
                  </button>
                </li>`,
              )}
            </ul>`
        : html`<p class="hint">${this.t('booking.pickDate')}</p>`}
    </div>`;
  }

  private chooseSlot(slot: Slot): void {
    void this.loadSteps();
    this.takenNotice = undefined;
    this.chosen = slot;
    this.go('details');
  }

  // ---- steps --------------------------------------------------------------------------------------------------

  private go(step: Step): void {
    // On the real clock, free times are worked out again at every step: a page left open must not offer a time
    // that is now inside the notice period (the chosen time is dropped if so).
    if (this.now === undefined) this.slotsKey = '';
    this.step = step;
    this.focusAfterUpdate = '.step';
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  // ---- details, review, done (loaded on demand: steps.ts) ---------------------------------------------------

  /** Starts loading the later steps (a day was picked, so a time may follow); settles when they are ready. */
  private loadSteps(): Promise<void> {
    if (this.steps) return Promise.resolve();
    this.stepsFailed = false;
    return (this.stepsLoad ??= import('./steps.js').then(
      ({ BookingSteps }) => {
        this.steps = new BookingSteps(this.stepsHost());
        this.requestUpdate();
      },
      () => {
        this.stepsLoad = undefined;
        this.stepsFailed = true;
      },
    ));
  }

  /** `updateComplete` also waits for the later steps while they load, so that they have rendered when it settles. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Nothing loading (or loaded already, its update long done): no second wait.
    if (!this.stepsLoad || this.steps) return done;
    await this.stepsLoad;
    return super.getUpdateComplete();
  }

  /** The view of this widget that the later steps work with. */
  private stepsHost(): StepsHost {
    const el = this;
    return {
      el,
      get practiceZone() {
        return el.practiceZone;
      },
      get visitorZone() {
        return el.visitorZone;
      },
      get displayZone() {
        return el.displayZone;
      },
      get chosen() {
        return el.chosen;
      },
      get clock() {
        return el.clock;
      },
      get eventName() {
        return el.eventName;
      },
      get language() {
        return el.language;
      },
      t: (key, params) => this.t(key, params),
      formatWhen: (instant, zone) => this.formatWhen(instant, zone),
      go: (step) => this.go(step),
      focus: (selector) => {
        this.focusAfterUpdate = selector;
      },
      slotTaken: (slot, kind) => {
        this.taken = [...this.taken, { start: slot.start, end: slot.end }];
        this.takenNotice = kind;
        this.chosen = undefined;
        this.go('when');
        void this.loadBusy(true);
      },
      startOver: () => {
        this.chosen = undefined;
        this.dayKey = undefined;
        this.go('when');
      },
      emit: (type, detail, cancelable) => this.emit(type, detail, cancelable),
      warnAttribute: (attribute, why, using) => this.warnAttribute(attribute, why, using),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  /** In place of a later step while its code loads, or when it could not be loaded. */
  private renderStepsLoading() {
    if (!this.stepsFailed) return html`<p class="status" role="status">${this.t('common.loading')}</p>`;
    // The later steps load once the visitor picked a day: their failure follows an action, and is announced.
    return html`<p class="alert" role="alert">${this.t('common.error')}
      <button type="button" class="link-button" @click=${() => void this.loadSteps()}>${this.t('common.retry')}</button></p>`;
  }

  // ---- dialog -------------------------------------------------------------------------------------------------

  /** Opens the dialog (`layout="button"`). */
  show(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    // Whatever had focus before, in the page (the owner's own button) or in here; ours when nothing had.
    this.opener = deepActiveElement() ?? this.renderRoot.querySelector<HTMLElement>('[part=open]') ?? undefined;
    dialog.showModal();
    // The dialog's title first, so that the crisis note and the step follow in reading order.
    this.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus();
  }

  /** Closes the dialog and returns focus to the button that opened it. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** Keeps Tab inside the dialog: from the last control to the first and back. */
  private onDialogKey(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, [tabindex="0"]')].filter(
      (node) => !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0,
    );
    if (!controls.length) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const first = controls[0];
    const last = controls[controls.length - 1];
    // Before the first control (the title, focused on opening, comes before it) Shift+Tab wraps to the last.
    const before = !active || !dialog.contains(active) || active === first || !!(active.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (event.shiftKey && before) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  private onDialogClose(): void {
    // Back where the visitor was; when that is gone or hidden, our open button; else the widget itself.
    const shown = (node: HTMLElement | null | undefined) => !!node?.isConnected && node.getClientRects().length > 0;
    const ours = this.renderRoot.querySelector<HTMLElement>('[part=open]');
    const target = [this.opener, ours].find(shown);
    if (target) target.focus();
    else if (this.opener?.isConnected) this.opener.focus();
  }

  // ---- render -------------------------------------------------------------------------------------------------

  /** The step's heading level: the top one, or one below the dialog's title. */
  private get stepLevel(): number {
    return this.layout === 'button' ? this.headingLevel + 1 : this.headingLevel;
  }

  private stepHeading(): string {
    switch (this.step) {
      case 'when':
        return this.t('booking.stepWhen');
      case 'details':
        return this.t('booking.stepDetails');
      case 'review':
        return this.t('booking.stepReview');
      default: {
        const t = this.steps?.sent?.transport;
        if (t === 'whatsapp') return this.t('booking.doneWhatsapp');
        if (t === 'mailto') return this.t('booking.doneEmail');
        return this.t(this.confirm === 'instant' ? 'booking.doneInstant' : 'booking.doneRequest');
      }
    }
  }

  private renderFlow(): TemplateResult {
    const differ = this.practiceZone !== this.visitorZone;
    const other = this.inPracticeZone ? this.visitorZone : this.practiceZone;
    let body: unknown;
    if (this.step === 'when') {
      body = !this.slots.length
        ? html`<p class="empty">${this.t('booking.noSlots', { count: this.horizon })}</p>`
        : html`${this.renderCalendar()}${this.renderTimes()}`;
    } else if (!this.steps) body = this.renderStepsLoading();
    else if (this.step === 'details' && this.chosen) body = this.steps.renderDetails(this.chosen);
    else if (this.step === 'review' && this.chosen) body = this.steps.renderReview();
    else if (this.step === 'done' && this.steps.sent) body = this.steps.renderDone(this.steps.sent);
    return html`<div class="root" lang=${this.language} dir=${this.textDirection}>
      ${this.crisisNote ? html`<p class="crisis" part="crisis" lang=${this.contentLanguage} dir="auto">${this.crisisNote}</p>` : nothing}
      ${heading(this.stepLevel, { class: 'step', tabindex: '-1' }, this.stepHeading())}
      ${this.step === 'when'
        ? html`<p class="zone">
            <span>${this.t('booking.timesShownIn', { zone: isolate(this.zoneName(this.displayZone), this.textDirection) })}</span>
            ${differ
              ? html`<button type="button" class="link-button zone-switch" @click=${() => (this.inPracticeZone = !this.inPracticeZone)}>
                  ${this.t(this.inPracticeZone ? 'booking.showMine' : 'booking.showPractice', { zone: isolate(this.zoneName(other), this.textDirection) })}
                </button>`
              : nothing}
          </p>`
        : nothing}
      ${this.busyState === 'loading'
        ? html`<p class="status" role=${this.busyRetried ? 'status' : nothing}>${this.t('booking.loadingBusy')}</p>`
        : nothing}
      ${this.busyState === 'error'
        ? html`<p class="alert busy-error" role=${this.busyRetried ? 'alert' : nothing}>${this.t('booking.busyError')}
            <button type="button" class="link-button" @click=${this.retryBusy}>${this.t('common.retry')}</button></p>`
        : nothing}
      ${this.step === 'when' && this.takenNotice
        ? html`<p class="alert taken" role="alert">${this.t(this.takenNotice === 'closed' ? 'booking.slotClosed' : 'booking.slotTaken')}</p>`
        : nothing}
      ${body}
    </div>`;
  }

  protected override render() {
    if (this.layout !== 'button') return this.renderFlow();
    const label = this.buttonLabel || this.t('booking.open');
    return html`<button type="button" class="button" part="open" aria-haspopup="dialog" @click=${this.show}>${label}</button>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @keydown=${this.onDialogKey}>
        <div class="dialog-head">
          ${heading(this.headingLevel, { id: 'dialog-title', tabindex: '-1', lang: this.language }, label)}
          <button type="button" class="button quiet close" @click=${this.close}>${this.t('booking.close')}</button>
        </div>
        <div class="in-dialog">${this.renderFlow()}</div>
      </dialog>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appointment-request': CustomEvent<AppointmentRequest>;
    'appointment-sent': CustomEvent<AppointmentSentDetail>;
    'appointment-error': CustomEvent<AppointmentErrorDetail>;
    'appointment-open': CustomEvent<AppointmentOpenDetail>;
  }
}
