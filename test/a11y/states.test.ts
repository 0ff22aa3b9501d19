// axe on every widget in every state (loading, empty, error, success, open popups, every booking step, the modal),
// on a light page, a dark page and with forced colours, in English, Hindi and Urdu.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './../helpers/own-language-memory.js';
import '../helpers/widgets.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { ensureStrings } from '../../src/core/i18n/index.js';
import {
  darkPage,
  forcedColors,
  lowContrastText,
  searchFor,
  captureWarnings,
  logKey,
  $,
  waitUntil,
} from '../helpers/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const feed = (extra = '', file = 'feeds~blogger.json') =>
  `/mock/file=${file},log=${logKey('state')}${extra}/feeds/posts/default`;

let box: HTMLElement;
async function make(tag: string, lang: string, attrs: Record<string, string>): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('lang', lang);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (tag === 'book-appointment') (el as unknown as BookAppointment).now = Date.parse('2026-03-02T00:00:00Z');
  box.append(el);
  await el.updateComplete;
  return el;
}
const until = (what: string, test: () => unknown) => waitUntil(test, what, { timeout: 15_000 });

/** Each state: a name and how to reach it; every state is checked with axe. */
type Check = (name: string, el: Element) => Promise<void>;
type Scenario = (lang: string, check: Check) => Promise<void>;

const feedWidget =
  (tag: string): Scenario =>
  async (lang, check) => {
    const loading = await make(tag, lang, { loading: 'eager', src: feed(',hang=1') });
    await until('skeleton', () => $(loading, '[part~=skeleton]'));
    await check('loading', loading);
    const empty = await make(tag, lang, { loading: 'eager', src: feed('', 'feeds~blogger-empty.json') });
    await until('empty', () => $(empty, '[part~=empty]'));
    await check('empty', empty);
    const failed = await make(tag, lang, { loading: 'eager', src: feed(',status=500') });
    await until('error', () => $(failed, '[part~=error]'));
    await check('error', failed);
    const ready = await make(tag, lang, { loading: 'eager', src: feed(), heading: 'Most read', 'show-comments': '' });
    await until('posts', () => $(ready, '[part~=title]') && !$(ready, '[part~=skeleton]'));
    await check('success', ready);
  };

const SCENARIOS: Record<string, Scenario> = {
  'popular-posts': feedWidget('popular-posts'),
  'featured-post': feedWidget('featured-post'),
  'blog-search': async (lang, check) => {
    const el = await make('blog-search', lang, {
      'feed-type': 'blogger',
      debounce: '0',
      src: `/mock/log=${logKey('s')},file=search~q-{q}.json/feeds/posts/default`,
    });
    await check('idle', el);
    await searchFor(el, 'anxiety');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await check('results open, one highlighted', el);
    await searchFor(el, 'zzzz');
    await check('no results', el);
    const failed = await make('blog-search', lang, {
      'feed-type': 'blogger',
      debounce: '0',
      src: `/mock/log=${logKey('s')},status=500/feeds/posts/default`,
    });
    const input = $(failed, 'input') as HTMLInputElement;
    input.focus();
    input.value = 'sleep';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await until('search error', () => $(failed, '[part=status]'));
    await check('error', failed);
  },
  'subscribe-form': async (lang, check) => {
    const attrs = { fields: 'name', consent: 'I agree to receive the newsletter', description: 'One email a week.' };
    const el = await make('subscribe-form', lang, { ...attrs, action: `/mock/log=${logKey('sub')},body=%7B%7D/s` });
    (el as unknown as { minTime: number }).minTime = 0;
    await check('idle', el);
    ($(el, '[part=button]') as HTMLButtonElement).click();
    await el.updateComplete;
    await check('invalid', el);
    const failed = await make('subscribe-form', lang, { ...attrs, action: `/mock/log=${logKey('sub')},status=500/s` });
    (failed as unknown as { minTime: number }).minTime = 0;
    for (const form of [el, failed]) {
      const email = $(form, '#email') as HTMLInputElement;
      email.value = 'asha@example.com';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      ($(form, '#consent') as HTMLInputElement).click();
      await form.updateComplete;
      ($(form, '[part=button]') as HTMLButtonElement).click();
    }
    await until('subscribed', () => $(el, '.status.done'));
    await check('success', el);
    await until('failed', () => $(failed, '.failure'));
    await check('error', failed);
  },
  'translate-toggle': async (lang, check) => {
    const el = await make('translate-toggle', lang, { languages: 'en hi ur bn', provider: 'alternate' });
    await check('closed', el);
    $(el, '#trigger')!.click();
    await el.updateComplete;
    await check('menu open', el);
  },
  'share-buttons': async (lang, check) =>
    check('default', await make('share-buttons', lang, { url: 'https://blog.example/post.html' })),
  'author-card': async (lang, check) => {
    const el = await make('author-card', lang, { name: 'Dr. Meera Rao', credentials: 'Ph.D.', 'cta-href': '#book' });
    el.innerHTML = '<p>I help adults with anxiety.</p>';
    await check('default', el);
  },
  'book-appointment': async (lang, check) => {
    const attrs = {
      timezone: 'Asia/Kolkata',
      'visitor-timezone': 'America/New_York',
      hours: 'mon-fri 18:00-20:00',
      horizon: '14',
      'crisis-note': 'In a crisis call 112.',
    };
    const el = (await make('book-appointment', lang, {
      ...attrs,
      action: `/mock/log=${logKey('b')},body=%7B%7D/book`,
    })) as Widget & BookAppointment;
    await check('calendar', el);
    $(el, 'td[data-date="2026-03-03"]')!.click();
    await el.updateComplete;
    await check('times', el);
    $(el, '.times button')!.click();
    await el.updateComplete;
    await check('details', el);
    ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    await check('details with errors', el);
    for (const [id, value] of [
      ['f-name', 'Asha Verma'],
      ['f-email', 'asha@example.com'],
    ]) {
      const input = $(el, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    ($(el, '#f-consent') as HTMLInputElement).click();
    await el.updateComplete;
    ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    await check('review', el);
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send')!.click();
    await sent;
    await el.updateComplete;
    await check('done', el);
    const modal = (await make('book-appointment', lang, {
      ...attrs,
      layout: 'button',
      action: '/mock/-/book',
    })) as Widget & BookAppointment;
    await check('button', modal);
    $(modal, '[part=open]')!.click();
    await modal.updateComplete;
    await check('modal open', modal);
    modal.shadowRoot!.querySelector('dialog')!.close();
  },
};

describe('accessibility in every state', function () {
  this.timeout(180_000);
  afterEach(async () => {
    darkPage(false);
    await forcedColors(false);
    box?.remove();
  });

  for (const theme of ['light', 'dark', 'forced colours']) {
    for (const lang of ['en', 'hi', 'ur']) {
      it(`${theme}, ${lang}`, async () => {
        await ensureStrings(lang);
        darkPage(theme === 'dark');
        await forcedColors(theme === 'forced colours');
        const warnings = captureWarnings();
        const failures: string[] = [];
        const checked: string[] = [];
        try {
          for (const [tag, scenario] of Object.entries(SCENARIOS)) {
            box = fixtureSync<HTMLDivElement>(html`<div style="max-inline-size: 40rem"></div>`);
            await scenario(lang, async (state, el) => {
              checked.push(`${tag} ${state}`);
              try {
                await expect(el).to.be.accessible();
              } catch (error) {
                failures.push(`${tag} (${state}): ${(error as Error).message.split('\n').slice(0, 6).join(' ')}`);
              }
              // axe leaves colours it cannot resolve (color-mix, translucent layers) "incomplete": measured here.
              for (const low of lowContrastText(el, 4.5)) failures.push(`${tag} (${state}): contrast ${low}`);
            });
            box.remove();
          }
        } finally {
          warnings.restore();
        }
        expect(checked).to.have.length(28);
        expect(failures).to.deep.equal([]);
      });
    }
  }
});
