import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from '../../core/heading.js';
import { enBooking } from '../../core/i18n/en/booking.js';
import { addMonths, firstDayOfWeek, nextFocus } from '../../core/booking/calendar.js';
import { zoneName } from '../../core/booking/locale.js';
import { freeSlots, resolveZones } from '../../core/booking/schedule.js';
import { slotsByDate, type Busy, type Slot } from '../../core/booking/slots.js';
import { browserZone, dateIn, dateKey, parseDateKey } from '../../core/booking/zones.js';
import type { Params, StringKey } from '../../core/i18n/index.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { styles } from './book-appointment.styles.js';
import type {
  BookingConfirm,
  BookingContact,
  BookingField,
  BookingLayout,
  BookingMode,
  BookingTransport,
} from '../../core/booking/options.js';
import type { AppointmentRequest } from '../../core/booking/request.js';
import type { AppointmentErrorDetail, AppointmentOpenDetail, AppointmentSentDetail, Step, StepsView } from './types.js';
import { BookingAttributes } from './attributes.js';
import { BusyTimes } from './busy.js';
import { DialogControl } from './dialog-control.js';
import { StepsLoader } from './steps-loader.js';
import { WeekdayFit } from './weekday-fit.js';
import { renderCalendar, renderTimes, renderZone, type CalendarState, type ZoneState } from './calendar-view.js';

export type {
  BookingContact,
  BookingMode,
  BookingField,
  BookingTransport,
  BookingConfirm,
  BookingLayout,
  AppointmentRequest,
};
export type { AppointmentErrorDetail, AppointmentOpenDetail, AppointmentSentDetail };

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
export class BookAppointment extends BookingAttributes {
  constructor() {
    super();
    new WeekdayFit(this);
  }

  /** Taken times from `busy-src` (or the Apps Script web app). */
  private busy = new BusyTimes(this);

  static override defaultTag = 'book-appointment';
  /** Internal reactive state (static properties rather than decorators: fewer bytes). */
  static override properties: PropertyDeclarations = {
    step: { state: true },
    inPracticeZone: { state: true },
    focusKey: { state: true },
    dayKey: { state: true },
    chosen: { state: true },
    takenNotice: { state: true },
    emptyDay: { state: true },
  };
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = {
    en: enBooking,
    hi: () => import('../../core/i18n/hi/booking.js').then((m) => m.hiBooking),
  };

  private step: Step = 'when';
  private inPracticeZone = false;
  private focusKey?: string;
  private dayKey?: string;
  private chosen?: Slot;
  /** The time the visitor chose was taken meanwhile (the server said so): the calendar says so above the days. */
  private takenNotice?: 'slot-taken' | 'closed';
  /** Times the server said were taken, hidden even before busy times are loaded again. */
  private taken: Busy[] = [];

  private slots: Slot[] = [];
  private byDay = new Map<string, Slot[]>();
  private practiceZone = 'UTC';
  private visitorZone = 'UTC';
  private slotsKey = '';
  private focusAfterUpdate?: string;

  /** The zone times are shown in now. */
  private get displayZone(): string {
    return this.inPracticeZone ? this.practiceZone : this.visitorZone;
  }

  private get clock(): number {
    return this.now ?? Date.now();
  }

  /**
   * On a loader's page the first render comes in short tasks (a phone is 4x slower): the held box, the zones (Intl's
   * one-time set-up), busy times and slots, the calendar. Imported directly (npm, tests): all at once.
   */
  private held = (globalThis as Record<symbol, unknown>)[Symbol.for('blog-widgets.slice')] ? 3 : 0;
  private heldChanges = new Map<PropertyKey, unknown>(); // what changed meanwhile
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.held) {
      for (const [k, v] of changed) this.heldChanges.set(k, v);
      if (this.held === 2) this.resolveZones();
      if (this.held !== 1) return;
      changed = this.heldChanges as PropertyValues<this>;
    }
    if (changed.has('timezone') || changed.has('visitorTimezone') || !this.hasUpdated) this.resolveZones();
    if (changed.has('busySrc') || ((changed.has('transport') || changed.has('action')) && !this.busySrc))
      this.busy.update(this);
    if (changed.has('upi') || changed.has('fee')) this.checkPayment();
    if (changed.has('layout') && this.layout === 'button') this.dialog.load();
    const key = JSON.stringify([
      this.practiceZone,
      this.visitorZone,
      this.inPracticeZone,
      this.hours,
      this.duration,
      this.buffer,
      this.notice,
      this.horizon,
      this.closed,
      this.busy.times,
      this.taken,
      this.now,
    ]);
    if (key !== this.slotsKey) {
      this.slotsKey = key;
      this.computeSlots();
    }
  }

  private resolveZones(): void {
    const zones = resolveZones(this.timezone, this.visitorTimezone, browserZone());
    for (const p of zones.problems) this.warnAttribute(p.attribute, p.why, p.using);
    this.practiceZone = zones.practiceZone;
    this.visitorZone = zones.visitorZone;
    if (this.practiceZone === this.visitorZone) this.inPracticeZone = false;
  }

  private computeSlots(): void {
    const { slots, problems } = freeSlots({
      hours: this.hours,
      closed: this.closed,
      timezone: this.practiceZone,
      now: this.clock,
      duration: this.duration,
      buffer: this.buffer,
      notice: this.notice,
      horizon: this.horizon,
      busy: [...this.busy.times, ...this.taken],
    });
    for (const p of problems) this.warnAttribute(p.attribute, p.why, p.using);
    this.slots = slots;
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
  }

  // ---- formatting ---------------------------------------------------------------------------------------------
  private zoneName(zone: string): string {
    return zoneName(this.language, zone, this.clock);
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

  // ---- calendar -----------------------------------------------------------------------------------------------
  private firstDayOfWeek(): number {
    return firstDayOfWeek(this.language);
  }

  /** Whether the visitor moved the grid's focus (then it stays where they put it). */
  private focusMoved = false;

  /** The day last chosen that has no free times (said in the status until another day is chosen). */
  private emptyDay?: string;

  private moveFocus(key: string): void {
    this.focusMoved = true;
    const min = `${this.todayKey.slice(0, 8)}01`;
    const max = this.lastKey;
    const clamped = key < min ? min : key > max ? max : key;
    this.focusKey = clamped;
    this.focusAfterUpdate = `td[data-date="${clamped}"]`;
  }

  private onGridKey = (event: KeyboardEvent): void => {
    const current = this.focusKey ?? this.todayKey;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.chooseDay(current);
      return;
    }
    const next = nextFocus(current, event, { rtl: this.textDirection === 'rtl', firstDay: this.firstDayOfWeek() });
    if (!next) return;
    event.preventDefault();
    this.moveFocus(next);
  };

  private async chooseDay(key: string): Promise<void> {
    void this.later.load();
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

  private changeMonth = (delta: number): void => {
    const current = parseDateKey(this.focusKey ?? this.todayKey)!;
    this.moveFocus(dateKey(addMonths(current, delta)));
    this.focusAfterUpdate = undefined; // focus stays on the month button
  };

  /** What the calendar and the times show now, with what they tell this widget. */
  private calendarState(): CalendarState {
    return {
      language: this.language,
      dir: this.textDirection,
      t: this.say,
      level: this.stepLevel + 1,
      firstDay: this.firstDayOfWeek(),
      focusKey: this.focusKey ?? this.todayKey,
      todayKey: this.todayKey,
      lastKey: this.lastKey,
      dayKey: this.dayKey,
      emptyDay: this.emptyDay,
      byDay: this.byDay,
      chosen: this.chosen,
      displayZone: this.displayZone,
      onKey: this.onGridKey,
      onMonth: this.changeMonth,
      onDay: (key) => void this.chooseDay(key),
      onSlot: this.chooseSlot,
    };
  }

  /** `t` as a function of its own (for the views that render parts of this widget). */
  private say = (key: StringKey, params?: Params): string => this.t(key, params);

  private chooseSlot = (slot: Slot): void => {
    void this.later.load();
    this.takenNotice = undefined;
    this.chosen = slot;
    this.go('details');
  };

  // ---- steps --------------------------------------------------------------------------------------------------
  private go(step: Step): void {
    // On the real clock, free times are worked out again at every step: a page left open must not offer a time
    // that is now inside the notice period (the chosen time is dropped if so).
    if (this.now === undefined) this.slotsKey = '';
    this.step = step;
    this.focusAfterUpdate = '.step';
  }

  protected override updated(): void {
    const held = this.held; // one step per task, also when an attribute is set meanwhile
    if (held) setTimeout(() => this.held === held && (this.held--, this.requestUpdate()));
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  // ---- details, review, done (loaded on demand: steps.ts) ---------------------------------------------------
  /** `updateComplete` also waits for the later steps while they load, so that they have rendered when it settles. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.held) {
      await new Promise((resolve) => setTimeout(resolve));
      done = await super.getUpdateComplete();
    }
    // Nothing loading (or loaded already, its update long done): no second wait.
    const pending = this.later.pending ?? this.dialog.pending;
    if (!pending) return done;
    await pending;
    return super.getUpdateComplete();
  }

  /** What the later steps may ask of this widget. */
  private later = new StepsLoader(this, {
    go: (step: Step) => this.go(step),
    focus: (selector: string) => {
      this.focusAfterUpdate = selector;
    },
    slotTaken: (slot: Slot, kind: 'slot-taken' | 'closed') => {
      this.taken = [...this.taken, { start: slot.start, end: slot.end }];
      this.takenNotice = kind;
      this.chosen = undefined;
      this.go('when');
      this.busy.reload();
    },
    startOver: () => {
      this.chosen = undefined;
      this.dayKey = undefined;
      this.go('when');
    },
  });

  /** What the later steps show, as it stands at this render. */
  private stepsView(): StepsView {
    return {
      settings: this,
      chosen: this.chosen,
      practiceZone: this.practiceZone,
      visitorZone: this.visitorZone,
      displayZone: this.displayZone,
      clock: this.clock,
      language: this.language,
      dir: this.textDirection,
      t: this.say,
    };
  }

  // ---- dialog -------------------------------------------------------------------------------------------------
  /** The dialog of `layout="button"`, and the focus in it (dialog-control.ts). */
  private dialog = new DialogControl(this);

  /** Opens the dialog (`layout="button"`). */
  show(): void {
    this.dialog.show();
  }

  /** Closes the dialog and returns focus to the button that opened it. */
  close(): void {
    this.dialog.close();
  }

  // ---- render -------------------------------------------------------------------------------------------------
  /** The step's heading level: the top one, or one below the dialog's title. */
  private get stepLevel(): number {
    return this.layout === 'button' ? this.headingLevel + 1 : this.headingLevel;
  }

  /** The zone times are shown in, and the switch to the other. */
  private zoneState(): ZoneState {
    return {
      t: this.say,
      dir: this.textDirection,
      shown: this.zoneName(this.displayZone),
      other:
        this.practiceZone === this.visitorZone
          ? undefined
          : this.zoneName(this.inPracticeZone ? this.visitorZone : this.practiceZone),
      inPractice: this.inPracticeZone,
      onSwitch: () => (this.inPracticeZone = !this.inPracticeZone),
    };
  }

  private renderFlow(): TemplateResult {
    let body: unknown;
    if (this.step === 'when') {
      body = !this.slots.length
        ? html`<p class="empty">${this.t('booking.noSlots', { count: this.horizon })}</p>`
        : html`${renderCalendar(this.calendarState())}${renderTimes(this.calendarState())}`;
    } else body = this.later.render(this.step, this.stepsView());
    return html`<div class="root" lang=${this.language} dir=${this.textDirection}>
      ${this.crisisNote ? html`<p class="crisis" part="crisis" lang=${this.contentLanguage} dir="auto">${this.crisisNote}</p>` : nothing}
      ${heading(this.stepLevel, { class: 'step', tabindex: -1 }, this.step === 'when' ? this.t('booking.stepWhen') : this.later.heading(this.step, this.say, this.confirm))}
      ${this.step === 'when' ? renderZone(this.zoneState()) : nothing}
      ${this.busy.render(this.say)}
      ${
        this.step === 'when' && this.takenNotice
          ? html`<p class="alert taken" role="alert">${this.t(this.takenNotice === 'closed' ? 'booking.slotClosed' : 'booking.slotTaken')}</p>`
          : nothing
      }
      ${body}
    </div>`;
  }

  protected override render() {
    if (this.held) return html`<div class="held"></div>`;
    if (this.layout !== 'button') return this.renderFlow();
    const label = this.buttonLabel || this.t('booking.open');
    return html`<button type="button" class="button" part="open" aria-haspopup="dialog" @click=${this.show}>${label}</button>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.dialog.onClose} @keydown=${this.dialog.onKey}>
        <div class="dialog-head">
          ${heading(this.headingLevel, { id: 'dialog-title', tabindex: -1, lang: this.language }, label)}
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
