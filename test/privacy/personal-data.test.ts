/**
 * No personal data in storage, cookies or the console (issue 12, "Privacy"): a sign-up and a booking, each with a
 * failure and a retry, with values nobody else would write; none of them may appear anywhere the page or another
 * script of the origin could read later.
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/book-appointment/define.js';
import type { SubscribeForm } from '../../src/widgets/subscribe-form/subscribe-form.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { logKey, received, mock, waitUntil } from '../helpers/index.js';

const EMAIL = 'zq.probe.7731@example.org';
const NAME = 'Probeena Quixotl';
const PHONE = '+91 98765 43219';
const REASON = 'Xylophonic insomnia since Ugadi';
const SECRETS = [EMAIL, NAME, PHONE, REASON];
/** The same values as they may be encoded (URL, JSON, digits only). */
const FORMS = SECRETS.flatMap((s) => [
  s,
  encodeURIComponent(s),
  s.replace(/\D/g, '').length > 8 ? s.replace(/\D/g, '') : s,
  s.split(' ')[0],
]).filter((s) => s.length > 4);

/** Records everything written to the console while a test runs. */
function captureConsole(): { text: () => string; restore: () => void } {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((m) => console[m]);
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      lines.push(
        args
          .map((a) =>
            typeof a === 'string'
              ? a
              : (() => {
                  try {
                    return JSON.stringify(a);
                  } catch {
                    return String(a);
                  }
                })(),
          )
          .join(' '),
      );
    };
  }
  return {
    text: () => lines.join('\n'),
    restore: () => methods.forEach((m, i) => (console[m] = originals[i])),
  };
}

function storageText(): string {
  const parts: string[] = [document.cookie];
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i += 1) {
      const name = store.key(i)!;
      parts.push(name, store.getItem(name) ?? '');
    }
  }
  return parts.join('\n');
}

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return FORMS.filter((s) => lower.includes(s.toLowerCase()));
}

function type(root: ShadowRoot, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('privacy: personal data', function () {
  this.timeout(30_000);
  let output: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    output = captureConsole();
  });
  afterEach(() => output.restore());

  it('the checks below see a value planted in storage, a cookie or the console (they can fail)', () => {
    try {
      sessionStorage.setItem('planted', JSON.stringify({ who: NAME }));
      document.cookie = `planted=${encodeURIComponent(EMAIL)}; path=/`;
      console.warn('[subscribe-form] for', PHONE.replace(/\D/g, ''));
      expect(leaks(storageText())).to.include.members([NAME, encodeURIComponent(EMAIL)]);
      expect(leaks(output.text())).to.include(PHONE.replace(/\D/g, ''));
    } finally {
      sessionStorage.removeItem('planted');
      document.cookie = 'planted=; path=/; max-age=0';
    }
    expect(leaks(storageText())).to.deep.equal([]);
  });

  it('a sign-up (failed, then retried) leaves no email or name in storage, cookies or the console', async () => {
    const log = logKey('pii-sub');
    const el = fixtureSync<SubscribeForm>(html`<subscribe-form fields="name" .minTime=${0} consent="I agree"
      action=${mock({ log, status: 500, failfirst: 1, body: '{"error":"db-3 down"}' }, '/s')}></subscribe-form>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    type(root, '#name', NAME);
    type(root, '#email', EMAIL);
    const box = root.querySelector<HTMLInputElement>('#consent')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const failed = oneEvent(el, 'subscribe-error');
    root.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await failed;
    await el.updateComplete;
    const done = oneEvent(el, 'subscribe-success');
    root.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await done;
    await el.updateComplete;
    const requests = await received(log);
    expect(requests).to.have.length(2);
    expect(JSON.parse(requests[1].body)).to.include({ email: EMAIL, name: NAME }); // it did go to the owner's endpoint
    expect(leaks(storageText())).to.deep.equal([]);
    expect(leaks(output.text())).to.deep.equal([]);
  });

  it('a booking (failed, then retried) leaves no name, email, phone or reason in storage, cookies or the console', async () => {
    const log = logKey('pii-book');
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('book-appointment') as BookAppointment;
    const attrs: Record<string, string> = {
      timezone: 'Asia/Kolkata',
      'visitor-timezone': 'Asia/Kolkata',
      hours: 'mon-fri 18:00-20:00',
      horizon: '14',
      contact: 'both',
      fields: 'concern',
      action: mock({ log, status: 503, failfirst: 1, body: '{"error":"try later"}' }, '/book'),
    };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.now = Date.parse('2026-03-02T00:00:00Z');
    wrapper.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const click = async (selector: string, index = 0) => {
      root.querySelectorAll<HTMLElement>(selector)[index].click();
      await el.updateComplete;
    };
    await click('td[data-date="2026-03-03"]');
    await click('.times button');
    type(root, '#f-name', NAME);
    type(root, '#f-email', EMAIL);
    type(root, '#f-phone', PHONE);
    type(root, '#f-concern', REASON);
    const consent = root.querySelector<HTMLInputElement>('#f-consent')!;
    if (!consent.checked) consent.click();
    await el.updateComplete;
    await click('form button[type=submit]');
    await waitUntil(() => root.querySelector('.send'), 'no review step');
    const failed = oneEvent(el, 'appointment-error');
    await click('.send');
    await failed;
    await el.updateComplete;
    const sent = oneEvent(el, 'appointment-sent');
    await click('.send');
    await sent;
    await el.updateComplete;
    const requests = await received(log);
    expect(requests).to.have.length(2);
    expect(requests[1].body).to.contain(REASON); // it did go to the owner's endpoint
    expect(leaks(storageText())).to.deep.equal([]);
    expect(leaks(output.text())).to.deep.equal([]);
  });
});
