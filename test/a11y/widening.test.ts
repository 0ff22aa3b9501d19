// Nothing in any widget, in any language or direction, makes the page wider than a 320 px phone.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ensureStrings, supportedLanguages } from '../../src/core/i18n/index.js';
import { addWidgets, loaded } from '../helpers/widgets.js';
import { searchFor, rendered, waitUntil } from '../helpers/index.js';

describe('no widening', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.documentElement.removeAttribute('dir'));

  for (const pageDir of ['ltr', 'rtl']) {
    it(`every widget in every language keeps a ${pageDir} page at 320 px`, async () => {
      document.documentElement.dir = pageDir;
      const wider: string[] = [];
      for (const lang of supportedLanguages()) {
        await ensureStrings(lang);
        const box = fixtureSync<HTMLDivElement>(html`<div></div>`);
        const widgets = addWidgets(box, lang);
        await waitUntil(() => widgets.every(loaded), `${lang}: widgets never loaded`, { timeout: 15_000 });
        await rendered(...widgets);
        // Popups open and booking one step on: the states where something is placed beside or over the page.
        const by = (tag: string) =>
          widgets.find((w) => w.localName === tag)! as HTMLElement & { updateComplete: Promise<unknown> };
        by('translate-toggle').shadowRoot!.querySelector<HTMLElement>('#trigger')!.click();
        by('book-appointment').shadowRoot!.querySelector<HTMLElement>('td[aria-disabled=false]')!.click();
        // Booking's next step moves focus to its heading once loaded: search after that, as a visitor would.
        await by('book-appointment').updateComplete;
        await searchFor(by('blog-search'), 'sleep');
        await rendered(...widgets);
        expect(by('blog-search').shadowRoot!.querySelector('[role=option]'), 'search results open').to.not.equal(null);
        const width = () => document.documentElement.scrollWidth;
        if (width() > innerWidth) {
          // Which one: show each alone.
          for (const w of widgets) {
            widgets.forEach((o) => ((o as HTMLElement).style.display = o === w ? '' : 'none'));
            if (width() > innerWidth) wider.push(`${w.localName} lang=${lang}: ${width()} px`);
          }
        }
        box.remove();
      }
      expect(innerWidth).to.equal(320);
      expect(wider).to.deep.equal([]);
    });
  }
});
