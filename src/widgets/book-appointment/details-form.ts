/**
 * <book-appointment>'s details form (part of the steps loaded on demand, steps.ts): name, email or phone, mode, the
 * optional fields, consent and the privacy link. Render functions only: the steps keep what the visitor typed and
 * its errors, and hand them over at every render as a `DetailsForm`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '../../core/booking/slots.js';
import { asksEmail, asksPhone, isRequired, MAX_LENGTH } from '../../core/booking/request.js';
import type { BookingMode, CheckedField, Entry } from '../../core/booking/request.js';
import { safeUrl, urlRefusal } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { formatWhen, modeLabel } from './steps-format.js';
import type { StepsView } from './types.js';

/** What the form shows, and what it tells the steps. */
export interface DetailsForm {
  view: StepsView;
  entry: Entry;
  errors: Partial<Record<CheckedField, string>>;
  /** The mode chosen, or the first offered. */
  mode: BookingMode;
  set<K extends keyof Entry>(key: K, value: Entry[K]): void;
  onSubmit(event: Event): void;
  back(): void;
  warn(attribute: string, why: string, using: unknown): void;
}

function input(
  f: DetailsForm,
  name: 'name' | 'email' | 'phone' | 'age',
  type: 'text' | 'email' | 'tel',
  label: string,
  autocomplete: 'name' | 'email' | 'tel' | 'off',
  hint?: string,
) {
  const error = f.errors[name];
  const described = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean).join(' ');
  const required = isRequired(name, f.view.settings.contact);
  return html`<div class="field">
      <label for="f-${name}">${label}</label>
      ${hint ? html`<span class="hint" id="h-${name}">${hint}</span>` : nothing}
      <input id="f-${name}" name=${name} type=${type} autocomplete=${autocomplete} .value=${f.entry[name]}
        inputmode=${name === 'age' ? 'numeric' : nothing} maxlength=${MAX_LENGTH[name]} ?required=${required}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described || nothing}
        @input=${(e: Event) => f.set(name, (e.target as HTMLInputElement).value)} />
      ${error ? html`<span class="error" id="e-${name}">${error}</span>` : nothing}
    </div>`;
}

/** The details form for the chosen time. */
export function renderDetails(f: DetailsForm, slot: Slot): TemplateResult {
  const { view: v, entry } = f;
  const el = v.settings;
  const t = v.t;
  const consentError = f.errors.consent;
  const privacy = safeUrl(el.privacyHref);
  if (el.privacyHref.trim() && !privacy)
    f.warn('privacy-href', urlRefusal(el.privacyHref), new Words('no privacy link'));
  return html`<p>${t('booking.chosen', { time: formatWhen(v, slot.start, v.displayZone) })}</p>
      <form part="form" novalidate @submit=${f.onSubmit}>
        ${input(f, 'name', 'text', t('booking.name'), 'name')}
        ${asksEmail(el.contact) ? input(f, 'email', 'email', t('booking.email'), 'email', el.contact === 'either' ? t('booking.eitherHint') : undefined) : nothing}
        ${asksPhone(el.contact) ? input(f, 'phone', 'tel', t('booking.phone'), 'tel') : nothing}
        ${
          el.modes.length > 1
            ? html`<fieldset>
              <legend>${t('booking.mode')}</legend>
              ${el.modes.map(
                (
                  mode,
                ) => html`<label class="choice"><input type="radio" name="mode" value=${mode} .checked=${mode === f.mode}
                  @change=${() => f.set('mode', mode)} />${modeLabel(t, mode)}</label>`,
              )}
            </fieldset>`
            : nothing
        }
        ${el.fields.includes('age') ? input(f, 'age', 'text', t('booking.age'), 'off') : nothing}
        ${
          el.fields.includes('concern')
            ? html`<div class="field">
              <label for="f-concern">${t('booking.concern')}</label>
              <span class="hint" id="h-concern">${t('booking.concernHint')}</span>
              <textarea id="f-concern" name="concern" rows="3" maxlength=${MAX_LENGTH.concern} aria-describedby="h-concern" .value=${entry.concern}
                @input=${(e: Event) => f.set('concern', (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>`
            : nothing
        }
        ${
          el.fields.includes('first-visit')
            ? html`<label class="choice"><input id="f-first" type="checkbox" .checked=${entry.firstVisit}
              @change=${(e: Event) => f.set('firstVisit', (e.target as HTMLInputElement).checked)} />${t('booking.firstVisit')}</label>`
            : nothing
        }
        <div class="field">
          <label class="choice"><input id="f-consent" type="checkbox" required .checked=${entry.consent}
            aria-invalid=${consentError ? 'true' : 'false'} aria-describedby=${consentError ? 'e-consent' : nothing}
            @change=${(e: Event) => f.set('consent', (e.target as HTMLInputElement).checked)} />${el.consent || t('booking.consentDefault')}</label>
          ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener noreferrer">${t('booking.privacy')} <span class="visually-hidden">${t('common.opensInNewTab')}</span></a>` : nothing}
          ${consentError ? html`<span class="error" id="e-consent">${consentError}</span>` : nothing}
        </div>
        <div class="actions">
          <button type="button" class="button quiet back" @click=${f.back}>${t('booking.back')}</button>
          <button type="submit" class="button next" part="button">${t('booking.review')}</button>
        </div>
      </form>`;
}
