// Heading levels fit the page: by default the level under a Blogger gadget's <h3> title; `heading-level` sets it.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { captureWarnings, logKey, waitUntil } from '../helpers/index.js';

const feed = () => `/mock/file=feeds~blogger.json,log=${logKey('h')}/feeds/posts/default`;
const levels = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.localName} ${h.textContent!.trim().slice(0, 20)}`,
  );

async function gadget(widget: string, level?: string): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div class="widget"><h3 class="title">Gadget</h3></div>`);
  const el = document.createElement(widget);
  const attrs: Record<string, string> =
    widget === 'book-appointment'
      ? { timezone: 'Asia/Kolkata', hours: 'mon-fri 18:00-20:00', horizon: '14' }
      : { loading: 'eager', src: feed(), ...(widget === 'popular-posts' ? { heading: 'Most read' } : {}) };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (level !== undefined) el.setAttribute('heading-level', level);
  if (widget === 'book-appointment') (el as BookAppointment).now = Date.parse('2026-03-02T00:00:00Z');
  box.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  if (widget !== 'book-appointment')
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=title]'), 'never loaded', { timeout: 15_000 });
  return el;
}

describe('heading levels', function () {
  this.timeout(30_000);

  it('default to h4 under a gadget title (h3), sub-headings one below', async () => {
    expect(levels(await gadget('popular-posts'))).to.deep.equal(['h4 Most read']);
    expect(levels(await gadget('featured-post'))).to.deep.equal(['h4 Sleeping better when']);
    const booking = await gadget('book-appointment');
    expect(levels(booking)).to.deep.equal(['h4 Choose a date and ti', 'h5 March 2026']);
  });

  it('follow heading-level', async () => {
    expect(levels(await gadget('popular-posts', '2'))).to.deep.equal(['h2 Most read']);
    expect(levels(await gadget('featured-post', '3'))).to.deep.equal(['h3 Sleeping better when']);
    const booking = await gadget('book-appointment', '2');
    expect(levels(booking)).to.deep.equal(['h2 Choose a date and ti', 'h3 March 2026']);
    booking.click();
    const day = booking.shadowRoot!.querySelector<HTMLElement>('td[data-date="2026-03-03"]')!;
    day.click();
    await (booking as BookAppointment).updateComplete;
    expect(levels(booking)).to.deep.equal(['h2 Choose a date and ti', 'h3 March 2026', 'h3 Free times on Tuesda']);
  });

  it('in the booking dialog: the dialog title at heading-level, the step under it', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('book-appointment');
    for (const [k, v] of Object.entries({
      timezone: 'Asia/Kolkata',
      hours: 'mon-fri 18:00-20:00',
      horizon: '14',
      layout: 'button',
      'heading-level': '2',
    }))
      el.setAttribute(k, v);
    el.now = Date.parse('2026-03-02T00:00:00Z');
    wrapper.append(el);
    await el.updateComplete;
    expect(levels(el)).to.deep.equal(['h2 Book an appointment', 'h3 Choose a date and ti', 'h4 March 2026']);
  });

  it('warn about a level that is not 1-6 and keep the default', async () => {
    const warnings = captureWarnings();
    try {
      expect(levels(await gadget('popular-posts', 'big'))).to.deep.equal(['h4 Most read']);
      expect(warnings.messages.join('\n')).to.contain('[popular-posts] attribute "heading-level"');
    } finally {
      warnings.restore();
    }
  });
});
