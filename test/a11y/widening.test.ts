// Nothing in any widget, in any language or direction, makes the page wider than a 320 px phone.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';
import { ensureStrings, supportedLanguages } from '../../src/core/i18n/index.js';
import { logKey } from '../helpers/console.js';

const feed = () => `/mock/file=feeds~blogger.json,log=${logKey('wide')}/feeds/posts/default`;

/** Every widget, configured as an owner would. */
const WIDGETS = (): Record<string, Record<string, string>> => ({
  'author-card': { name: 'Dr. Meera Rao', credentials: 'Ph.D., Counselling Psychologist', 'cta-href': '#book', 'cta-label': 'Book an appointment' },
  'blog-search': { 'feed-type': 'blogger', src: feed() },
  'book-appointment': { timezone: 'Asia/Kolkata', hours: 'mon-fri 18:00-20:00', horizon: '14', 'crisis-note': 'In a crisis call 112 (free, 24 hours).' },
  'featured-post': { loading: 'eager', src: feed() },
  'popular-posts': { loading: 'eager', src: feed(), heading: 'Most read', 'show-comments': '' },
  'share-buttons': { url: 'https://blog.example/post.html' },
  'subscribe-form': { action: '/mock/-/subscribe', fields: 'name', consent: 'I agree to receive the newsletter' },
  'translate-toggle': { languages: 'en hi ur bn', provider: 'alternate' },
});

const loaded = (el: Element) => !el.shadowRoot?.querySelector('[part~=skeleton]') && el.shadowRoot?.childElementCount;

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
        for (const [tag, attrs] of Object.entries(WIDGETS())) {
          const el = document.createElement(tag);
          el.setAttribute('lang', lang);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          box.append(el);
        }
        const widgets = [...box.children];
        await waitUntil(() => widgets.every(loaded), `${lang}: widgets never loaded`, { timeout: 15_000 });
        await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
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
