/**
 * Links and windows that open another site carry noopener noreferrer, and requests to another site carry no more
 * than this site's origin as Referer, even on a page whose referrer policy would send its whole address.
 */
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';
import { logKey, received, update, $, $$, waitUntil } from '../helpers/index.js';

const feed = (key = logKey('links')) => `/mock/file=feeds~blogger.json,log=${key}/feeds/posts/default`;
const searchFeed = () => `/mock/file=search~q-{q}.json,log=${logKey('links')}/feeds/posts/default`;

/** Every link and form in the light and shadow trees under `root`. */
function linksIn(root: ParentNode, out: (HTMLAnchorElement | HTMLAreaElement | HTMLFormElement)[] = []) {
  for (const el of root.querySelectorAll('*')) {
    if ((el instanceof HTMLAnchorElement || el instanceof HTMLAreaElement) && el.hasAttribute('href')) out.push(el);
    if (el instanceof HTMLFormElement && el.target) out.push(el);
    if (el.shadowRoot) linksIn(el.shadowRoot, out);
  }
  if (root instanceof Element && root.shadowRoot) linksIn(root.shadowRoot, out);
  return out;
}

/** Links that open a new window or another site without both noopener and noreferrer. */
function unprotected(root: ParentNode): string[] {
  return linksIn(root)
    .filter((link) => {
      const address = link instanceof HTMLFormElement ? link.action : link.href;
      const url = new URL(address, document.baseURI);
      const elsewhere = /^https?:$/.test(url.protocol) && url.origin !== location.origin;
      return link.target === '_blank' || elsewhere;
    })
    .filter((link) => !(link.relList.contains('noopener') && link.relList.contains('noreferrer')))
    .map((link) => link.outerHTML.slice(0, 160));
}

const NOW = Date.parse('2026-03-02T00:00:00Z');
let privacyShown = 0;

async function booking(attrs: Record<string, string>): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('book-appointment');
  const all = {
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'America/New_York',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    ...attrs,
  };
  for (const [k, v] of Object.entries(all)) el.setAttribute(k, v);
  (el as unknown as { now: number }).now = NOW;
  wrapper.append(el);
  await update(el);
  return el;
}

/** Date, time, details, review, send: every step's links get rendered on the way. */
async function book(el: HTMLElement, seen: string[][]) {
  const step = async (target: HTMLElement | null | undefined) => {
    target!.click();
    await update(el);
    seen.push(unprotected(el));
    if (linksIn(el).some((a) => a.textContent?.includes('Privacy'))) privacyShown += 1;
  };
  await step($(el, 'td[data-date="2026-03-03"]'));
  await waitUntil(() => $$(el, '.times button').length > 0, 'no times offered');
  await step($$(el, '.times button')[0]);
  for (const [name, value] of [
    ['name', 'Asha Verma'],
    ['email', 'asha@example.com'],
    ['phone', '+91 98765 43210'],
  ]) {
    const input = $<HTMLInputElement>(el, `#f-${name}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await step($(el, '#f-consent'));
  await step($(el, 'form button[type=submit]'));
  await step($$(el, 'button').find((b) => /send/i.test(b.textContent ?? '')));
}

describe('links to other sites: noopener noreferrer', () => {
  it('no widget renders a new-window or other-site link without both tokens', async () => {
    const page = await fixture(html`<div>
      <share-buttons networks="native whatsapp x facebook linkedin telegram reddit pinterest email copy"></share-buttons>
      <author-card name="Dr Asha" href="https://example.org/dr-asha" cta-href="https://example.org/book" photo="/test/fixtures/author.svg">
        <p>Counselling psychologist.</p>
      </author-card>
      <popular-posts loading="eager" src=${feed()}></popular-posts>
      <featured-post loading="eager" src=${feed()}></featured-post>
      <subscribe-form provider="endpoint" action="/mock/log=links/subscribe" privacy-href="https://example.org/privacy"></subscribe-form>
      <blog-search feed-type="blogger" debounce="0" src=${searchFeed()} action="https://search.example/find"></blog-search>
      <translate-toggle page-lang="en" languages="en hi"></translate-toggle>
    </div>`);
    await Promise.all(
      [...page.querySelectorAll('popular-posts, featured-post')].map((el) =>
        Promise.race([oneEvent(el, 'posts-load'), oneEvent(el, 'posts-error')]),
      ),
    );
    // blog-search: nothing found, with its "See all results" link to the owner's search page on another site.
    const search = page.querySelector('blog-search')!;
    const input = $<HTMLInputElement>(search, 'input')!;
    input.focus(); // a visitor types into the field they are in
    input.value = 'zebra';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => $(search, '[part=status] a'), 'no "See all results"');
    await Promise.all([...page.children].map(update));
    expect(linksIn(page).length, 'links were rendered').to.be.above(15);
    expect(unprotected(page)).to.deep.equal([]);
  });

  it('the booking steps: the privacy link, the calendar link and the WhatsApp window', async () => {
    const seen: string[][] = [];
    const endpoint = await booking({
      'privacy-href': 'https://example.org/privacy',
      action: `/mock/log=${logKey('book')}/book`,
    });
    await book(endpoint, seen);
    await waitUntil(() => $(endpoint, 'a.google'), 'no calendar link');
    seen.push(unprotected(endpoint));

    const opened: string[] = [];
    const open = window.open;
    window.open = ((_url?: string | URL, _target?: string, features?: string) => {
      opened.push(features ?? '');
      return null;
    }) as typeof window.open;
    try {
      const whatsapp = await booking({
        transport: 'whatsapp',
        whatsapp: '+91 98765 43210',
        contact: 'phone',
        'privacy-href': 'https://example.org/privacy',
      });
      await book(whatsapp, seen);
    } finally {
      window.open = open;
    }
    expect(privacyShown, 'the privacy link was shown').to.be.above(1);
    expect(seen.flat()).to.deep.equal([]);
    expect(opened).to.have.length(1);
    expect(opened[0].split(',').map((f) => f.trim())).to.include.members(['noopener', 'noreferrer']);
  });
});

describe("Referer: at most this site's origin", () => {
  // A page whose own policy would send its whole address, and an address that says why the visitor is here.
  let meta: HTMLMetaElement;
  let address: string;
  beforeEach(() => {
    address = location.href;
    meta = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
    document.head.prepend(meta);
    const url = new URL(location.href);
    url.searchParams.set('reason', 'suicidal thoughts');
    history.replaceState(history.state, '', url.href);
  });
  afterEach(() => {
    history.replaceState(history.state, '', address);
    meta.remove();
  });

  for (const [kind, host] of [
    ['JSONP from a blogspot host', 'quietmind.blogspot.com'],
    ['fetch from another host', '127.0.0.1'],
  ]) {
    it(kind, async () => {
      const key = logKey('referer');
      const el = await fixture(
        html`<popular-posts loading="eager" cache-ttl="0" src=${`http://${host}:${location.port}${feed(key)}`}></popular-posts>`,
      );
      await Promise.race([oneEvent(el, 'posts-load'), oneEvent(el, 'posts-error')]);
      await waitUntil(async () => (await received(key)).length > 0, 'no request');
      const [request] = await received(key);
      expect(request.headers.referer).to.equal(`${location.origin}/`);
    });
  }
});
