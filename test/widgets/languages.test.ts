/**
 * Every widget in each of the seven languages that load on demand (es, pt, fr, de, ru, id, ar): the language's own
 * text shows, no string key and no English stands in for it, and Arabic runs right to left.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/index.js';
import { ar } from '../../src/core/i18n/ar.js';
import { de } from '../../src/core/i18n/de.js';
import { en } from '../../src/core/i18n/all.js';
import type { StringKey, Strings } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';
import { fr } from '../../src/core/i18n/fr.js';
import { id } from '../../src/core/i18n/id.js';
import { translate } from '../../src/core/i18n/index.js';
import { pt } from '../../src/core/i18n/pt.js';
import { ru } from '../../src/core/i18n/ru.js';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';

const LANGUAGES: Record<string, Partial<Strings>> = { es, pt, fr, de, ru, id, ar };
const feed = (key: string) => `/mock/file=feeds~blogger.json,log=${key}/feeds/posts/default`;
const NOW = Date.parse('2026-03-02T00:00:00Z');

/** Everything a visitor can see or hear: text, and the labels and placeholders assistive tech reads. */
function visible(el: Element): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((node) =>
    ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ');
}
const KEY = /\b(common|share|author|posts|search|subscribe|booking|translate)\.[a-z][\w.-]*/;
const text = (table: Partial<Strings>, key: StringKey) => String(table[key]).replace(/\s+/g, ' ');

async function mount(markup: string): Promise<HTMLElement> {
  // fixtureSync: a plain element would make fixture() wait for an animation frame, which never comes in a background tab.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 600px"></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

function expectSpeaks(el: HTMLElement, lang: string, table: Partial<Strings>, keys: StringKey[]) {
  const seen = visible(el);
  expect(seen, `${lang} ${el.localName}: a string key shows`).not.to.match(KEY);
  for (const key of keys) {
    expect(seen, `${lang} ${el.localName} ${key}`).to.contain(text(table, key));
    // (German "Name (optional)" is English too.)
    if (text(table, key) !== text(en, key))
      expect(seen, `${lang} ${el.localName} ${key} in English`).not.to.contain(text(en, key));
  }
  const own = el.shadowRoot!.querySelector(`[lang="${lang}"]`);
  expect(own, `${lang} ${el.localName}: the widget's own wrapper`).to.exist;
  expect(getComputedStyle(own!).direction, `${lang} ${el.localName}: direction`).to.equal(
    lang === 'ar' ? 'rtl' : 'ltr',
  );
}

describe('every widget in the languages that load on demand', function () {
  this.timeout(60_000);

  for (const [lang, table] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      it('share-buttons', async () => {
        const el = await mount(`<share-buttons lang="${lang}" networks="whatsapp email copy"></share-buttons>`);
        expectSpeaks(el, lang, table, ['share.heading', 'share.copy']);
      });

      it('author-card', async () => {
        const el = await mount(`<author-card lang="${lang}" name="Meera Rao" cta-href="#book"></author-card>`);
        expectSpeaks(el, lang, table, ['author.cta', 'author.about']);
      });

      it('popular-posts, with plural comment counts', async () => {
        const el = await mount(
          `<popular-posts lang="${lang}" loading="eager" show-comments src="${feed(`langs-pp-${lang}`)}"></popular-posts>`,
        );
        await waitUntil(
          () => el.shadowRoot!.querySelector('[part~=list]') && !el.shadowRoot!.querySelector('[part~=skeleton]'),
          'no list',
          { timeout: 15_000 },
        );
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expectSpeaks(el, lang, table, ['posts.listLabel']);
        const counts = [...el.shadowRoot!.querySelectorAll('[part~=list] li span')]
          .map((s) => s.textContent!.trim())
          .filter(Boolean);
        expect(counts.length, `${lang}: comment counts`).to.be.above(0);
        for (const count of counts) expect(count, `${lang}: comment count`).not.to.match(/comments?\b/);
      });

      it('featured-post', async () => {
        const el = await mount(
          `<featured-post lang="${lang}" loading="eager" src="${feed(`langs-fp-${lang}`)}"></featured-post>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[part=more]'), 'no card', { timeout: 15_000 });
        expectSpeaks(el, lang, table, ['posts.readMore']);
      });

      it('blog-search', async () => {
        const el = await mount(
          `<blog-search lang="${lang}" feed-type="blogger" src="/demo-blog/feeds/posts/default"></blog-search>`,
        );
        expectSpeaks(el, lang, table, ['search.label', 'search.submit']);
      });

      it('subscribe-form', async () => {
        const el = await mount(
          `<subscribe-form lang="${lang}" action="/mock/-/subscribe" fields="name"></subscribe-form>`,
        );
        expectSpeaks(el, lang, table, ['subscribe.button', 'subscribe.emailLabel', 'subscribe.nameLabel']);
      });

      it('translate-toggle', async () => {
        const el = await mount(
          `<translate-toggle lang="${lang}" languages="en hi ${lang}" provider="alternate"></translate-toggle>`,
        );
        expectSpeaks(el, lang, table, ['translate.language', 'translate.menu']);
      });

      it('book-appointment, through to the details step', async () => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 600px"></div>`);
        const el = document.createElement('book-appointment') as BookAppointment;
        for (const [k, v] of Object.entries({
          lang,
          timezone: 'Asia/Kolkata',
          hours: 'mon-fri 18:00-20:00',
          horizon: '14',
        }))
          el.setAttribute(k, v);
        el.now = NOW;
        wrapper.append(el);
        await el.updateComplete;
        expectSpeaks(el, lang, table, ['booking.stepWhen', 'booking.prevMonth', 'booking.nextMonth']);
        el.shadowRoot!.querySelector<HTMLElement>('td[data-date="2026-03-03"]')!.click();
        await el.updateComplete;
        const times = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.times button');
        expect(times.length).to.be.above(0);
        const status = el.shadowRoot!.querySelector('p.status')!.textContent!;
        // The plural form for that count, around the date (Arabic's "two" form has no digit: «موعدان متاحان»).
        for (const part of translate(lang, 'booking.timeCount', { count: times.length, date: '§' }).split('§')) {
          expect(status, `${lang}: free times`).to.contain(part.trim());
        }
        expect(status).not.to.contain('free time');
        times[0].click();
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no details step', { timeout: 15_000 });
        await el.updateComplete;
        expectSpeaks(el, lang, table, ['booking.stepDetails', 'booking.name', 'booking.back']);
      });
    });
  }
});
