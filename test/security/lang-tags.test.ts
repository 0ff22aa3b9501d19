// Language tags are data, not keys: a lang that names an Object.prototype property ("constructor", "__proto__",
// "toString", ...) on a widget or on <html> renders the widget in the fallback language and throws nothing.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { ensureStrings, setStrings, tableLanguage, translate } from '../../src/core/i18n/index.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';
import { rendered } from '../helpers/index.js';

const PROTO_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'constructor-IN',
  '__proto__-x',
];

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

  it('placeholders name own parameters only', () => {
    setStrings('en-x-test', { 'share.heading': '{constructor} {toString} {count}' });
    expect(translate('en-x-test', 'share.heading', { count: 2 })).to.equal('{constructor} {toString} 2');
  });

  for (const lang of PROTO_NAMES) {
    it(`render a widget with lang="${lang}" in English`, async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons lang=${lang} url="https://blog.example/p.html"></share-buttons>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=heading]')?.textContent).to.equal('Share:');
    });
  }

  it('render every widget with such a lang: no error, no string key shown', async () => {
    // Attributes that give each widget something to show without any network.
    const widgets: Record<string, string> = {
      'author-card': 'name="Dr. Test"',
      'share-buttons': 'url="https://blog.example/p.html"',
      'book-appointment': 'timezone="Asia/Kolkata" hours="mon-sat 10:00-18:00" action="/mock/-/b"',
      'translate-toggle': 'languages="en hi constructor __proto__" page-lang="en"',
      'popular-posts': 'src="/mock/file=feeds~atom.xml/feed.xml" loading="eager" cache-ttl="0"',
      'featured-post': 'src="/mock/file=feeds~atom.xml/feed.xml" loading="eager" cache-ttl="0"',
      'subscribe-form': 'action="/mock/-/s"',
      'blog-search': 'src="/mock/file=feeds~atom.xml/feed.xml"',
    };
    const logged: string[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      for (const lang of ['constructor', '__proto__']) {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = Object.entries(widgets)
          .map(([tag, attrs]) => `<${tag} lang="${lang}" ${attrs}></${tag}>`)
          .join('');
        document.body.append(wrapper);
        const els = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await rendered(...els);
        await nextFrame();
        for (const el of els) {
          const text = el.shadowRoot!.textContent!;
          expect(el.shadowRoot!.childElementCount, `${el.localName} ${lang}`).to.be.greaterThan(0);
          expect(text, `${el.localName} ${lang}`).not.to.match(
            /\b(common|posts|search|subscribe|booking|translate|share|author)\.[a-z]+[A-Z]?\w*\b/,
          );
        }
        wrapper.remove();
      }
    } finally {
      console.error = error;
      console.warn = warn;
    }
    expect(logged.filter((m) => !/attribute "languages"/.test(m))).to.deep.equal([]);
  });

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
