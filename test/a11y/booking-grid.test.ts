// Booking's calendar grid by keyboard: the first Tab stop is the first day with free times (also once busy times
// have taken the day that looked free), and Enter on a day with none says so.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { logKey, waitUntil } from '../helpers/index.js';

async function booking(attrs: Record<string, string>, now: string): Promise<BookAppointment> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('book-appointment');
  for (const [k, v] of Object.entries({
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'Asia/Kolkata',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    ...attrs,
  }))
    el.setAttribute(k, v);
  el.now = Date.parse(now);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const tabStop = (el: BookAppointment) => el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!;
const status = (el: BookAppointment) => el.shadowRoot!.querySelector('.times-block [role=status]')!.textContent!.trim();

describe('booking grid', function () {
  this.timeout(30_000);

  it('starts on the first day with free times, on a weekend too', async () => {
    // Saturday 7 March: nothing until Monday 9 March.
    const el = await booking({}, '2026-03-07T00:00:00Z');
    expect(tabStop(el).dataset.date).to.equal('2026-03-09');
    expect(tabStop(el).getAttribute('aria-disabled')).to.equal('false');
  });

  it('moves the first Tab stop on when busy times take the day that looked free', async () => {
    // Wednesday 4 March is fully busy in busy.json: the first free day is Thursday 5 March.
    const el = await booking(
      { 'busy-src': `/mock/log=${logKey('grid')},file=booking~busy.json,delay=500/busy`, notice: '1h' },
      '2026-03-04T00:00:00Z',
    );
    expect(tabStop(el).dataset.date, 'before the busy times arrive').to.equal('2026-03-04');
    await waitUntil(
      () => el.shadowRoot!.querySelector('td[data-date="2026-03-04"][aria-disabled=true]'),
      'busy times never arrived',
      { timeout: 15_000 },
    );
    await el.updateComplete;
    expect(tabStop(el).dataset.date).to.equal('2026-03-05');
  });

  it('says "no free times" when Enter is pressed on a day with none', async () => {
    const el = await booking({}, '2026-03-07T00:00:00Z');
    tabStop(el).focus();
    await sendKeys({ press: 'ArrowLeft' }); // Sunday 8 March
    await el.updateComplete;
    expect(tabStop(el).dataset.date).to.equal('2026-03-08');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) !== '', 'nothing said');
    expect(status(el)).to.equal('Sunday, March 8, no free times');
    // Then a day with times: the count as before.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !status(el).includes('no free'), 'still no free times');
    expect(status(el)).to.match(/^\d+ free times? on Monday, March 9$/);
  });
});
