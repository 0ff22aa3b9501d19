// Language tags are data, not keys: a lang that names an Object.prototype property ("constructor", "__proto__",
// "toString", ...) on a widget or on <html> renders the widget in the fallback language and throws nothing.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { ensureStrings, tableLanguage, translate } from '../../src/core/i18n/index.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/author-card/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'constructor-IN', '__proto__-x'];

describe('language tags that name Object.prototype properties', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.documentElement.setAttribute('lang', 'en');
  });
  afterEach(() => expect(errors).to.deep.equal([]));

  it('resolve to the English table and load nothing', () => {
    document.createElement('share-buttons'); // adds its strings
    for (const lang of PROTO_NAMES) {
      expect(() => ensureStrings(lang), lang).not.to.throw();
      expect(ensureStrings(lang), lang).to.equal(undefined);
      expect(tableLanguage(lang), lang).to.equal('en');
      expect(translate(lang, 'share.heading'), lang).to.equal('Share:');
    }
  });

  for (const lang of PROTO_NAMES) {
    it(`render a widget with lang="${lang}" in English`, async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons lang=${lang} url="https://blog.example/p.html"></share-buttons>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=heading]')?.textContent).to.equal('Share:');
    });
  }

  it('render widgets in English under <html lang="constructor"> and <html lang="__proto__">', async () => {
    for (const lang of ['constructor', '__proto__']) {
      document.documentElement.setAttribute('lang', lang);
      const el = await fixture<ShareButtons>(html`<share-buttons url="https://blog.example/p.html"></share-buttons>`);
      await el.updateComplete;
      await nextFrame();
      expect(el.shadowRoot!.querySelector('[part~=heading]')?.textContent, lang).to.equal('Share:');
      const card = await fixture(html`<author-card name="Dr. Test"></author-card>`);
      expect(card.shadowRoot!.textContent, lang).to.include('Dr. Test');
    }
  });
});
