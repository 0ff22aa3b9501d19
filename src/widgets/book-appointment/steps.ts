/**
 * The part of <book-appointment> after a visitor picks a time: the details form, the review and sending (endpoint,
 * WhatsApp, email or Google Form), and the confirmation with its calendar file. Loaded on demand: the widget starts
 * fetching it when a visitor picks a day, so most visitors, who only look, never download it.
 *
 * Shaped like FeedController: given once the host and what it may ask of the widget (callbacks), and at every render
 * what it shows (a `StepsView`: the settings, the chosen time, the zones, the words). Its async part, the send, is a
 * LoadController of the host (sending.ts), which gives the send up when the widget leaves the page. The details form
 * (details-form.ts) and the done step (done-view.ts) are render functions it hands what they show.
 */
import {
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { calendarLinks } from './calendar-file.js';
import { newRequestId } from '../../core/booking/send.js';
import { fire } from '../../core/events.js';
import { enBookingSteps } from '../../core/i18n/en/booking-steps.js';
import { hiBookingSteps } from '../../core/i18n/hi/booking-steps.js';
import { addStrings, direction, resolveLanguage, type Params, type StringKey } from '../../core/i18n/index.js';
import { isolate } from '../../core/bidi.js';
import { PaymentStep } from './pay.js';
import { safeUrl, stripTracking, urlRefusal } from '../../core/safe.js';
import { warnAttribute, Words } from '../../core/warn.js';
import { buildRequest, CHECKED, chosenMode, EMPTY_ENTRY, googleFormFields } from '../../core/booking/request.js';
import { mailtoUrl, MAP_KEYS, validateEntry, whatsappUrl } from '../../core/booking/request.js';
import type { AppointmentRequest, BookingMode, CheckedField, Entry } from '../../core/booking/request.js';
import { renderDetails } from './details-form.js';
import { renderDone, type Sent } from './done-view.js';
import { RequestSender, type SendFailure, type SendPhase } from './sending.js';
import { eventName, formatWhen, modeLabel } from './steps-format.js';
import { stepsStyles } from './steps.styles.js';
import type { BookingSettings, Step, StepsCallbacks, StepsView } from './types.js';

/** The request that is being sent (or failed): its retries keep its id. */
interface Pending {
  content: string;
  id: string;
}

interface State {
  entry: Entry;
  errors: Partial<Record<CheckedField, string>>;
  /** The last send failed before it reached the network (no usable `action`, WhatsApp number or email). */
  setupFailed?: boolean;
  sent?: Sent;
}

/** The details, review and done steps of one widget, with what the visitor typed (kept across failures). */
export class BookingSteps {
  private s: State = {
    entry: EMPTY_ENTRY,
    errors: {},
  };
  private sender: RequestSender;
  private pending?: Pending;
  private payment: PaymentStep;
  /** What the last render was given (the send, after its awaits, reads the latest). */
  private v!: StepsView;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: StepsCallbacks,
  ) {
    // The strings of these steps come with them.
    addStrings({ en: enBookingSteps, hi: hiBookingSteps });
    this.payment = new PaymentStep(host);
    this.sender = new RequestSender(host);
    // Their look comes with them too: added after the widget's own sheets (the widget has rendered: its root exists).
    const root = host.shadowRoot;
    if (root && supportsAdoptingStyleSheets)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, stepsStyles.styleSheet!];
    else if (root) adoptStyles(root, [stepsStyles]);
  }

  /** The step `step` for `view`; nothing when the step has nothing to show yet (no time chosen, nothing sent). */
  render(step: Step, view: StepsView): TemplateResult | undefined {
    this.v = view;
    if (step === 'details' && view.chosen) {
      const { entry, errors } = this.s;
      const form = { view, entry, errors, mode: this.mode, set: this.set, onSubmit: this.onDetails, back: this.back };
      return renderDetails({ ...form, warn: (a, why, using) => this.warn(a, why, using) }, view.chosen);
    }
    if (step === 'review' && view.chosen) return this.renderReview();
    if (step === 'done' && this.s.sent) {
      const iso = (value: string) => this.iso(value);
      return renderDone({ view, sent: this.s.sent, payment: this.payment, iso, again: this.reset });
    }
    return undefined;
  }

  /** The done step's heading: how the request went. */
  doneHeading(t: StepsView['t'], confirm: BookingSettings['confirm']): string {
    const transport = this.s.sent?.transport;
    if (transport === 'whatsapp') return t('booking.doneWhatsapp');
    if (transport === 'mailto') return t('booking.doneEmail');
    return t(confirm === 'instant' ? 'booking.doneInstant' : 'booking.doneRequest');
  }

  private get el(): BookingSettings {
    return this.v.settings;
  }

  private warn(attribute: string, why: string, using: unknown): void {
    warnAttribute(this.host, this.host.localName, attribute, why, using);
  }

  /** A name, address or message from outside, isolated inside the widget's own sentence (see core/bidi.ts). */
  private iso(value: string): string {
    return isolate(value, direction(resolveLanguage(this.host)));
  }

  private t(key: StringKey, params?: Params): string {
    return this.v.t(key, params);
  }

  /** The request that went out, once sent. */
  get sent(): Sent | undefined {
    return this.s.sent;
  }

  private update(patch: Partial<State>): void {
    this.s = { ...this.s, ...patch };
    this.host.requestUpdate();
  }

  /** The mode chosen, or the first offered when the choice is no longer offered. */
  private get mode(): BookingMode {
    return chosenMode(this.s.entry, this.el.modes);
  }

  private set = <K extends keyof Entry>(key: K, value: Entry[K]): void => {
    const errors = this.s.errors[key as CheckedField] ? { ...this.s.errors, [key]: undefined } : this.s.errors;
    this.update({ entry: { ...this.s.entry, [key]: value }, errors });
  };

  private validate(): Partial<Record<CheckedField, string>> {
    const errors: Partial<Record<CheckedField, string>> = {};
    for (const [field, key] of Object.entries(validateEntry(this.s.entry, this.el)))
      errors[field as CheckedField] = this.t(key);
    return errors;
  }

  private onDetails = (event: Event): void => {
    event.preventDefault();
    this.update({ errors: this.validate() });
    const first = CHECKED.find((f) => this.s.errors[f]);
    if (first) {
      this.callbacks.focus(`#f-${first}`);
      return;
    }
    this.callbacks.go('review');
  };

  private back = (): void => this.callbacks.go('when');

  private renderSummary(request: AppointmentRequest) {
    const start = Date.parse(request.start);
    const differ = this.v.practiceZone !== this.v.visitorZone;
    const { fields } = request;
    return html`<dl>
      <dt>${this.t('booking.when')}</dt>
      <dd class="when">${formatWhen(this.v, start, this.v.visitorZone)}</dd>
      ${differ ? html`<dt>${this.t('booking.practiceTime')}</dt><dd class="when-practice">${formatWhen(this.v, start, this.v.practiceZone)}</dd>` : nothing}
      ${this.el.modes.length > 1 || this.el.modes[0] !== 'online' ? html`<dt>${this.t('booking.mode')}</dt><dd>${modeLabel(this.v.t, request.mode)}</dd>` : nothing}
      <dt>${this.t('booking.name')}</dt><dd><bdi>${request.name}</bdi></dd>
      ${request.email ? html`<dt>${this.t('booking.email')}</dt><dd><bdi>${request.email}</bdi></dd>` : nothing}
      ${request.phone ? html`<dt>${this.t('booking.phone')}</dt><dd><bdi>${request.phone}</bdi></dd>` : nothing}
      ${fields.age ? html`<dt>${this.t('booking.age')}</dt><dd>${fields.age}</dd>` : nothing}
      ${fields.concern ? html`<dt>${this.t('booking.concern')}</dt><dd>${fields.concern}</dd>` : nothing}
      ${fields.firstVisit ? html`<dt>${this.t('booking.firstVisit')}</dt><dd>${this.t('booking.yes')}</dd>` : nothing}
    </dl>`;
  }

  /** Where the send is: a setup failure of the steps' own, else the sender's phase. */
  private get phase(): SendPhase {
    return this.s.setupFailed ? { is: 'failed', kind: 'setup', says: 'setup' } : this.sender.phase;
  }

  private get busy(): boolean {
    const { is } = this.phase;
    return is === 'waiting' || is === 'sending' || is === 'retrying';
  }

  /** What the visitor is told of a failure (the alert, and the `appointment-error` event's message). */
  private failureText(failure: SendFailure): string {
    if (failure.says === 'server') return this.t('booking.errorServer', { message: this.iso(failure.message ?? '') });
    if (failure.says === 'http') return this.t('booking.errorHttp', { status: failure.status ?? 0 });
    if (failure.says === 'timeout') return this.t('booking.errorTimeout');
    return this.t(failure.says === 'setup' ? 'booking.errorSetup' : 'booking.errorNetwork');
  }

  private statusText(phase: SendPhase): string {
    if (phase.is === 'waiting') return this.t('booking.offline');
    if (phase.is === 'sending' || phase.is === 'retrying')
      return this.t(phase.is === 'retrying' ? 'booking.retrying' : 'booking.sending');
    return '';
  }

  private sendLabel(phase: SendPhase): string {
    if (phase.is === 'sending' || phase.is === 'retrying') return this.t('booking.sending');
    if (phase.is === 'failed') return this.t('booking.retry');
    if (this.el.transport === 'whatsapp') return this.t('booking.sendWhatsapp');
    if (this.el.transport === 'mailto') return this.t('booking.sendEmail');
    return this.t(this.el.confirm === 'instant' ? 'booking.sendInstant' : 'booking.send');
  }

  /** The summary to check, and the send button with its states. */
  private renderReview() {
    const { phase, busy } = this;
    return html`${this.renderSummary(this.request())}
      <div class="messages">
        <p class="status" role="status">${this.statusText(phase)}</p>
        <div role="alert">${phase.is === 'failed' ? html`<p class="alert">${this.failureText(phase)}</p>` : nothing}</div>
      </div>
      <div class="actions">
        <button type="button" class="button quiet back" ?disabled=${busy} @click=${() => this.callbacks.go('details')}>${this.t('booking.back')}</button>
        <button type="button" class="button send" part="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.send}>${this.sendLabel(phase)}</button>
      </div>`;
  }

  /** "Book another time": everything typed stays except the consent, which is asked again. */
  private reset = (): void => {
    if (this.s.sent) URL.revokeObjectURL(this.s.sent.icsHref);
    this.sender.clear();
    this.update({ sent: undefined, setupFailed: false, entry: { ...this.s.entry, consent: false } });
    this.callbacks.startOver();
  };

  // ---- sending ------------------------------------------------------------------------------------------------

  /** The request as it stands. */
  private request(): AppointmentRequest {
    const request = buildRequest(this.s.entry, this.el, {
      slot: this.v.chosen!,
      timezone: this.v.practiceZone,
      visitorTimezone: this.v.visitorZone,
      page: stripTracking(location.href),
    });
    // The same request keeps its id (the idempotency key) through every retry; a changed one gets a new id.
    const content = JSON.stringify(request);
    if (this.pending?.content !== content) this.pending = { content, id: newRequestId() };
    return { requestId: this.pending.id, ...request };
  }

  /** The message for WhatsApp and email: time, name and mode; never the reason for the visit. */
  private message(request: AppointmentRequest, withContact: boolean): string {
    const start = Date.parse(request.start);
    const parts = [
      this.t('booking.messageText', {
        when: formatWhen(this.v, start, this.v.practiceZone),
        name: this.iso(request.name),
      }),
    ];
    if (this.el.modes.length > 1)
      parts.push(this.t('booking.messageMode', { mode: modeLabel(this.v.t, request.mode) }));
    const contact = [request.email, request.phone].filter(Boolean).join(', ');
    if (withContact && contact) parts.push(this.t('booking.messageContact', { contact: this.iso(contact) }));
    return parts.join(' ');
  }

  private openUrl(url: string, transport: 'whatsapp' | 'mailto'): void {
    if (!fire(this.host, 'appointment-open', { url, transport }, true)) return;
    if (transport === 'mailto') location.href = url;
    else window.open(url, '_blank', 'noopener,noreferrer');
  }

  /** Tells the page how the send failed (`phase` already shows it). */
  private fail(request: AppointmentRequest, failure: SendFailure): void {
    const { kind, status } = failure;
    fire(this.host, 'appointment-error', {
      request,
      transport: this.el.transport,
      kind,
      status,
      message: this.failureText(failure),
    });
  }

  /** A send that cannot reach the network: the steps' own failure. */
  private failSetup(request: AppointmentRequest): void {
    this.update({ setupFailed: true });
    this.fail(request, { kind: 'setup', says: 'setup' });
  }

  private send = async (): Promise<void> => {
    if (this.busy || !this.v.chosen) return;
    const request = this.request();
    if (!fire(this.host, 'appointment-request', request, true)) return;
    const transport = this.el.transport;
    if (transport === 'whatsapp' || transport === 'mailto') {
      const url = transport === 'whatsapp' ? this.whatsappUrl(request) : this.mailtoUrl(request);
      if (!url) return this.failSetup(request);
      this.openUrl(url, transport);
      this.finish(request, { url });
      return;
    }
    const action = safeUrl(this.el.action);
    if (!action) {
      this.warn('action', this.el.action ? urlRefusal(this.el.action) : 'missing', new Words('nowhere to send'));
      return this.failSetup(request);
    }
    this.update({ setupFailed: false });
    // The sender's phase shows each step: waiting for a connection, sending, retrying, failed (or idle again).
    const outcome = await this.sender.send(transport, action, request, {
      timeout: this.el.timeout,
      formFields: transport === 'google-forms' ? this.formFields(request) : undefined,
    });
    const phase = this.sender.phase;
    if (phase.is === 'failed') this.fail(request, phase);
    else if (outcome?.ok) this.finish(request, { status: outcome.status, id: outcome.id });
    else if (outcome && (outcome.kind === 'slot-taken' || outcome.kind === 'closed')) {
      // Everything typed stays; the visitor picks another time and comes back to the filled-in form.
      fire(this.host, 'appointment-error', {
        request,
        transport,
        kind: outcome.kind,
        status: outcome.status,
        message: this.t(outcome.kind === 'closed' ? 'booking.slotClosed' : 'booking.slotTaken'),
      });
      this.callbacks.slotTaken(this.v.chosen!, outcome.kind);
    }
  };

  private whatsappUrl(request: AppointmentRequest): string | undefined {
    const url = whatsappUrl(this.el.whatsapp, this.message(request, false));
    if (!url)
      this.warn(
        'whatsapp',
        this.el.whatsapp ? `"${this.el.whatsapp}" is not a phone number with country code` : 'missing',
        new Words('nowhere to send'),
      );
    return url;
  }

  private mailtoUrl(request: AppointmentRequest): string | undefined {
    const to = this.el.email.trim();
    const url = mailtoUrl(to, eventName(this.el, this.v.t), this.message(request, true));
    if (!url) this.warn('email', to ? `"${to}" is not an email address` : 'missing', new Words('nowhere to send'));
    return url;
  }

  /** The request as Google Form entries, through `field-map`. */
  private formFields(request: AppointmentRequest): Record<string, string> {
    const { fields, skipped } = googleFormFields(
      request,
      formatWhen(this.v, Date.parse(request.start), this.v.practiceZone),
      this.el.fieldMap,
    );
    for (const pair of skipped) {
      this.warn(
        'field-map',
        `could not read "${pair}" (write key=entry.123; keys: ${MAP_KEYS.join(', ')})`,
        new Words('the other pairs'),
      );
    }
    return fields;
  }

  private finish(request: AppointmentRequest, extra: { status?: number; url?: string; id?: string }): void {
    this.pending = undefined;
    const confirmed = this.el.confirm === 'instant' && this.el.transport === 'endpoint';
    const links = calendarLinks(request, eventName(this.el, this.v.t), this.v.clock, confirmed);
    if (this.s.sent) URL.revokeObjectURL(this.s.sent.icsHref);
    this.sender.clear();
    this.update({
      sent: {
        request,
        transport: this.el.transport,
        ...links,
      },
      setupFailed: false,
    });
    this.callbacks.go('done');
    fire(this.host, 'appointment-sent', { request, transport: this.el.transport, ...extra });
  }
}
