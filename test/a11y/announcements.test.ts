// What a screen reader announces unprompted: nothing at page load (loading is shown, not spoken; an error at page
// load is shown, not shouted); an error that follows the visitor's own action is announced.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { alerts, spoken, captureWarnings, logKey, $, rendered, waitUntil } from '../helpers/index.js';
import { addWidgets, loaded } from '../helpers/widgets.js';

const feed = (extra = '') => `/mock/file=feeds~blogger.json,log=${logKey('say')}${extra}/feeds/posts/default`;

describe('announcements', function () {
  this.timeout(30_000);

  it('no widget says anything at page load, loading or loaded', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const widgets = addWidgets(box);
    await rendered(...widgets);
    expect(
      widgets.flatMap((w) => spoken(w).map((t) => `${w.localName}: ${t}`)),
      'while loading',
    ).to.deep.equal([]);
    await waitUntil(() => widgets.every(loaded), 'never loaded', { timeout: 15_000 });
    expect(
      widgets.flatMap((w) => spoken(w).map((t) => `${w.localName}: ${t}`)),
      'loaded',
    ).to.deep.equal([]);
  });

  it('<translate-toggle>: restoring a remembered language says nothing at page load; a pick the page lacks is said', async () => {
    localStorage.setItem('blog-widgets:language', 'hi'); // page-local (helpers/own-language-memory.ts)
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    try {
      const el = document.createElement('translate-toggle') as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('languages', 'en hi ur');
      el.setAttribute('provider', 'alternate');
      box.append(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(spoken(el), 'at page load').to.deep.equal([]);
      $(el, '#trigger')!.click();
      await el.updateComplete;
      $(el, '[data-lang=ur]')!.click();
      await waitUntil(() => spoken(el).length, 'the visitor’s pick is not said', { timeout: 15_000 });
    } finally {
      box.remove();
      localStorage.removeItem('blog-widgets:language');
      document.dispatchEvent(new CustomEvent('language-change', { detail: { lang: 'en', original: true } }));
    }
  });

  for (const tag of ['popular-posts', 'featured-post']) {
    it(`<${tag}>: says nothing while loading or when the feed fails at page load; announces a failed retry`, async () => {
      const slow = document.createElement(tag);
      slow.setAttribute('loading', 'eager');
      slow.setAttribute('src', feed(',hang=1'));
      const failing = document.createElement(tag);
      failing.setAttribute('loading', 'eager');
      failing.setAttribute('src', feed(',status=500'));
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(slow, failing);
      await waitUntil(() => $(slow, '[part~=skeleton]'), 'no skeleton');
      expect(spoken(slow), 'while loading').to.deep.equal([]);
      await waitUntil(() => $(failing, '[part~=error]'), 'no error', { timeout: 15_000 });
      expect($(failing, '[part~=error]')!.textContent).to.contain('500');
      expect(spoken(failing), 'error at page load').to.deep.equal([]);
      // The visitor presses Retry and it fails again: now it is said.
      const first = $(failing, '[part~=error]');
      $(failing, '[part~=retry]')!.click();
      await waitUntil(() => alerts(failing).length, 'a failed retry is not announced', { timeout: 15_000 });
      expect(alerts(failing).join(' ')).to.contain('500');
      // A new alert element, inserted with its text: what makes screen readers say it.
      expect($(failing, '[part~=error]') !== first).to.equal(true);
      box.remove();
    });
  }

  async function booking(attrs: Record<string, string>): Promise<BookAppointment> {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('book-appointment');
    for (const [k, v] of Object.entries({
      timezone: 'Asia/Kolkata',
      hours: 'mon-fri 18:00-20:00',
      horizon: '14',
      ...attrs,
    }))
      el.setAttribute(k, v);
    el.now = Date.parse('2026-03-02T00:00:00Z');
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }

  it('<book-appointment>: busy times that fail at page load are shown, not shouted; a failed retry is announced', async () => {
    const warnings = captureWarnings();
    try {
      const el = await booking({ 'busy-src': `/mock/log=${logKey('busy')},status=500,body=/busy` });
      expect(spoken(el), 'while loading').to.deep.equal([]);
      await waitUntil(() => $(el, '.busy-error'), 'no error shown', { timeout: 15_000 });
      expect(spoken(el), 'error at page load').to.deep.equal([]);
      $(el, '.busy-error button')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.busy-error'), 'no error after retry', { timeout: 15_000 });
      expect(alerts(el).join(' ')).to.contain('Could not check which times are already taken');
    } finally {
      warnings.restore();
    }
  });

  it('<book-appointment>: the later steps failing to load (after the visitor chose a time) is announced', async () => {
    const el = await booking({});
    // White box: the steps' module cannot be made to fail once it is in the module map, so the failed state
    // is set as the steps' loader (steps-loader.ts, the widget's `later`) sets it after the visitor chose a time.
    Object.assign(el, { step: 'details' });
    Object.assign((el as unknown as { later: object }).later, { failed: true, loading: new Promise(() => {}) });
    el.requestUpdate();
    await new Promise((r) => setTimeout(r, 0));
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Try again'), 'no error shown');
    expect(alerts(el).join(' ')).to.contain('Try again');
  });
});
