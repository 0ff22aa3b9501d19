/**
 * What <subscribe-form> shows: the text of each state (sending, offline, the provider's outcome) and, inside its form,
 * the inputs, the consent box, the honeypot, the privacy link and the failure with its "Try again" button. Render
 * functions only: the widget keeps the state and the form's listeners, and hands the rest over at every render as a
 * `FieldsState`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FailureReason, Outcome, OutcomeStatus } from '../../core/forms/providers.js';
import type { StringKey } from '../../core/i18n/index.js';
import { relFor } from '../../core/safe.js';

/** Where the form is, as the visitor sees it (subscribe-form.ts exports it as `SubscribeState`). */
export type Stage = 'idle' | 'sending' | 'offline' | OutcomeStatus;

/** The field errors shown, each as the key of its message. */
export interface FieldErrors {
  email?: StringKey;
  consent?: StringKey;
}

/** What the visitor reads in each state (`confirm` and `error` depend on more). */
const STATUS_TEXT: Partial<Record<Stage, StringKey>> = {
  sending: 'subscribe.sending',
  offline: 'subscribe.offline',
  success: 'subscribe.success',
  sent: 'subscribe.sent',
  'already-subscribed': 'subscribe.already',
  'rate-limited': 'subscribe.rateLimited',
};
const ERROR_TEXT: Partial<Record<FailureReason, StringKey>> = {
  server: 'subscribe.errorServer',
  timeout: 'subscribe.errorTimeout',
  network: 'subscribe.errorNetwork',
  offline: 'subscribe.errorNetwork',
  config: 'subscribe.errorConfig',
};

/**
 * The text of `stage`; `outcome` is the outcome shown, if any, and `noCors` says the provider's reply cannot be read
 * (the confirmation then asks the visitor to check the inbox).
 */
export function statusText(t: (key: StringKey) => string, stage: Stage, outcome?: Outcome, noCors = false): string {
  const reason = outcome?.reason ?? 'unknown';
  if (stage === 'confirm') return t(noCors ? 'subscribe.checkInbox' : 'subscribe.confirm');
  // A refusal says why in the service's own words, when it gave them.
  if (stage === 'error')
    return (reason === 'rejected' && outcome?.message) || t(ERROR_TEXT[reason] ?? 'subscribe.error');
  const key = STATUS_TEXT[stage];
  return key ? t(key) : '';
}

/** What the form's fields show. */
export interface FieldsState {
  t(key: StringKey): string;
  /** The language of the owner's own text (the consent text). */
  contentLanguage: string;
  /** Show the name input. */
  withName: boolean;
  name: string;
  email: string;
  agreed: boolean;
  errors: FieldErrors;
  placeholder: string;
  buttonLabel: string;
  /** Text of the consent box; no box when empty. */
  consent: string;
  /** The description is shown (the email input points to it). */
  described: boolean;
  /** A request is on its way. */
  sending: boolean;
  /** The privacy policy's address, already checked. */
  privacy?: string;
  /** The failure's text, when the last sending failed. */
  failure?: string;
}

/** The inside of the form: inputs, consent box, honeypot, privacy link and failure. */
export function renderFields(f: FieldsState): TemplateResult {
  const { email: emailError, consent: consentError } = f.errors;
  const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus to the page.
  // Beside the address, or below the consent box when there is one: Tab meets the box before the button.
  const submit = html`<button class="button" part="button" type="submit" aria-disabled=${f.sending ? 'true' : 'false'}>
    ${f.buttonLabel || f.t('subscribe.button')}
  </button>`;
  return html`${
    f.withName
      ? html`<div class="row">
          <label for="name">${f.t('subscribe.nameLabel')}</label>
          <input part="input" id="name" name="name" type="text" autocomplete="name" .value=${f.name} />
        </div>`
      : nothing
  }
    <div class="row">
      <label for="email">${f.t('subscribe.emailLabel')}</label>
      <div class="line">
        <input part="input" id="email" name="email" type="email" inputmode="email" autocomplete="email" required
          aria-required="true" spellcheck="false" autocapitalize="off"
          placeholder=${f.placeholder || f.t('subscribe.placeholder')}
          aria-invalid=${emailError ? 'true' : 'false'}
          aria-describedby=${described(emailError && 'email-error', f.described && 'description')}
          .value=${f.email} />
        ${f.consent ? nothing : submit}
      </div>
      ${emailError ? html`<p class="field-error" id="email-error">${f.t(emailError)}</p>` : nothing}
    </div>
    ${
      f.consent
        ? html`<div class="row consent" part="consent">
          <input id="consent" name="consent" type="checkbox" required aria-required="true" .checked=${f.agreed}
            aria-invalid=${consentError ? 'true' : 'false'} aria-describedby=${described(consentError && 'consent-error')} />
          <label for="consent" lang=${f.contentLanguage} dir="auto">${f.consent}</label>
          ${consentError ? html`<p class="field-error" id="consent-error">${f.t(consentError)}</p>` : nothing}
        </div>
        <div class="line">${submit}</div>`
        : nothing
    }
    <div class="hp" aria-hidden="true">
      <label for="hp">${f.t('subscribe.honeypot')}</label>
      <input id="hp" name="hp" type="text" tabindex="-1" autocomplete="off" />
    </div>
    ${f.privacy ? html`<p class="privacy"><a href=${f.privacy} rel=${relFor(f.privacy) ?? nothing}>${f.t('subscribe.privacy')}</a></p>` : nothing}
    ${
      f.failure !== undefined
        ? html`<div class="failure" role="alert" part="status">
          <p>${f.failure}</p>
          <button class="button quiet" part="retry" type="submit">${f.t('common.retry')}</button>
        </div>`
        : nothing
    }`;
}
