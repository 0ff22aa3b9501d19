// The fee by UPI on <book-appointment>'s confirmation: a upi:// link on a phone, a QR code (loaded on demand) on a
// computer, the amount and payee as text, nothing about the visitor in the address.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { device } from '../../src/widgets/book-appointment/pay.js';
import { captureWarnings, $, text, waitUntil } from '../helpers/index.js';
import { bookingFixture, clickAndWait } from '../helpers/booking.js';

const setup = (attrs: Record<string, string>) =>
  bookingFixture({
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'Asia/Kolkata',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    fields: 'age concern',
    action: '/mock/body=%7B%7D/book',
    ...attrs,
  });

/** Books 3 March 18:00 and waits for the confirmation; returns the request id. */
async function book(el: BookAppointment): Promise<string> {
  await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
  await clickAndWait(el, $(el, '.times button'));
  for (const [name, value] of Object.entries({ name: 'Asha Verma', email: 'asha@example.com', age: '29' })) {
    const input = $<HTMLInputElement>(el, `#f-${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const concern = $<HTMLTextAreaElement>(el, '#f-concern');
  concern.value = 'Panic attacks at work';
  concern.dispatchEvent(new Event('input'));
  $<HTMLInputElement>(el, '#f-consent').click();
  await el.updateComplete;
  await clickAndWait(el, $(el, 'form button[type=submit]'));
  const sent = oneEvent(el, 'appointment-sent');
  $(el, '.send').click();
  const { detail } = await sent;
  await el.updateComplete;
  return detail.request.requestId;
}

/** Decodes the QR code the widget drew (its SVG path, painted on a canvas) with jsQR. */
async function decodeQr(el: BookAppointment): Promise<string | undefined> {
  const w = window as unknown as { jsQR?: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null };
  if (!w.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    document.head.append(script);
    await new Promise((r) => script.addEventListener('load', r));
  }
  const svgEl = $(el, '.qr svg') as unknown as SVGSVGElement;
  const side = svgEl.viewBox.baseVal.width;
  const scale = 8;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side * scale;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.fillStyle = '#000';
  context.fill(new Path2D(svgEl.querySelector('path')!.getAttribute('d')!));
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return w.jsQR!(image.data, image.width, image.height)?.data;
}

const qrLoaded = () => performance.getEntriesByType('resource').some((e) => /lean-qr|\/qr\.ts/.test(e.name));

describe('<book-appointment> fee by UPI', () => {
  const isPhone = device.isPhone;
  afterEach(() => {
    device.isPhone = isPhone;
  });

  it('on a computer: payee and amount as text, the QR code loaded only when shown, decoding to the exact address', async () => {
    device.isPhone = () => false;
    const el = await setup({ upi: 'drname@okbank', fee: '500', practitioner: 'Dr. Meera Rao' });
    const id = await book(el);
    expect(text($(el, '#pay-heading'))).to.equal('Pay ₹500 by UPI');
    expect(text($(el, '.payee'))).to.equal('Dr. Meera Rao (drname@okbank)');
    expect(text($(el, '.amount'))).to.equal('₹500');
    expect($(el, '.upi-link')).to.equal(null);
    expect(qrLoaded()).to.equal(false);
    expect($(el, '.qr')).to.equal(null);
    await clickAndWait(el, $(el, '.show-qr'));
    const box = $(el, '.qr').getBoundingClientRect();
    await new Promise<void>((resolve) => {
      const check = () => ($(el, '.qr svg') ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(qrLoaded()).to.equal(true);
    // The space was reserved before the code arrived.
    expect($(el, '.qr').getBoundingClientRect().height).to.equal(box.height);
    const uri = `upi://pay?pa=drname@okbank&pn=Dr.%20Meera%20Rao&am=500.00&cu=INR&tn=Appointment%20${id}`;
    expect(await decodeQr(el)).to.equal(uri);
    expect($(el, '.qr svg').getAttribute('aria-label')).to.equal('QR code for paying ₹500 by UPI');
    await expect(el).to.be.accessible();
  });

  it('on a phone: a upi:// link with nothing about the visitor; upi-name and paise', async () => {
    device.isPhone = () => true;
    const el = await setup({
      upi: 'clinic@ybl',
      fee: '499.50',
      'upi-name': 'Mind Care Clinic',
      practitioner: 'Dr. Meera Rao',
    });
    const id = await book(el);
    const href = $<HTMLAnchorElement>(el, 'a.upi-link').getAttribute('href')!;
    expect(href).to.equal(`upi://pay?pa=clinic@ybl&pn=Mind%20Care%20Clinic&am=499.50&cu=INR&tn=Appointment%20${id}`);
    expect(text($(el, 'a.upi-link'))).to.equal('Pay with a UPI app');
    expect(text($(el, '#pay-heading'))).to.equal('Pay ₹499.50 by UPI');
    // The request id is random hex and may contain "29" by chance: look at the rest of the address.
    const rest = decodeURIComponent(href).replace(id, '');
    for (const personal of ['Asha', 'Verma', 'asha', 'example.com', '29', 'Panic', 'attacks']) {
      expect(rest, personal).not.to.contain(personal);
    }
  });

  it('in Hindi', async () => {
    device.isPhone = () => true;
    const el = await setup({ upi: 'drname@okbank', fee: '500', lang: 'hi' });
    await book(el);
    expect(text($(el, '#pay-heading'))).to.equal('UPI से ₹500 का भुगतान करें');
    expect(text($(el, 'a.upi-link'))).to.equal('UPI ऐप से भुगतान करें');
  });

  it('a wrong UPI id or fee warns once and hides the payment step', async () => {
    for (const [attrs, pattern] of [
      [
        { upi: 'drname', fee: '500' },
        /^\[book-appointment\] attribute "upi": "drname" is not a UPI id like name@okbank; using no payment step/,
      ],
      [
        { upi: 'drname@okbank', fee: '5,00' },
        /^\[book-appointment\] attribute "fee": "5,00" is not an amount in rupees/,
      ],
      [{ upi: 'drname@okbank' }, /^\[book-appointment\] attribute "fee": missing/],
    ] as const) {
      const warnings = captureWarnings();
      let el: BookAppointment;
      try {
        el = await setup(attrs);
        await waitUntil(() => warnings.messages.some((m) => pattern.test(m)), 'the warning');
        el.requestUpdate();
        await el.updateComplete;
        await import('../../src/core/booking/upi.js');
      } finally {
        warnings.restore();
      }
      expect(
        warnings.messages.filter((m) => pattern.test(m)),
        JSON.stringify(warnings.messages),
      ).to.have.length(1);
      await book(el);
      expect(text($(el, '.step'))).to.equal('Request sent');
      expect($(el, '.payment')).to.equal(null);
    }
  });

  it('no payment step without upi and fee', async () => {
    const el = await setup({});
    await book(el);
    expect($(el, '.payment')).to.equal(null);
  });
});
