/**
 * The fee by UPI on book-appointment's confirmation: "Pay ₹500 by UPI", with the payee and the amount as text.
 * On a phone a `upi://pay` link opens the visitor's UPI app; on a computer (or when asked) a QR code of the same
 * address, for the visitor's phone to scan. The QR code's generator (qr.ts, lean-qr) loads only when it is shown.
 */
import { html, nothing, svg, type ReactiveControllerHost } from 'lit';
import { checkFee, checkVpa, upiNote, upiUri } from '../../core/booking/upi.js';
import { formatNumber } from '../../core/i18n/index.js';
import type { QrMatrix } from './qr.js';
import type { StepsView } from './types.js';

/** How the widget tells a phone from a computer; tests may replace it. */
export const device = {
  isPhone: (): boolean =>
    typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches && matchMedia('(hover: none)').matches,
};

/** Side of the QR code, CSS pixels (reserved before the generator arrives, so nothing moves). */
const QR_SIZE = 184;

/** The payment part of the confirmation, for one widget. */
export class PaymentStep {
  private qrFor?: string;
  private qr?: QrMatrix;
  private qrFailed = false;

  /** What the last render was given. */
  private v!: StepsView;

  constructor(private host: ReactiveControllerHost) {}

  /** The payment details, or undefined when `upi` and `fee` are not both valid (the widget has warned). */
  private payment(requestId: string) {
    const { upi, fee, upiName, practitioner } = this.v.settings;
    if (!upi || !fee) return undefined;
    const vpa = checkVpa(upi);
    const amount = checkFee(fee);
    if ('why' in vpa || 'why' in amount) return undefined;
    const name = (upiName || practitioner).trim();
    return {
      vpa: vpa.vpa,
      name,
      paise: amount.paise,
      uri: upiUri({ vpa: vpa.vpa, name, paise: amount.paise, note: upiNote(requestId) }),
    };
  }

  private amount(paise: number): string {
    const whole = paise % 100 === 0;
    return formatNumber(paise / 100, this.v.language, {
      style: 'currency',
      currency: 'INR',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
  }

  private showQr(uri: string): void {
    this.qrFor = uri;
    this.qrFailed = false;
    this.host.requestUpdate();
    import('./qr.js').then(
      ({ qrMatrix }) => {
        if (this.qrFor !== uri) return;
        this.qr = qrMatrix(uri);
        this.host.requestUpdate();
      },
      () => {
        this.qrFailed = true;
        this.host.requestUpdate();
      },
    );
  }

  private renderQr(label: string) {
    const size = QR_SIZE;
    if (this.qrFailed) return html`<p class="alert">${this.v.t('common.error')}</p>`;
    const qr = this.qr;
    if (!qr) return html`<div class="qr" role="status">${this.v.t('common.loading')}</div>`;
    const side = qr.size + 8;
    return html`<div class="qr">
      ${svg`<svg viewBox="0 0 ${side} ${side}" width=${size} height=${size} role="img" aria-label=${label} shape-rendering="crispEdges">
        <rect width=${side} height=${side} fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>`}
    </div>`;
  }

  /** "Pay ₹500 by UPI", the payee, the amount, and the link or the QR code. */
  render(requestId: string, view: StepsView) {
    this.v = view;
    const pay = this.payment(requestId);
    if (!pay) return nothing;
    const t = view.t;
    const amount = this.amount(pay.paise);
    const payee = pay.name ? `${pay.name} (${pay.vpa})` : pay.vpa;
    const phone = device.isPhone();
    const shown = this.qrFor === pay.uri;
    return html`<section class="payment" part="payment" aria-labelledby="pay-heading">
      <h4 id="pay-heading">${t('booking.payHeading', { amount })}</h4>
      <dl>
        <dt>${t('booking.payPayee')}</dt><dd class="payee">${payee}</dd>
        <dt>${t('booking.payAmount')}</dt><dd class="amount">${amount}</dd>
      </dl>
      ${phone ? html`<a class="button upi-link" part="button" href=${pay.uri}>${t('booking.payOpen')}</a>` : nothing}
      ${
        shown
          ? html`<p class="hint">${t('booking.payScan')}</p>${this.renderQr(t('booking.payQrLabel', { amount }))}`
          : html`<button type="button" class=${phone ? 'link-button show-qr' : 'button quiet show-qr'} @click=${() => this.showQr(pay.uri)}>
            ${t('booking.payShowQr')}</button>`
      }
    </section>`;
  }
}
