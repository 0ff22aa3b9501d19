// <book-appointment> on a page run by the loader (dist/blog-widgets.js sets this global before any widget runs):
// its first render's work comes in tasks of its own, holding the box the loader reserved meanwhile.
(globalThis as unknown as Record<symbol, unknown>)[Symbol.for('blog-widgets.slice')] = true;

import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import { RESERVE } from '../../src/loader/reserve.js';
import { $, $$ } from '../helpers/index.js';
import { BOOKING_NOW } from '../helpers/booking.js';

const microtasks = async (n = 50) => {
  for (let i = 0; i < n; i += 1) await Promise.resolve();
};

function booking(attrs: Record<string, string> = {}) {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 360px; font-size: 16px"></div>`);
  const el = document.createElement('book-appointment');
  for (const [k, v] of Object.entries({ timezone: 'Asia/Kolkata', hours: 'mon-fri 10:00-13:00', ...attrs }))
    el.setAttribute(k, v);
  el.now = BOOKING_NOW;
  // Each render as the visitor would see it: the box's height and whether the days are there.
  const seen: Array<{ height: number; days: number }> = [];
  const record = () =>
    seen.push({ height: el.getBoundingClientRect().height, days: el.shadowRoot?.querySelectorAll('td').length ?? 0 });
  wrapper.append(el);
  new MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true });
  return { el, seen };
}

describe('<book-appointment> on a loader page', () => {
  it('is accessible once shown', async () => {
    const { el } = booking();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('does not render its calendar in the task it was added in, and holds the reserved box until it does', async () => {
    const { el, seen } = booking();
    await microtasks();
    expect($$(el, 'td'), 'days rendered in the task the widget was added in').to.have.length(0);
    await el.updateComplete;
    // updateComplete waits for the calendar.
    expect($(el, 'td[aria-disabled="false"]'), 'a free day once updateComplete settles').to.exist;
    const reserved = RESERVE['book-appointment'][0][1] * 16;
    expect(seen[0].days).to.equal(0);
    expect(seen[0].height).to.be.closeTo(reserved, 0.5);
    expect(seen[seen.length - 1].days).to.be.greaterThan(27);
  });

  it('takes an attribute set while it holds its box, and settles', async () => {
    const { el } = booking();
    await microtasks();
    el.setAttribute('hours', 'tue 10:00-12:00');
    await el.updateComplete;
    const free = $$(el, 'td[aria-disabled="false"]').map((td) => td.dataset.date!);
    expect(free.length).to.be.greaterThan(0);
    // Only Tuesdays: 2026-03-03 was a Tuesday.
    expect(
      free.every((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 2),
      free.join(' '),
    ).to.equal(true);
    // And it stays shown: no step is taken twice, so the held box never comes back.
    for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve));
    expect($(el, '.held')).to.equal(null);
    expect($(el, 'td[aria-disabled="false"]')).to.exist;
  });

  it('with layout="button" holds the same box, then shows its button', async () => {
    const { el, seen } = booking({ layout: 'button' });
    await microtasks();
    expect($(el, 'button[part~="open"]'), 'the button in the task the widget was added in').to.equal(null);
    await el.updateComplete;
    expect($(el, 'button[part~="open"]')).to.exist;
    expect($(el, '.held')).to.equal(null);
    expect(seen[0].height).to.be.closeTo(RESERVE['book-appointment'][0][1] * 16, 0.5);
  });
});
