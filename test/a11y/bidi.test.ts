// Times, zones, numbers and addresses are bidi-isolated: in Urdu, "6:00 PM" must not show as "PM 6:00", nor
// "12:30 PM UTC" inside a sentence as "PM UTC 12:30".
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { ensureStrings } from '../../src/core/i18n/index.js';

/** The on-screen rectangle of the character at `index` of `el`'s text (across its text nodes, shadow-free). */
function charRect(el: Element, index: number): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (index < seen + node.length) {
      const range = document.createRange();
      range.setStart(node, index - seen);
      range.setEnd(node, index - seen + 1);
      return range.getBoundingClientRect();
    }
    seen += node.length;
  }
  throw new Error(`no character ${index} in "${el.textContent}"`);
}

/** Whether the time in `el` (h:mm then AM/PM) reads left to right on screen: its first digit left of its AM/PM. */
function timeReadsRight(el: Element): string {
  const text = el.textContent!;
  const match = /(\d{1,2}):\d{2}\s*(AM|PM)/.exec(text.replace(/[\u2066-\u2069]/g, (c) => c));
  if (!match) return `no time in "${text}"`;
  const digit = charRect(el, match.index);
  const period = charRect(el, match.index + match[0].length - 2);
  return digit.left < period.left ? '' : `"${text.trim()}" shows its AM/PM before the hour`;
}

async function booking(extra: Record<string, string> = {}): Promise<BookAppointment> {
  await ensureStrings('ur');
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('book-appointment');
  for (const [k, v] of Object.entries({
    lang: 'ur',
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'UTC',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    ...extra,
  }))
    el.setAttribute(k, v);
  el.now = Date.parse('2026-03-02T00:00:00Z');
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('bidi isolation', function () {
  this.timeout(30_000);

  it('Urdu: the time buttons and the chosen time read "12:30 PM", not "PM 12:30"', async () => {
    const el = await booking();
    el.shadowRoot!.querySelector<HTMLElement>('td[data-date="2026-03-03"]')!.click();
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.times button')];
    expect(buttons.length).to.be.greaterThan(0);
    expect(buttons.map(timeReadsRight).filter(Boolean)).to.deep.equal([]);
    buttons[0].click();
    await el.updateComplete;
    const chosen = [...el.shadowRoot!.querySelectorAll('p')].find((p) => /\d:\d\d/.test(p.textContent!))!;
    expect(timeReadsRight(chosen)).to.equal('');
  });

  it('Urdu: the zone name in "times shown in …" is isolated from the sentence', async () => {
    const el = await booking();
    const zone = el.shadowRoot!.querySelector('.zone span')!;
    const isolated = zone.querySelector('bdi') !== null || /\u2068[^\u2069]+\u2069/.test(zone.textContent!);
    expect(isolated, zone.textContent!).to.equal(true);
  });

  it("Urdu: the practice's own (English) error message and the visitor's name are isolated in their sentences", async () => {
    const body = encodeURIComponent('{"error":"That time was just taken."}');
    const el = await booking({ action: `/mock/status=422,body=${body}/book`, practitioner: 'Dr. Meera Rao' });
    el.shadowRoot!.querySelector<HTMLElement>('td[data-date="2026-03-03"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.times button')!.click();
    await el.updateComplete;
    for (const [id, value] of [
      ['f-name', 'Asha Verma'],
      ['f-email', 'asha@example.com'],
    ]) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-consent')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    const failed = new Promise((resolve) => el.addEventListener('appointment-error', resolve, { once: true }));
    el.shadowRoot!.querySelector<HTMLElement>('.send')!.click();
    await failed;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(alert).to.contain('\u2068That time was just taken.\u2069');
  });
});
