import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { boolean, duration, list, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { enSubscribe } from '../../core/i18n/en/subscribe.js';
import {
  failureKind,
  parseFieldMap,
  PROVIDERS,
  type FailureReason,
  type FieldMap,
  type Outcome,
  type Provider,
  type Signup,
  type SubscriptionRequest,
} from '../../core/forms/providers.js';
import type { ErrorDetail, ErrorKind } from '../../core/errors.js';
import { isEmail } from '../../core/forms/fields.js';
import { LoadController } from '../../core/net/load-controller.js';
import { isOffline } from '../../core/net/online.js';
import { safeUrl } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { renderFields, statusText, type FieldErrors, type Stage } from './form-view.js';
import { styles } from './subscribe-form.styles.js';

export type { Provider } from '../../core/forms/providers.js';
export type SubscribeField = 'name';

/** Where the form is: what the visitor sees (before sending, while sending, or the provider's outcome). */
export type SubscribeState = Stage;

/** `detail` of `subscribe-submit`. */
export interface SubscribeSubmitDetail {
  /** The address typed, trimmed. */
  email: string;
  /** The fields as the provider receives them (after `field-map`), honeypot fields excluded. */
  fields: Record<string, string>;
}

/** `detail` of `subscribe-success`. */
export interface SubscribeSuccessDetail {
  email: string;
  /** `success` (confirmed), `confirm` (confirmation email sent), `sent` (reply unreadable), `already-subscribed`. */
  status: 'success' | 'confirm' | 'sent' | 'already-subscribed';
}

/** `detail` of `subscribe-error`. */
export interface SubscribeErrorDetail extends ErrorDetail {
  /** Why: `rejected`, `rate-limited`, `server`, `timeout`, `network`, `offline`, `setup` or `unknown` (see core/errors.ts). */
  kind: ErrorKind;
  /** The same as `kind` in this widget's older words (`config` for `setup`). */
  reason: FailureReason;
}

/** An outcome and the address it is about. */
type Sent = Outcome & { email: string };

const FIELDS = ['name'] as const;
const ENCODINGS = ['json', 'form'] as const;
const DONE: readonly SubscribeState[] = ['success', 'confirm', 'sent', 'already-subscribed'];
const NO_CORS_NEWSLETTERS: readonly Provider[] = ['buttondown', 'mailerlite', 'follow-it'];

/** The code that sends a sign-up, fetched once a visitor starts filling a form (shared by every form). */
let sender: Promise<typeof import('../../core/forms/signup.js')> | undefined;
const loadSender = () =>
  (sender ??= import('../../core/forms/signup.js').catch((error: unknown) => {
    sender = undefined; // the next attempt tries again
    throw error;
  }));
const prefetchSender = () => void loadSender().catch(() => undefined);

/**
 * An email sign-up form that posts to the owner's newsletter provider (Mailchimp, Buttondown, MailerLite,
 * Follow.it, Google Forms) or to any endpoint, with no vendor script, no cookies and no popup window.
 * It validates before sending, keeps every typed value on failure, waits for the connection when offline,
 * sends once however often it is clicked, and drops bots silently (a honeypot and a minimum fill-in time).
 * Every retry of a sign-up carries the same `Idempotency-Key` header (`endpoint`), so a server can drop a duplicate.
 * Moved in the page while sending (appendChild elsewhere), it goes on; removed, it stops and keeps the values.
 *
 * @tagname subscribe-form
 * @summary Email sign-up to the owner's newsletter provider, with clear states.
 *
 * @slot heading - Replaces the heading ("Subscribe and get latest updates").
 * @slot success - Replaces the message shown after a successful sign-up.
 *
 * @csspart heading - The heading.
 * @csspart description - The "what you will get" text.
 * @csspart form - The form.
 * @csspart input - The email and name inputs.
 * @csspart button - The subscribe button.
 * @csspart consent - The consent checkbox row.
 * @csspart status - The status message (sending, offline, success, errors).
 * @csspart retry - The "Try again" button after an error.
 *
 * @cssprop [--bw-subscribe-gap=0.5rem] - Space between the form's rows.
 * @cssprop [--bw-subscribe-error] - Colour of error messages and invalid borders (default: red mixed with the text colour).
 * @cssprop [--bw-subscribe-success] - Colour of the success message (default: green mixed with the text colour).
 * @cssprop --bw-accent - Button background; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop [--bw-radius=8px] - Corner radius of inputs and the button.
 *
 * @fires {CustomEvent<SubscribeSubmitDetail>} subscribe-submit - Before sending, cancelable. Detail `{ email, fields }`.
 * @fires {CustomEvent<SubscribeSuccessDetail>} subscribe-success - The provider accepted (or the request was sent). Detail `{ email, status }`.
 * @fires {CustomEvent<SubscribeErrorDetail>} subscribe-error - Sending failed. Detail `{ kind, status?, message, reason }` (`message`: what the visitor was shown).
 */
export class SubscribeForm extends BlogWidget {
  static override defaultTag = 'subscribe-form';
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = {
    en: enSubscribe,
    hi: () => import('../../core/i18n/hi/subscribe.js').then((m) => m.hiSubscribe),
  };

  /** Where sign-ups go: `endpoint`, `mailchimp`, `buttondown`, `mailerlite`, `follow-it` or `google-forms`. */
  @property({ converter: oneOf(PROVIDERS, 'endpoint') })
  provider: Provider = 'endpoint';

  /** The form address from the provider's embed code (Mailchimp `…/subscribe/post?u=…&id=…`, Google `…/formResponse`). */
  @property() action = '';

  /** Inputs to show besides the email: `name`. */
  @property({ converter: list<SubscribeField>([], FIELDS) })
  fields: SubscribeField[] = [];

  /** The provider's field names as `name=target` pairs, e.g. `email=EMAIL name=FNAME` or `email=entry.123 name=entry.456` (`email:EMAIL` is read the same). */
  @property({ attribute: 'field-map' }) fieldMap = '';

  /** For `endpoint`: send `json` (default) or `form` data. */
  @property({ converter: oneOf(ENCODINGS, 'json') })
  encoding: 'json' | 'form' = 'json';

  /** Text of a required consent checkbox; the box is shown only when this is set. */
  @property() consent = '';

  /** Address of the privacy policy, linked under the form. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** What subscribers get and how often, shown under the heading. */
  @property() description = '';

  /** The list sends a confirmation email first: the success text asks the visitor to confirm from the inbox. */
  @property({ attribute: 'double-opt-in', converter: boolean })
  doubleOptIn = false;

  /** Heading text; `none` hides it. Default: "Subscribe and get latest updates" in the visitor's language. */
  @property() heading = '';

  /** Text of the button. Default: "Subscribe" in the visitor's language. */
  @property({ attribute: 'button-label' }) buttonLabel = '';

  /** Placeholder of the email input. Default: "you@example.com". */
  @property() placeholder = '';

  /** Minimum time between showing the form and a submission, e.g. `2s`; quicker submissions are bots, dropped silently. */
  @property({ attribute: 'min-time', converter: duration(2_000, '2s') })
  minTime = 2000;

  /** How long to wait for the provider, e.g. `10s`; then the visitor may try again. */
  @property({ converter: duration(10_000, '10s') })
  timeout = 10000;

  @state() private email = '';
  @state() private name = '';
  @state() private agreed = false;
  @state() private errors: FieldErrors = {};

  private shownAt = 0;
  /** The sign-up last sent and its idempotency key: a retry of the same sign-up sends the same key (memory only). */
  private attempt?: { signup: string; key: string };
  private map: FieldMap = {};
  private focusStatus = false;
  /**
   * The sending: `loading` is "Subscribing…", `offline` waits for the connection, `ready` holds the outcome.
   * Moved in the page it goes on; removed, it stops and the form is back where it was, values kept.
   */
  private readonly sending = new LoadController<Sent>(this, {
    waitOnline: false,
    onValue: (sent) => this.finish(sent),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The anti-bot timer counts from when the form was first shown, not from every move in the page.
    this.shownAt ||= performance.now();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fieldMap')) {
      const { map, skipped } = parseFieldMap(this.fieldMap);
      if (skipped.length) {
        this.warnAttribute(
          'field-map',
          `${skipped.map((s) => JSON.stringify(s)).join(', ')} not understood (write "email=NAME name=NAME")`,
          new Words('the rest'),
        );
      }
      this.map = map;
    }
    if (changed.has('action') || changed.has('provider')) {
      if (!this.action) this.warnAttribute('action', 'missing: the form cannot send', new Words('nothing'));
      else if (!safeUrl(this.action))
        this.warnAttribute('action', `${JSON.stringify(this.action)} is not an http(s) address`, new Words('nothing'));
    }
  }

  /** The current state (for styling and tests): `idle`, `sending`, `offline`, `success`, `confirm`, `sent`, `already-subscribed`, `rate-limited`, `error`. */
  get status(): SubscribeState {
    const { state, value } = this.sending;
    return state === 'loading' ? 'sending' : state === 'ready' ? value!.status : state === 'error' ? 'error' : state;
  }

  /** The outcome shown. */
  private get outcome(): Sent | undefined {
    return this.sending.state === 'ready' ? this.sending.value : undefined;
  }

  private get signup(): Signup {
    return {
      email: this.email.trim(),
      name: this.fields.includes('name') ? this.name.trim() || undefined : undefined,
      consent: this.consent ? this.agreed : undefined,
    };
  }

  private validate(): boolean {
    const email = this.email.trim();
    const errors: typeof this.errors = {};
    if (!email) errors.email = 'subscribe.emailMissing';
    else if (!isEmail(email)) errors.email = 'subscribe.emailInvalid';
    if (this.consent && !this.agreed) errors.consent = 'subscribe.consentMissing';
    this.errors = errors;
    return !errors.email && !errors.consent;
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const id = this.errors.email ? 'email' : this.errors.consent ? 'consent' : '';
    if (id) this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Validates and sends; does nothing while a request is on its way. */
  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.sending.pending) return;
    if (!this.validate()) {
      void this.focusFirstInvalid();
      return;
    }
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="hp"]')?.value ?? '';
    if (honeypot || performance.now() - this.shownAt < this.minTime) {
      // A bot: look exactly like success, send nothing, tell nobody.
      const status =
        this.provider === 'google-forms'
          ? 'sent'
          : this.doubleOptIn || NO_CORS_NEWSLETTERS.includes(this.provider)
            ? 'confirm'
            : 'success';
      this.sending.settle({ status, email: '' });
      this.keepFocus();
      return;
    }
    // "Subscribing…" from the click, so that a second click while the sending code loads sends nothing.
    void this.sending.run((signal) => this.send(this.signup, signal));
  }

  /** Loads the sending code, builds the request, lets the page cancel, waits for the connection and sends. */
  private async send(signup: Signup, signal: AbortSignal): Promise<Sent> {
    const done = (outcome: Outcome): Sent => ({ ...outcome, email: signup.email });
    try {
      const send = await this.sendingCode(signal);
      if (!send) return done({ status: 'error', reason: 'network' });
      let request: SubscriptionRequest;
      try {
        const action = safeUrl(this.action) ?? '';
        const same = JSON.stringify([this.provider, action, this.encoding, this.fieldMap, signup]);
        if (this.attempt?.signup !== same) this.attempt = { signup: same, key: send.idempotencyKey() };
        request = send.buildRequest(this.provider, action, signup, {
          fieldMap: this.map,
          encoding: this.encoding,
          idempotencyKey: this.attempt.key,
        });
      } catch (error) {
        if (error instanceof send.ConfigError)
          this.warnAttribute(this.action ? 'field-map' : 'action', error.message, new Words('nothing'));
        return done(send.failureOutcome(error));
      }
      const visible = Object.fromEntries(Object.entries(request.fields).filter(([name]) => !/^b_.+_.+$/.test(name)));
      // Cancelled by the page: back to where the form was (the run is given up, so its result is never shown).
      if (!this.emit('subscribe-submit', { email: signup.email, fields: visible }, true)) this.sending.abort();
      signal.throwIfAborted();
      for (;;) {
        await this.sending.online(signal);
        const outcome = await send.sendSubscription(request, {
          timeout: this.timeout,
          signal,
          doubleOptIn: this.doubleOptIn,
        });
        // Lost the connection on the way: wait for it and send again.
        if (outcome.reason !== 'offline' || !isOffline()) return done(outcome);
      }
    } catch (error) {
      // Aborted (the element left the page): given up by the controller. sendSubscription rejects on nothing else.
      if (signal.aborted) throw error;
      return done({ status: 'error', reason: 'unknown' });
    }
  }

  /**
   * The sending code (usually fetched already, when the visitor focused the form). Offline, it waits for the
   * connection like the sending does; undefined when it cannot be loaded online.
   */
  private async sendingCode(signal: AbortSignal): Promise<Awaited<ReturnType<typeof loadSender>> | undefined> {
    for (;;) {
      try {
        return await loadSender();
      } catch {
        if (!isOffline()) return undefined;
        await this.sending.online(signal);
      }
    }
  }

  /** The form gives way to the success message: checked before it leaves the DOM (afterwards focus has fallen to the page). */
  private keepFocus(): void {
    if (DONE.includes(this.status)) this.focusStatus = this.matches(':focus-within');
  }

  private finish(sent: Sent): void {
    // No-cors newsletters: the reply is unreadable, so ask the visitor to confirm from the inbox.
    if (sent.status === 'sent' && NO_CORS_NEWSLETTERS.includes(this.provider)) sent.status = 'confirm';
    this.keepFocus();
    const { status, reason = 'unknown', httpStatus, email } = sent;
    if (status === 'error' || status === 'rate-limited') {
      const detail: SubscribeErrorDetail = { kind: failureKind(reason), reason, message: this.statusText() };
      if (httpStatus !== undefined) detail.status = httpStatus;
      this.emit('subscribe-error', detail);
    } else {
      this.emit('subscribe-success', { email, status });
    }
  }

  protected override updated(): void {
    // The form gave way to the success message: keep keyboard focus there rather than lose it to the page.
    if (this.focusStatus) this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
    this.focusStatus = false;
  }

  private statusText(): string {
    return statusText((key) => this.t(key), this.status, this.outcome, NO_CORS_NEWSLETTERS.includes(this.provider));
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'email') {
      this.email = input.value;
      if (this.errors.email) this.errors = { ...this.errors, email: undefined };
    } else if (input.name === 'name') this.name = input.value;
    else if (input.name === 'consent') {
      this.agreed = input.checked;
      if (this.errors.consent && input.checked) this.errors = { ...this.errors, consent: undefined };
    }
  }

  private renderForm() {
    const sending = this.sending.pending;
    const failed = this.status === 'error' || this.status === 'rate-limited';
    return html`<form part="form" novalidate aria-busy=${sending ? 'true' : 'false'}
      aria-labelledby=${this.headingText ? 'heading' : nothing}
      aria-label=${this.headingText ? nothing : this.t('subscribe.heading')}
      @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusin=${prefetchSender}>
      ${renderFields({
        t: (key) => this.t(key),
        contentLanguage: this.contentLanguage,
        withName: this.fields.includes('name'),
        name: this.name,
        email: this.email,
        agreed: this.agreed,
        errors: this.errors,
        placeholder: this.placeholder,
        buttonLabel: this.buttonLabel,
        consent: this.consent,
        described: !!this.description,
        sending,
        privacy: this.safeAttribute('privacy-href', this.privacyHref, new Words('no privacy link')),
        failure: failed ? this.statusText() : undefined,
      })}
    </form>`;
  }

  private get headingText(): string {
    return this.heading.trim() === 'none' ? '' : this.heading || this.t('subscribe.heading');
  }

  protected override render() {
    const status = this.status;
    const done = DONE.includes(status);
    const polite = this.sending.pending || done;
    const successSlot = status === 'success' || status === 'confirm' || status === 'sent';
    return html`<div class="root" lang=${this.language} dir=${this.textDirection} data-state=${status}>
      ${
        this.headingText
          ? html`<p class="heading" part="heading" id="heading" lang=${this.heading ? this.contentLanguage : nothing} dir=${this.heading ? 'auto' : nothing}><slot name="heading">${this.headingText}</slot></p>`
          : nothing
      }
      ${this.description ? html`<p class="description" part="description" id="description" lang=${this.contentLanguage} dir="auto">${this.description}</p>` : nothing}
      ${done ? nothing : this.renderForm()}
      <div class="status ${done ? 'done' : ''}" part="status" role="status" tabindex=${done ? '-1' : nothing}>${
        polite ? (successSlot ? html`<slot name="success">${this.statusText()}</slot>` : this.statusText()) : nothing
      }</div>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'subscribe-submit': CustomEvent<SubscribeSubmitDetail>;
    'subscribe-success': CustomEvent<SubscribeSuccessDetail>;
    'subscribe-error': CustomEvent<SubscribeErrorDetail>;
  }
}
