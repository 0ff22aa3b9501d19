/**
 * <book-appointment>'s done step (part of the steps loaded on demand, steps.ts): when the appointment is, what
 * happens next, the add-to-calendar links, the fee by UPI when the owner asks for it, and "Book another time".
 * A render function only: the steps keep the request that went out and hand it over as a `DoneView`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentRequest, BookingTransport } from '../../core/booking/request.js';
import type { StringKey } from '../../core/i18n/index.js';
import type { PaymentStep } from './pay.js';
import { formatWhen } from './steps-format.js';
import type { StepsView } from './types.js';

/** A request that went out, with its calendar links. */
export interface Sent {
  request: AppointmentRequest;
  transport: BookingTransport;
  icsHref: string;
  googleHref: string;
}

/** What the done step shows, and what it tells the steps. */
export interface DoneView {
  view: StepsView;
  sent: Sent;
  payment: PaymentStep;
  /** A name from outside, isolated inside the widget's own sentence (see core/bidi.ts). */
  iso(value: string): string;
  again(): void;
}

/** "… will confirm by email/phone", with the practitioner's name and without. */
const NEXT_REQUEST = {
  email: { named: 'booking.nextRequestEmail', anon: 'booking.nextRequestEmailAnon' },
  phone: { named: 'booking.nextRequestPhone', anon: 'booking.nextRequestPhoneAnon' },
} as const satisfies Record<'email' | 'phone', { named: StringKey; anon: StringKey }>;

/** What happens next, and the add-to-calendar links. */
export function renderDone(d: DoneView): TemplateResult {
  const { view: v, sent } = d;
  const el = v.settings;
  const t = v.t;
  const start = Date.parse(sent.request.start);
  const contactBy = el.contact === 'phone' || (el.contact === 'either' && !sent.request.email) ? 'phone' : 'email';
  let next: string;
  if (sent.transport === 'whatsapp') next = t('booking.nextWhatsapp');
  else if (sent.transport === 'mailto') next = t('booking.nextEmail');
  else if (el.confirm === 'instant') next = t('booking.nextInstant');
  else if (el.practitioner) next = t(NEXT_REQUEST[contactBy].named, { who: d.iso(el.practitioner) });
  else next = t(NEXT_REQUEST[contactBy].anon);
  return html`<dl>
        <dt>${t('booking.when')}</dt>
        <dd class="when">${formatWhen(v, start, v.visitorZone)}</dd>
        ${
          v.practiceZone !== v.visitorZone
            ? html`<dt>${t('booking.practiceTime')}</dt><dd class="when-practice">${formatWhen(v, start, v.practiceZone)}</dd>`
            : nothing
        }
      </dl>
      <p class="next-steps">${next}</p>
      <div class="actions">
        <a class="button quiet ics" part="button" href=${sent.icsHref} download="appointment.ics">${t('booking.addIcs')}</a>
        <a class="button quiet google" part="button" href=${sent.googleHref} target="_blank" rel="noopener noreferrer">${t('booking.addGoogle')}
          <span class="visually-hidden">${t('common.opensInNewTab')}</span></a>
      </div>
      ${sent.transport === 'whatsapp' || sent.transport === 'mailto' ? nothing : d.payment.render(sent.request.requestId, v)}
      <button type="button" class="link-button again" @click=${d.again}>${t('booking.again')}</button>`;
}
