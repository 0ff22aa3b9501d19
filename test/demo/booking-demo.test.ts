// The demo blog's booking (demo/index.html) against its pretend Apps Script web app (demo/server/routes/45-apps-script.js,
// served here under /demo-blog/ as `npm start` serves it): a second booking of the same time is refused with the
// visitor's entry kept, and the time is gone when the page is loaded again.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { clearCache } from '../../src/core/net/cache.js';
import { $, $$, text, waitUntil } from '../helpers/index.js';

/** A <book-appointment> with the demo page's own attributes (its action under /demo-blog/). */
async function demoWidget(): Promise<BookAppointment> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  const source = page.querySelector('book-appointment')!;
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('book-appointment');
  for (const { name, value } of source.attributes) el.setAttribute(name, value);
  el.setAttribute('action', `/demo-blog${source.getAttribute('action')}`);
  el.setAttribute('visitor-timezone', 'UTC'); // so that a time's date is its ISO date
  wrapper.append(el);
  await el.updateComplete;
  await waitUntil(() => !$$(el, '.status').some((s) => text(s).startsWith('Checking')), 'busy times loaded');
  return el;
}

/** The first day with a free time, and that time's button. */
async function firstTime(el: BookAppointment): Promise<HTMLElement> {
  const day = $$(el, 'td[aria-disabled="false"]')[0];
  day.click();
  await el.updateComplete;
  return $$(el, '.times button')[0];
}

async function request(el: BookAppointment, start: string, name: string) {
  (await firstTime(el)).click(); // loads the steps
  await el.updateComplete;
  await el.updateComplete;
  if (text($(el, '.step')) !== 'Your details') throw new Error('no details step');
  await (async () => {
    // Go back and pick exactly `start`.
    $(el, '.back').click();
    await el.updateComplete;
    $(el, `.times button[data-start="${start}"]`).click();
    await el.updateComplete;
  })();
  for (const [field, value] of Object.entries({ name, email: `${name.split(' ')[0].toLowerCase()}@example.com` })) {
    const input = $<HTMLInputElement>(el, `#f-${field}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const consent = $<HTMLInputElement>(el, '#f-consent');
  if (!consent.checked) consent.click();
  await el.updateComplete;
  $(el, 'form button[type=submit]').click();
  await el.updateComplete;
}

describe('demo: booking into the pretend Apps Script web app', () => {
  it('refuses a second booking of the same time, keeping the entry; the time is gone on reload', async () => {
    const a = await demoWidget();
    const b = await demoWidget();
    const start = (await firstTime(a)).dataset.start!;
    await request(a, start, 'Asha Verma');
    await request(b, start, 'Ravi Kumar');
    const sent = oneEvent(a, 'appointment-sent');
    $(a, '.send').click();
    await sent;
    await a.updateComplete;
    expect(text($(a, '#pay-heading'))).to.equal('Pay ₹1,200 by UPI');

    const refused = oneEvent(b, 'appointment-error');
    $(b, '.send').click();
    expect((await refused).detail.kind).to.equal('slot-taken');
    await b.updateComplete;
    expect(text($(b, '.taken'))).to.contain('Someone has just taken that time');
    await waitUntil(() => !$(b, `.times button[data-start="${start}"]`), 'the taken time disappears');
    const next = $$(b, '.times button')[0] ?? (await firstTime(b));
    next.click();
    await new Promise((r) => setTimeout(r, 50));
    await b.updateComplete;
    expect($<HTMLInputElement>(b, '#f-name').value).to.equal('Ravi Kumar');
    expect($<HTMLInputElement>(b, '#f-email').value).to.equal('ravi@example.com');

    // "Reload": a fresh page has an empty memory cache, and its widget asks the web app again.
    clearCache();
    const c = await demoWidget();
    const startDay = start.slice(0, 10);
    $(c, `td[data-date="${startDay}"]`).click();
    await c.updateComplete;
    const shown = $$(c, '.times button').map((button) => button.dataset.start);
    expect(shown).not.to.include(start);
    const sheet = await (await fetch('/demo-blog/demo-gas/sheet')).json();
    expect(sheet.rows.filter((row: unknown[]) => row[7] === 'Asha Verma').length).to.be.greaterThan(0);
  });
});
