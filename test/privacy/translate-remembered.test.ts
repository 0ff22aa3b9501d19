/**
 * A remembered language choice never starts a third-party provider by itself (issue 12, "Privacy"): the next page
 * restores the choice only through the same first-party or on-device provider that served it; Google's script
 * loads only after a click, on every page.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/translate-toggle/define.js';
import type { TranslateToggle } from '../../src/widgets/translate-toggle/translate-toggle.js';
import { installTranslator } from '../fixtures/translate/translator.js';
import { logKey, received, withoutTranslator, googleElement, waitUntil } from '../helpers/index.js';

const LANGUAGE = 'blog-widgets:language';
const PROVIDER = 'blog-widgets:language-provider';
const trigger = (el: TranslateToggle) => el.shadowRoot!.querySelector<HTMLButtonElement>('#trigger')!;
const googleScripts = () =>
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) =>
    /element\.js|translate\.google/.test(s.src),
  );

/** Back to an English page with nothing chosen or remembered. */
async function reset(): Promise<void> {
  const toggle = document.createElement('translate-toggle');
  toggle.pageLang = 'en';
  document.body.append(toggle);
  await toggle.updateComplete;
  await toggle.showOriginal();
  toggle.remove();
  localStorage.removeItem(LANGUAGE);
  localStorage.removeItem(PROVIDER);
  document.documentElement.setAttribute('lang', 'en');
}

/** A later page: the toggle restores the remembered choice; resolves once it has settled. */
async function laterPage(key: string, providers = 'alternate browser google') {
  const restored = oneEvent(document, 'language-change');
  const page = await fixture(html`<div><main><p id="text">Worry is not a character flaw.</p></main>
    <translate-toggle provider=${providers} script-src=${googleElement(key)} page-lang="en"></translate-toggle></div>`);
  const el = page.querySelector<TranslateToggle>('translate-toggle')!;
  expect((await restored).detail).to.deep.equal({ lang: 'hi', previous: 'en' });
  // Settled: either Google's script was added (the defect) or the toggle offers Hindi for the page, waiting for a click.
  await waitUntil(
    () => googleScripts().length > 0 || trigger(el).textContent!.trim() === 'हिन्दी',
    'the restore never settled',
  );
  await el.updateComplete;
  return { page, el };
}

describe('privacy: a remembered language choice', function () {
  this.timeout(20_000);
  let restoreTranslator: () => void = () => {};
  beforeEach(async () => {
    restoreTranslator = withoutTranslator();
    await reset();
  });
  afterEach(async () => {
    await reset();
    restoreTranslator();
  });

  for (const served of ['google', 'proxy', null]) {
    it(`served by ${served ?? 'an earlier version (no provider recorded)'}: the next page loads no script until a click`, async () => {
      const key = logKey(`remembered-${served}`);
      localStorage.setItem(LANGUAGE, 'hi');
      if (served) localStorage.setItem(PROVIDER, served);
      const { page } = await laterPage(key);
      expect(googleScripts()).to.deep.equal([]);
      expect(await received(key)).to.deep.equal([]);
      expect(page.querySelector('#text')!.textContent).to.equal('Worry is not a character flaw.');
    });
  }

  it('served on the device: the next page restores it on the device, and asks Google for nothing', async () => {
    const translator = installTranslator();
    try {
      const key = logKey('remembered-browser');
      localStorage.setItem(LANGUAGE, 'hi');
      localStorage.setItem(PROVIDER, 'browser');
      const restored = oneEvent(document, 'language-change');
      const page = await fixture(html`<div><main><p id="text">Worry is not a character flaw.</p></main>
        <translate-toggle provider="alternate browser google" target="main" script-src=${googleElement(key)} page-lang="en"></translate-toggle></div>`);
      await restored;
      await waitUntil(
        () => page.querySelector('#text')!.textContent === 'चिंता कोई चरित्र दोष नहीं है।',
        'not restored on the device',
      );
      expect(googleScripts()).to.deep.equal([]);
      expect(await received(key)).to.deep.equal([]);
    } finally {
      translator.uninstall();
    }
  });

  it("served by the owner's translation: a page without one loads no script until a click, then Google serves", async () => {
    const key = logKey('remembered-alternate');
    localStorage.setItem(LANGUAGE, 'hi');
    localStorage.setItem(PROVIDER, 'alternate');
    const { page, el } = await laterPage(key);
    expect(googleScripts()).to.deep.equal([]);
    expect(await received(key)).to.deep.equal([]);
    expect(page.querySelector('#text')!.textContent).to.equal('Worry is not a character flaw.');
    // The widgets are in Hindi already; the button offers Hindi for the page itself, and only its click loads Google.
    trigger(el).click();
    await waitUntil(
      () => page.querySelector('#text')!.textContent === '[hi] Worry is not a character flaw.',
      'the click did not translate',
    );
    expect(await received(key)).to.have.length(1);
    expect(localStorage.getItem(PROVIDER)).to.equal('google');
  });
});
