// Contrast computed from the colours the browser computed: 4.5:1 for text, 3:1 for the edges that show a state,
// on a light page and on a dark page (light text on near-black, as dark Blogger themes are).
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/blog-search/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import type { BlogSearch } from '../../src/widgets/blog-search/blog-search.js';
import { colourContrast, darkPage, textContrast, searchFor, logKey, $, $$, waitUntil } from '../helpers/index.js';

const NOW = Date.parse('2026-03-02T00:00:00Z');

async function booking(layout: 'inline' | 'button'): Promise<BookAppointment> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('book-appointment');
  for (const [k, v] of Object.entries({
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'Asia/Kolkata',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    layout,
  }))
    el.setAttribute(k, v);
  el.now = NOW;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('contrast', function () {
  this.timeout(30_000);
  afterEach(() => darkPage(false));

  for (const dark of [false, true]) {
    for (const layout of ['inline', 'button'] as const) {
      it(`booking's error messages and invalid fields (${dark ? 'dark' : 'light'} page, ${layout === 'inline' ? 'in the page' : 'in the modal'})`, async () => {
        darkPage(dark);
        const el = await booking(layout);
        if (layout === 'button') {
          $(el, '[part=open]').click();
          await el.updateComplete;
        }
        $(el, 'td[data-date="2026-03-03"]').click();
        await el.updateComplete;
        $$(el, '.times button')[0].click();
        await el.updateComplete;
        $(el, 'form button[type=submit]').click();
        await el.updateComplete;
        const errors = $$(el, '.error');
        expect(errors.length).to.be.greaterThan(0);
        for (const error of errors) expect(textContrast(error), error.textContent!).to.be.at.least(4.5);
        const invalid = $(el, '[aria-invalid=true]');
        expect(colourContrast(invalid, getComputedStyle(invalid).borderTopColor), 'invalid field edge').to.be.at.least(
          3,
        );
      });
    }

    it(`the highlighted search result's title and date (${dark ? 'dark' : 'light'} page)`, async () => {
      darkPage(dark);
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${`/mock/log=${logKey('c')},file=search~q-{q}.json/feeds/posts/default`}></blog-search>`,
      );
      await searchFor(el, 'anxiety');
      await waitUntil(() => $(el, '[role=option] .date'), 'no dated result');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const selected = $(el, '[role=option][aria-selected=true]');
      expect(textContrast(selected.querySelector('.title')!)).to.be.at.least(4.5);
      expect(textContrast(selected.querySelector('.date')!)).to.be.at.least(4.5);
      const other = $(el, '[role=option][aria-selected=false] .date');
      if (other) expect(textContrast(other)).to.be.at.least(4.5);
    });
  }
});
