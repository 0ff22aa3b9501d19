import { aTimeout, expect, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/translate-toggle/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/author-card/define.js';
import { TranslateToggle } from '../../src/widgets/translate-toggle/translate-toggle.js';
import {
  proxyHost,
  proxyUrl,
  originalHost,
  unproxiedUrl,
  alternateHref,
} from '../../src/widgets/translate-toggle/providers.js';
import { storedLanguage } from '../../src/core/i18n/index.js';
import { installTranslator } from '../fixtures/translate/translator.js';
import {
  captureWarnings,
  logKey,
  received,
  fixtureWithChildren as fixture,
  root,
  withoutTranslator,
  googleElement,
  waitUntil,
} from '../helpers/index.js';

const STORAGE_KEY = 'blog-widgets:language';

const trigger = (el: TranslateToggle) => root(el).querySelector<HTMLButtonElement>('#trigger')!;
// The notice's text as shown (announced in its status only after the visitor used the toggle), without its buttons.
const notice = (el: TranslateToggle) =>
  [...root(el).querySelectorAll('[part=notice] > span')]
    .map((s) => s.textContent)
    .join('')
    .trim();
const items = (el: TranslateToggle) => [...root(el).querySelectorAll<HTMLElement>('[role=menuitemradio]')];
const shareHeading = (container: ParentNode) =>
  container.querySelector('share-buttons')!.shadowRoot!.querySelector('[part=heading]')!.textContent;
const focused = (el: TranslateToggle) => root(el).activeElement as HTMLElement | null;

/** Collects layout shifts (every entry, with or without recent input). */
function watchShifts(): { total: () => Promise<number> } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: false });
  return {
    async total() {
      await nextFrame();
      await nextFrame();
      await aTimeout(50);
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries.reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0);
    },
  };
}

/** Every test starts on an English page with nothing chosen or remembered. */
async function reset(): Promise<void> {
  localStorage.removeItem(STORAGE_KEY);
  const toggle = document.createElement('translate-toggle');
  toggle.pageLang = 'en';
  document.body.append(toggle);
  await toggle.updateComplete;
  await toggle.showOriginal();
  toggle.remove();
  localStorage.removeItem(STORAGE_KEY);
  document.documentElement.setAttribute('lang', 'en');
}

// Google's element loads once per page, like on a real page: the google tests run in this order (control, failure,
// first load) before any other test loads it.
describe('<translate-toggle>', () => {
  let restoreTranslator: () => void = () => {};
  beforeEach(async () => {
    restoreTranslator = withoutTranslator();
    await reset();
  });
  afterEach(async () => {
    await reset();
    restoreTranslator();
  });

  it('is accessible', async () => {
    const el = await fixture<TranslateToggle>(html`<translate-toggle provider="alternate"></translate-toggle>`);
    await expect(el).to.be.accessible();
    const menu = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi ur bn" provider="alternate"></translate-toggle>`,
    );
    await expect(menu).to.be.accessible();
    trigger(menu).click();
    await menu.updateComplete;
    await expect(menu).to.be.accessible();
  });

  it('with two languages shows one button naming the other language in its own script', async () => {
    const el = await fixture<TranslateToggle>(html`<translate-toggle provider="alternate"></translate-toggle>`);
    expect(trigger(el).textContent!.trim()).to.equal('हिन्दी');
    expect(trigger(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('hi');
    expect(trigger(el).hasAttribute('aria-haspopup')).to.equal(false);
    const ur = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en ur" provider="alternate"></translate-toggle>`,
    );
    expect(trigger(ur).textContent!.trim()).to.equal('اردو');
  });

  it('with more languages is a menu button listing each language in its own script', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi bn ta te mr ur" provider="alternate"></translate-toggle>`,
    );
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Language: English');
    expect(items(el).map((item) => item.querySelector('[lang]')!.textContent)).to.deep.equal([
      'English',
      'हिन्दी',
      'বাংলা',
      'தமிழ்',
      'తెలుగు',
      'मराठी',
      'اردو',
    ]);
    expect(items(el)[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('English (original)');
    expect(items(el).map((item) => item.getAttribute('aria-checked'))).to.deep.equal([
      'true',
      ...Array(6).fill('false'),
    ]);
  });

  it('adds the page language when it is not listed, and warns about codes that are not languages', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<TranslateToggle>(
        html`<translate-toggle languages="hi ur 12_x" page-lang="en" provider="alternate"></translate-toggle>`,
      );
      expect(items(el).map((item) => item.dataset.lang)).to.deep.equal(['en', 'hi', 'ur']);
      expect(warnings).to.deep.equal([
        '[translate-toggle] attribute "languages": "12_x" is not a language code; using "the others"',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it("alternate: opens the owner's hreflang translation, after switching the widgets and remembering the choice", async () => {
    const links = [
      ['x-default', 'https://quietmindnotes.blogspot.com/2026/11/worry.html'],
      ['en', location.href],
      ['hi-IN', 'https://quietmindnotes.blogspot.com/2026/11/worry-hi.html'],
      ['ur', 'https://quietmindnotes.blogspot.com/2026/11/worry-ur.html'],
    ].map(([hreflang, href]) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
    document.head.append(...links);
    try {
      expect(alternateHref('hi')).to.equal('https://quietmindnotes.blogspot.com/2026/11/worry-hi.html');
      expect(alternateHref('en')).to.equal(undefined); // the page itself
      const page = await fixture(
        html`<div><share-buttons networks="copy"></share-buttons><translate-toggle page-lang="en"></translate-toggle></div>`,
      );
      const el = page.querySelector('translate-toggle')!;
      const changed = oneEvent(document, 'language-change');
      const navigating = oneEvent(el, 'translate-navigate');
      el.addEventListener('translate-navigate', (event) => event.preventDefault());
      trigger(el).click();
      expect((await changed).detail).to.deep.equal({ lang: 'hi', previous: 'en' });
      expect((await navigating).detail).to.deep.equal({
        url: 'https://quietmindnotes.blogspot.com/2026/11/worry-hi.html',
        lang: 'hi',
        provider: 'alternate',
      });
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('hi');
      await page.querySelector('share-buttons')!.updateComplete;
      expect(shareHeading(page)).to.equal('शेयर करें:');
    } finally {
      for (const link of links) link.remove();
    }
  });

  it('proxy: builds the translate.goog address for a blogspot host and a custom domain with dashes', async () => {
    expect(proxyHost('quietmindnotes.blogspot.com')).to.equal('quietmindnotes-blogspot-com.translate.goog');
    expect(proxyHost('www.quiet-mind-notes.co.in')).to.equal('www-quiet--mind--notes-co-in.translate.goog');
    expect(originalHost('www-quiet--mind--notes-co-in.translate.goog')).to.equal('www.quiet-mind-notes.co.in');
    expect(proxyUrl('https://quietmindnotes.blogspot.com/2026/11/worry.html?m=1#comments', 'hi', 'en')).to.equal(
      'https://quietmindnotes-blogspot-com.translate.goog/2026/11/worry.html?m=1&_x_tr_sl=en&_x_tr_tl=hi&_x_tr_hl=hi#comments',
    );
    expect(proxyUrl('http://www.quiet-mind-notes.co.in/p/about.html', 'ta', 'en')).to.equal(
      'https://www-quiet--mind--notes-co-in.translate.goog/p/about.html?_x_tr_sl=en&_x_tr_tl=ta&_x_tr_hl=ta&_x_tr_sch=http',
    );
    expect(
      unproxiedUrl(
        'https://www-quiet--mind--notes-co-in.translate.goog/p/about.html?x=1&_x_tr_sl=en&_x_tr_tl=ta&_x_tr_hl=ta&_x_tr_sch=http',
      ),
    ).to.equal('http://www.quiet-mind-notes.co.in/p/about.html?x=1');
    // The proxy cannot reach these.
    for (const page of [
      'http://localhost:8000/x.html',
      'http://127.0.0.1/x',
      'https://blog.example/x',
      'file:///x.html',
      'https://a.com:8443/x',
    ]) {
      expect(proxyUrl(page, 'hi'), page).to.equal(undefined);
    }
  });

  it('proxy: opens the page through translate.goog using its canonical address', async () => {
    const canonical = Object.assign(document.createElement('link'), {
      rel: 'canonical',
      href: 'https://www.quiet-mind-notes.co.in/2026/11/worry.html',
    });
    document.head.append(canonical);
    try {
      const el = await fixture<TranslateToggle>(
        html`<translate-toggle provider="alternate proxy" page-lang="en"></translate-toggle>`,
      );
      el.addEventListener('translate-navigate', (event) => event.preventDefault());
      const navigating = oneEvent(el, 'translate-navigate');
      trigger(el).click();
      expect((await navigating).detail).to.deep.equal({
        url: 'https://www-quiet--mind--notes-co-in.translate.goog/2026/11/worry.html?_x_tr_sl=en&_x_tr_tl=hi&_x_tr_hl=hi',
        lang: 'hi',
        provider: 'proxy',
      });
    } finally {
      canonical.remove();
    }
  });

  it('browser: translates the target\'s text on the device, skips translate="no", code and widgets, and restores it', async () => {
    const translator = installTranslator();
    try {
      const page = await fixture(html`<div>
        <div id="content">
          <h3>Give worry an appointment</h3>
          <p>Worry is not a character flaw. <em>Really.</em></p>
          <p translate="no">Quiet Mind Notes</p>
          <pre>npm test</pre>
          <author-card name="Dr. Meera Rao"><p>I work with adults and students.</p></author-card>
          <share-buttons networks="copy"></share-buttons>
        </div>
        <translate-toggle provider="browser" target="#content"></translate-toggle>
      </div>`);
      const content = page.querySelector('#content')!;
      const before = content.innerHTML;
      const el = page.querySelector('translate-toggle')!;
      const changed = oneEvent(document, 'language-change');
      trigger(el).click();
      expect((await changed).detail).to.deep.equal({ lang: 'hi', previous: 'en' });
      await waitUntil(() => notice(el) === 'आपके डिवाइस पर ही अनुवाद हुआ। कुछ भी बाहर नहीं भेजा गया।', 'no notice');
      expect(content.querySelector('h3')!.textContent).to.equal('चिंता को एक समय दें');
      expect(content.querySelector('p')!.textContent).to.equal('चिंता कोई चरित्र दोष नहीं है। ⟨hi⟩ Really.');
      expect(content.querySelector('[translate=no]')!.textContent).to.equal('Quiet Mind Notes');
      expect(content.querySelector('pre')!.textContent).to.equal('npm test');
      expect(content.querySelector('author-card p')!.textContent).to.equal('मैं वयस्कों और विद्यार्थियों के साथ काम करती हूँ।');
      // Widgets translate themselves from their tables; the translator never sees their text.
      expect(shareHeading(page)).to.equal('शेयर करें:');
      expect(translator.calls.map((c) => c.text)).to.deep.equal([
        'Give worry an appointment',
        'Worry is not a character flaw.',
        'Really.',
        'I work with adults and students.',
      ]);
      expect(translator.created).to.deep.equal([{ sourceLanguage: 'en', targetLanguage: 'hi' }]);
      // The translated region says it is Hindi now; <html lang> is left alone because only #content changed.
      expect(content.getAttribute('lang')).to.equal('hi');
      expect(document.documentElement.lang).to.equal('en');

      expect(trigger(el).textContent!.trim()).to.equal('English');
      const back = oneEvent(document, 'language-change');
      trigger(el).click();
      expect((await back).detail).to.deep.equal({ lang: 'en', previous: 'hi', original: true });
      await el.updateComplete;
      expect(content.innerHTML).to.equal(before);
      expect(content.hasAttribute('lang')).to.equal(false);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      await page.querySelector('share-buttons')!.updateComplete;
      expect(shareHeading(page)).to.equal('Share:');
      expect(trigger(el).textContent!.trim()).to.equal('हिन्दी');
    } finally {
      translator.uninstall();
    }
  });

  it('browser: falls through to the next provider when the device cannot translate the pair', async () => {
    const translator = installTranslator((_source, target) => (target === 'ur' ? 'unavailable' : 'available'));
    try {
      const el = await fixture<TranslateToggle>(
        html`<translate-toggle languages="en ur" provider="browser" page-lang="en"></translate-toggle>`,
      );
      trigger(el).click();
      await waitUntil(() => notice(el) !== '', 'no notice');
      expect(notice(el)).to.equal('یہ صفحہ اردو میں دستیاب نہیں ہے۔');
      expect(translator.created).to.deep.equal([]);
      expect(document.documentElement.lang).to.equal('en');
    } finally {
      translator.uninstall();
    }
  });

  it('google: the stand-in element shifts the page by itself (the measurement below can fail)', async () => {
    const page = await fixture(html`<div><p>Worry is not a character flaw.</p><div id="standin-google"></div></div>`);
    const key = logKey('google-control');
    await new Promise<void>((resolve, reject) => {
      (window as unknown as Record<string, unknown>).controlInit = () => resolve();
      const script = Object.assign(document.createElement('script'), {
        src: `${googleElement(key)}?cb=controlInit`,
        onerror: reject,
      });
      document.head.append(script);
    });
    const google = (
      window as unknown as { google: { translate: { TranslateElement: new (o: object, id: string) => unknown } } }
    ).google;
    new google.translate.TranslateElement({ pageLanguage: 'en', includedLanguages: 'en,hi' }, 'standin-google');
    const combo = page.querySelector<HTMLSelectElement>('.goog-te-combo')!;
    const shifts = watchShifts();
    combo.value = 'hi';
    combo.dispatchEvent(new Event('change'));
    expect(page.querySelector('p')!.textContent).to.equal('[hi] Worry is not a character flaw.');
    expect(await shifts.total()).to.be.above(0);
    combo.value = '';
    combo.dispatchEvent(new Event('change'));
    expect(page.querySelector('p')!.textContent).to.equal('Worry is not a character flaw.');
    document.documentElement.setAttribute('lang', 'en');
  });

  it('google: a script that cannot load shows an error with a retry', async () => {
    const key = logKey('google-fail');
    const el = await fixture<TranslateToggle>(html`<translate-toggle provider="google" page-lang="en"
      script-src=${`/mock/status=503,log=${key}/element.js`}></translate-toggle>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      trigger(el).click();
      await waitUntil(() => notice(el) === 'पेज का अनुवाद नहीं हो सका।', 'no error');
      const retry = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'फिर से कोशिश करें')!;
      retry.click();
      await waitUntil(async () => (await received(key)).length === 2, 'no second attempt');
    } finally {
      console.warn = warn;
    }
  });

  it('google: loads nothing before the click, then applies and removes the language with no layout shift', async () => {
    const key = logKey('google');
    // A theme's line height, as every blog theme sets one: with the browser's default (normal) a line is as tall as
    // the font it is drawn in, so the page's own text grows when <html lang="hi"> draws it in Noto Sans Devanagari
    // (.ci/run installs the Indic fonts real phones have), whatever the widgets do.
    const page = await fixture(html`<div style="line-height: 1.5">
      <p id="text">Worry is not a character flaw.</p>
      <share-buttons networks="copy" layout="icons" heading="none"></share-buttons>
      <translate-toggle provider="google" script-src=${googleElement(key)} page-lang="en"></translate-toggle>
    </div>`);
    const el = page.querySelector('translate-toggle')!;
    const text = page.querySelector('#text')!;
    await aTimeout(100);
    expect(await received(key)).to.deep.equal([]);
    expect(document.querySelector(`script[src*="${key}"]`)).to.equal(null);

    const shifts = watchShifts();
    trigger(el).click();
    await waitUntil(() => text.textContent === '[hi] Worry is not a character flaw.', 'not translated');
    await waitUntil(() => notice(el) === 'Google द्वारा अनुवादित। पेज का टेक्स्ट Google को भेजा जाता है।', 'no notice');
    const requests = await received(key);
    expect(requests.length).to.equal(1);
    expect(requests[0].query.cb).to.match(/^\w+$/);
    const copy = page.querySelector('share-buttons')!.shadowRoot!.querySelector('[part=button]')!;
    expect(copy.getAttribute('aria-label')).to.equal('इस पेज का लिंक कॉपी करें');
    // Google's banner is there but hidden, and the page did not move.
    expect(getComputedStyle(document.querySelector('.goog-te-banner-frame')!).display).to.equal('none');
    expect(getComputedStyle(document.body).top).to.be.oneOf(['0px', 'auto']);
    expect(document.documentElement.lang).to.equal('hi'); // the page text itself is Hindi now

    trigger(el).click();
    await waitUntil(() => text.textContent === 'Worry is not a character flaw.', 'not restored');
    expect(document.documentElement.lang).to.equal('en');
    expect(await shifts.total()).to.equal(0);
    expect((await received(key)).length).to.equal(1); // loaded once
  });

  it('browser: when the device refuses to start the model, the next provider serves', async () => {
    const translator = installTranslator(() => 'downloadable', true);
    const key = logKey('fallthrough');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const page = await fixture(html`<div><p id="t">Worry is not a character flaw.</p>
        <translate-toggle provider="browser google" script-src=${googleElement(key)} page-lang="en"></translate-toggle></div>`);
      const el = page.querySelector('translate-toggle')!;
      const changes: unknown[] = [];
      const count = (event: Event) => changes.push((event as CustomEvent).detail);
      document.addEventListener('language-change', count);
      trigger(el).click();
      await waitUntil(
        () => page.querySelector('#t')!.textContent === '[hi] Worry is not a character flaw.',
        'google did not serve',
      );
      document.removeEventListener('language-change', count);
      expect(changes).to.deep.equal([{ lang: 'hi', previous: 'en' }]); // one change, whoever serves
      expect(warnings).to.deep.equal([
        '[translate-toggle] could not translate the page: the model needs a click to download',
      ]);
      await waitUntil(() => notice(el) === 'Google द्वारा अनुवादित। पेज का टेक्स्ट Google को भेजा जाता है।', 'no notice');
    } finally {
      console.warn = warn;
      translator.uninstall();
    }
  });

  it('switches every widget at once, and Urdu turns them right to left', async () => {
    const page = await fixture(html`<div>
      <share-buttons networks="whatsapp copy"></share-buttons>
      <author-card name="Dr. Meera Rao" cta-href="#book"></author-card>
      <translate-toggle languages="en hi ur" provider="alternate" page-lang="en"></translate-toggle>
    </div>`);
    const el = page.querySelector('translate-toggle')!;
    const share = page.querySelector('share-buttons')!;
    const card = page.querySelector('author-card')!;
    // fixture() waits for the wrapper only: wait for the widgets inside it too.
    await Promise.all([el, share, card].map((w) => w.updateComplete));
    trigger(el).click();
    await el.updateComplete;
    items(el)[2].click();
    await share.updateComplete;
    await card.updateComplete;
    expect(shareHeading(page)).to.equal('شیئر کریں:');
    expect(card.shadowRoot!.querySelector('[part=cta]')!.textContent).to.equal('رابطہ کریں');
    expect(getComputedStyle(share.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    expect(getComputedStyle(card.shadowRoot!.querySelector('.wrap')!).direction).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('.root')!).direction).to.equal('rtl');
    expect(document.documentElement.lang).to.equal('en');
    expect(trigger(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('زبان: اردو');
  });

  it('works by keyboard: Tab and Enter on the toggle', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle provider="alternate" page-lang="en"></translate-toggle>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(trigger(el));
    const changed = oneEvent(document, 'language-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.lang).to.equal('hi');
    before.remove();
  });

  it('works by keyboard: the menu button pattern', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi bn ur" provider="alternate" page-lang="en"></translate-toggle>`,
    );
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(items(el)[0]); // the checked language
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(items(el)[3]); // wraps
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(items(el)[3]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('[role=menu]')!.hasAttribute('hidden')).to.equal(true);
    expect(focused(el)).to.equal(trigger(el));

    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal(items(el)[3]); // ArrowUp opens on the last
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    const changed = oneEvent(document, 'language-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ lang: 'hi', previous: 'en' });
    await el.updateComplete;
    expect(focused(el)).to.equal(trigger(el));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(items(el).map((item) => item.getAttribute('aria-checked'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
    ]);
    await expect(el).to.be.accessible();
  });

  it('closes the menu on a click outside', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi ur" provider="alternate"></translate-toggle>`,
    );
    trigger(el).click();
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('restores a remembered choice: widgets created before and after the toggle, and the page text', async () => {
    const translator = installTranslator();
    try {
      localStorage.setItem(STORAGE_KEY, 'hi'); // the visitor chose Hindi on an earlier visit,
      localStorage.setItem('blog-widgets:language-provider', 'browser'); // translated on the device
      const restored = oneEvent(document, 'language-change');
      const page = await fixture(html`<div>
        <div id="content"><p>Worry is not a character flaw.</p><share-buttons networks="copy"></share-buttons></div>
        <translate-toggle provider="alternate browser" target="#content" page-lang="en"></translate-toggle>
      </div>`);
      const el = page.querySelector('translate-toggle')!;
      expect((await restored).detail).to.deep.equal({ lang: 'hi', previous: 'en' });
      await waitUntil(() => page.querySelector('p')!.textContent === 'चिंता कोई चरित्र दोष नहीं है।', 'page not restored');
      await page.querySelector('share-buttons')!.updateComplete;
      expect(shareHeading(page)).to.equal('शेयर करें:');
      expect(trigger(el).textContent!.trim()).to.equal('English');
      const later = await fixture(html`<share-buttons networks="copy"></share-buttons>`);
      expect(later.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('शेयर करें:');
    } finally {
      translator.uninstall();
    }
  });

  it('turns every widget of the demo blog into Hindi in one step, and Urdu turns them right to left', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size:1000px;block-size:600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('translate-toggle');
      await win.customElements.whenDefined('share-buttons'); // the loader imports the two apart, in either order
      const doc = frame.contentDocument!;
      const widgets = [...doc.querySelectorAll('*')].filter(
        (node) => node.localName.includes('-') && node.shadowRoot,
      ) as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      expect(widgets.map((w) => w.localName)).to.include.members(['author-card', 'share-buttons', 'translate-toggle']);
      const toggle = doc.querySelector('translate-toggle') as TranslateToggle;
      // The demo's own stand-in route belongs to the demo server; here the test server serves the same file.
      toggle.scriptSrc = googleElement(logKey('demo'));
      delete (win as unknown as Record<string, unknown>).Translator; // this machine's own would need a real click to download
      const pickFromMenu = async (lang: string) => {
        trigger(toggle).click();
        await toggle.updateComplete;
        const changed = oneEvent(doc, 'language-change');
        items(toggle)
          .find((item) => item.dataset.lang === lang)!
          .click();
        await changed; // one event switches them all
        await Promise.all(widgets.map((w) => w.updateComplete));
      };
      const roots = () => widgets.map((w) => w.shadowRoot!.querySelector('[dir]')!);
      await pickFromMenu('hi');
      expect(roots().map((r) => r.getAttribute('lang'))).to.deep.equal(widgets.map(() => 'hi'));
      expect(shareHeading(doc)).to.equal('शेयर करें:');
      expect(
        doc.querySelector('author-card')!.shadowRoot!.querySelector('[part=card]')!.getAttribute('aria-label'),
      ).to.equal('लेखक के बारे में');
      const title = doc.querySelector('article h2')!;
      await waitUntil(() => title.textContent!.startsWith('[hi] '), 'the demo text was not translated');
      await pickFromMenu('ur');
      expect(roots().map((r) => [r.getAttribute('lang'), win.getComputedStyle(r).direction])).to.deep.equal(
        widgets.map(() => ['ur', 'rtl']),
      );
      expect(shareHeading(doc)).to.equal('شیئر کریں:');
      await waitUntil(() => title.textContent!.startsWith('[ur] '), 'the demo text was not translated to Urdu');
      await pickFromMenu('en');
      expect(roots().map((r) => [r.getAttribute('lang'), win.getComputedStyle(r).direction])).to.deep.equal(
        widgets.map(() => ['en', 'ltr']),
      );
      await waitUntil(
        () => title.textContent === 'When worry will not switch off: five things that help',
        'not restored',
      );
      expect(doc.documentElement.lang).to.equal('en');
    } finally {
      frame.remove();
      localStorage.removeItem(STORAGE_KEY);
    }
  });

  it('ignores a remembered value that is not a language tag', async () => {
    localStorage.setItem(STORAGE_KEY, '<script>');
    expect(storedLanguage()).to.equal(undefined);
    localStorage.setItem(STORAGE_KEY, 'HI-in');
    expect(storedLanguage()).to.equal('hi-IN');
  });

  it('survives a real reload (in a frame): remembered, restored by a click, and forgotten by "Show original"', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size:600px;block-size:400px';
    const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
    let load = loaded();
    frame.src = '/test/fixtures/translate/reload.html';
    document.body.append(frame);
    const ready = async () => {
      await load;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('translate-toggle');
      await win.customElements.whenDefined('share-buttons'); // the loader imports the two apart, in either order
      const doc = frame.contentDocument!;
      const toggle = doc.querySelector('translate-toggle') as TranslateToggle;
      await toggle.updateComplete;
      await (doc.querySelector('share-buttons') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return { doc, toggle, win };
    };
    try {
      let { doc, toggle, win } = await ready();
      expect(shareHeading(doc)).to.equal('Share:');
      trigger(toggle).click();
      await waitUntil(
        () => doc.querySelector('#text')!.textContent === '[hi] Worry is not a character flaw.',
        'not translated',
      );
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('hi');

      expect(localStorage.getItem('blog-widgets:language-provider')).to.equal('google');

      load = loaded();
      win.location.reload();
      ({ doc, toggle, win } = await ready());
      expect(shareHeading(doc)).to.equal('शेयर करें:'); // before the toggle in the page, already Hindi
      // Google served the choice: on the new page only a click may load its script again.
      await waitUntil(
        () => trigger(toggle).textContent!.trim() === 'हिन्दी',
        'the toggle does not offer Hindi for the page',
      );
      expect(doc.querySelector('#text')!.textContent).to.equal('Worry is not a character flaw.');
      expect(doc.querySelector('script[src*="element.js"]')).to.equal(null);
      trigger(toggle).click();
      await waitUntil(
        () => doc.querySelector('#text')!.textContent === '[hi] Worry is not a character flaw.',
        'not translated after the click',
      );
      await toggle.updateComplete;
      expect(trigger(toggle).textContent!.trim()).to.equal('English');

      trigger(toggle).click(); // Show original
      await waitUntil(
        () => doc.querySelector('#text')!.textContent === 'Worry is not a character flaw.',
        'not shown original',
      );
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      load = loaded();
      win.location.reload();
      ({ doc, toggle } = await ready());
      expect(shareHeading(doc)).to.equal('Share:');
      expect(trigger(toggle).textContent!.trim()).to.equal('हिन्दी');
    } finally {
      frame.remove();
    }
  });

  describe('changes of mind, unknown languages, the proxy page', () => {
    const ORIGINAL_TEXT = 'Worry is not a character flaw.';

    it('the last choice wins: Hindi, then English while the model still downloads, leaves the page in English', async () => {
      const translator = installTranslator(() => 'downloadable', false, true);
      try {
        const page = await fixture(html`<div><p id="t">${ORIGINAL_TEXT}</p>
          <translate-toggle provider="browser" page-lang="en"></translate-toggle></div>`);
        const el = page.querySelector('translate-toggle')!;
        const hindi = el.switchTo('hi');
        await waitUntil(() => notice(el) === 'पेज का अनुवाद हो रहा है…', 'not translating');
        const english = el.switchTo('en');
        translator.release(); // the download finishes after the visitor changed their mind
        await hindi;
        await english;
        await el.updateComplete;
        expect(page.querySelector('#t')!.textContent).to.equal(ORIGINAL_TEXT);
        expect(document.documentElement.lang).to.equal('en');
        expect(el.currentLanguage).to.equal('en');
        expect(trigger(el).textContent!.trim()).to.equal('हिन्दी'); // offers Hindi: English is current
        expect(notice(el)).to.equal('');
        expect(storedLanguage()).to.equal(undefined);
      } finally {
        translator.uninstall();
      }
    });

    it('"Show original" is there while a translation is under way, and cancels it', async () => {
      const translator = installTranslator(() => 'downloadable', false, true);
      try {
        const page = await fixture(html`<div><p id="t">${ORIGINAL_TEXT}</p>
          <translate-toggle languages="en hi ur" provider="browser" page-lang="en"></translate-toggle></div>`);
        const el = page.querySelector('translate-toggle')!;
        const hindi = el.switchTo('hi');
        await waitUntil(() => notice(el).startsWith('पेज का अनुवाद हो रहा है…'), 'not translating');
        const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part=notice] button')].find(
          (b) => b.textContent!.trim() === 'मूल दिखाएँ',
        );
        expect(Boolean(button), 'Show original offered').to.equal(true);
        button!.click();
        translator.release();
        await hindi;
        await el.updateComplete;
        expect(page.querySelector('#t')!.textContent).to.equal(ORIGINAL_TEXT);
        expect(el.currentLanguage).to.equal('en');
        expect(items(el).find((i) => i.getAttribute('aria-checked') === 'true')!.dataset.lang).to.equal('en');
      } finally {
        translator.uninstall();
      }
    });

    it('gives the on-device model a time limit, then says so with a retry', async () => {
      installTranslator(() => 'downloadable', false, true); // never ready, as here with no network
      const warnings = captureWarnings();
      try {
        const el = await fixture<TranslateToggle>(
          html`<translate-toggle provider="browser" page-lang="en" .modelTimeout=${100}></translate-toggle>`,
        );
        await el.switchTo('hi');
        await el.updateComplete;
        expect(notice(el)).to.equal('पेज का अनुवाद नहीं हो सका।');
        expect(root(el).querySelector('[part=notice] button')!.textContent!.trim()).to.equal('फिर से कोशिश करें');
        expect(warnings.messages).to.deep.equal([
          '[translate-toggle] could not translate the page: the on-device model was not ready after 0.1 s',
        ]);
      } finally {
        warnings.restore();
        delete (globalThis as Record<string, unknown>).Translator;
      }
    });

    it('reserves the notice line: nothing below the toggle moves when a notice comes and goes', async () => {
      const translator = installTranslator();
      try {
        const page = await fixture(html`<div style="line-height: 1.5"><p id="t">${ORIGINAL_TEXT}</p>
          <translate-toggle provider="browser" page-lang="en"></translate-toggle><p>Below the toggle.</p></div>`);
        const el = page.querySelector('translate-toggle')!;
        await aTimeout(50);
        const shifts = watchShifts();
        trigger(el).click();
        await waitUntil(() => notice(el) === 'आपके डिवाइस पर ही अनुवाद हुआ। कुछ भी बाहर नहीं भेजा गया।', 'no notice');
        trigger(el).click();
        await waitUntil(
          () => page.querySelector('#t')!.textContent === ORIGINAL_TEXT && notice(el) === '',
          'not restored',
        );
        expect(await shifts.total()).to.equal(0);
      } finally {
        translator.uninstall();
      }
    });

    it('claims no language for a page that does not say its own: "Original", and one warning for the owner', async () => {
      document.documentElement.removeAttribute('lang');
      const warnings = captureWarnings();
      try {
        const el = await fixture<TranslateToggle>(
          html`<translate-toggle languages="ru en" provider="google" script-src=${googleElement(logKey())}></translate-toggle>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.deep.equal([
          '[translate-toggle] attribute "page-lang": not set, and the page does not say its language (no <html lang>); using "Original" for the page as written; set page-lang to the language of the posts, e.g. page-lang="ru"',
        ]);
        expect(el.pageLanguage).to.equal('');
        expect(items(el).map((i) => i.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
          'Original',
          'Русский',
          'English',
        ]);
        expect(
          items(el)
            .find((i) => i.getAttribute('aria-checked') === 'true')!
            .textContent!.trim(),
        ).to.equal('Original');
      } finally {
        warnings.restore();
      }
    });

    it("takes the blog's declared language, then the browser's detection, when <html lang> is missing", async () => {
      document.documentElement.removeAttribute('lang');
      const meta = Object.assign(document.createElement('meta'), { content: 'ru_RU' });
      meta.setAttribute('property', 'og:locale');
      document.head.append(meta);
      try {
        const el = await fixture<TranslateToggle>(
          html`<translate-toggle languages="ru en" provider="google" script-src=${googleElement(logKey())}></translate-toggle>`,
        );
        expect(el.pageLanguage).to.equal('ru-RU');
        expect(trigger(el).textContent!.trim()).to.equal('English'); // two languages: the toggle offers English
      } finally {
        meta.remove();
      }
      const detector = {
        availability: async () => 'available',
        create: async () => ({ detect: async () => [{ detectedLanguage: 'ru', confidence: 0.97 }] }),
      };
      Object.defineProperty(globalThis, 'LanguageDetector', { configurable: true, writable: true, value: detector });
      const warnings = captureWarnings();
      try {
        const el = await fixture<TranslateToggle>(
          html`<translate-toggle languages="ru en" provider="google" script-src=${googleElement(logKey())}></translate-toggle>`,
        );
        await waitUntil(() => el.pageLanguage === 'ru', 'not detected');
        await el.updateComplete;
        expect(trigger(el).textContent!.trim()).to.equal('English');
        expect(warnings.messages).to.have.length(1); // the owner is still told to set it
      } finally {
        warnings.restore();
        delete (globalThis as Record<string, unknown>).LanguageDetector;
      }
    });

    it("on Google's translate.goog page, shows the language it is in and offers the way back to the original address", async () => {
      const address = TranslateToggle.address;
      TranslateToggle.address = () =>
        'https://quietmind-example-com.translate.goog/2025/03/post.html?x=1&_x_tr_sl=en&_x_tr_tl=hi&_x_tr_hl=hi';
      try {
        const el = await fixture<TranslateToggle>(html`<translate-toggle page-lang="en"></translate-toggle>`);
        expect(el.currentLanguage).to.equal('hi');
        expect(trigger(el).textContent!.trim()).to.equal('English');
        el.addEventListener('translate-navigate', (e) => e.preventDefault());
        const going = oneEvent(el, 'translate-navigate');
        trigger(el).click();
        const { detail } = await going;
        expect(detail).to.deep.equal({
          url: 'https://quietmind.example.com/2025/03/post.html?x=1',
          lang: 'en',
          provider: 'original',
        });
      } finally {
        TranslateToggle.address = address;
      }
    });
  });
});
