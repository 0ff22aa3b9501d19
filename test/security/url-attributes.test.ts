/**
 * Every URL-like attribute of every widget, read from custom-elements.json, given javascript:, data: and vbscript:
 * addresses (plain and obfuscated the ways HTML attribute parsing lets through), then used the way a visitor uses
 * the widget: typing and pressing Enter, clicking "See all results", opening the booking steps, clicking links.
 * Nothing hostile may be navigated to, put in an href/src/action, fetched, loaded as a script or opened as a window,
 * and no error may reach the page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';
import {
  captureWarnings,
  logKey,
  recordAddresses,
  root,
  update,
  $,
  $$,
  typeSearch,
  waitUntil,
} from '../helpers/index.js';

const HIT = 'top.__bwHit=1';
/** Attribute values as they are written in the page's HTML (entities decoded by the HTML parser). */
const HOSTILE = [
  `javascript:${HIT}`,
  `JaVaScRiPt:${HIT}`,
  ` \n\t javascript:${HIT}`,
  `\u0001\u0002\u001fjavascript:${HIT}`,
  `java\tscr\nipt:${HIT}`,
  `javascript&colon;${HIT}`,
  `&#106;&#x61;vascript:${HIT}`,
  `jav&#x09;ascript:${HIT}`,
  `&#x20;&#x0B;javascript:${HIT}`,
  `javascript://example.com/%0A${HIT}`,
  `data:text/html,<script>${HIT}</script>`,
  `DaTa:text/html;base64,PHNjcmlwdD50b3AuX19id0hpdD0xPC9zY3JpcHQ+`,
  `\u000Bdata:image/svg+xml,%3Csvg%20onload%3D${encodeURIComponent(HIT)}%3E`,
  `vbscript:msgbox(1)`,
  `VBScript&colon;msgbox(1)`,
];

const BAD_SCHEME = /^(javascript|data|vbscript):$/;
/** Whether a value would be read by the browser as a javascript:, data: or vbscript: address. */
function hostile(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    return BAD_SCHEME.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

interface Seen {
  fetched: string[];
  opened: string[];
  clicked: string[];
  navigated: string[];
  shared: string[];
  scripts: string[];
  errors: string[];
}

/** Watches everything a widget could do with an address, without changing what it does (except following links). */
function watch(): Seen & { stop: () => void } {
  const seen: Seen = { fetched: [], opened: [], clicked: [], navigated: [], shared: [], scripts: [], errors: [] };
  const restore = recordAddresses(seen.fetched, seen.opened);
  const onClick = (event: Event) => {
    const link = event
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    seen.clicked.push(link.href);
    // The test page stays where it is; what the click would have opened is recorded.
    event.preventDefault();
  };
  const onShare = (event: Event) => seen.shared.push(String((event as CustomEvent).detail?.url ?? ''));
  const onError = (event: ErrorEvent) => seen.errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.errors.push(String(event.reason?.message ?? event.reason));
  const scripts = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n instanceof HTMLScriptElement) seen.scripts.push(n.getAttribute('src') ?? '');
  });
  scripts.observe(document, { childList: true, subtree: true });
  document.addEventListener('click', onClick, true);
  document.addEventListener('share', onShare, true);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    ...seen,
    stop() {
      restore();
      scripts.disconnect();
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('share', onShare, true);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Every href, src, action, formaction, poster or srcset the widgets rendered: their shadow trees (the owner's own
 * markup, the attributes under test and a fallback form, is not rendered by us and stays out).
 */
function addressesIn(root: Element | ShadowRoot, out: string[] = []): string[] {
  const inShadow = root instanceof ShadowRoot;
  for (const el of root.querySelectorAll('*')) {
    if (!inShadow) {
      if (el.shadowRoot) addressesIn(el.shadowRoot, out);
      continue;
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data']) {
      const value = el.getAttribute(name);
      if (value !== null) out.push(value);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) out.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]));
    if (el.shadowRoot) addressesIn(el.shadowRoot, out);
  }
  if (!inShadow && root instanceof Element && root.shadowRoot) addressesIn(root.shadowRoot, out);
  return out;
}

/** Creates the widget from HTML source, as an owner's template would (so entities are decoded by the parser). */
function place(source: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = source;
  document.body.append(container);
  return container.firstElementChild as HTMLElement;
}

const attr = (value: string) => value.replaceAll('"', '&quot;');
const feed = (file = 'blogger.json') => `/mock/file=feeds~${file},log=${logKey('url')}/feeds/posts/default`;
const searchFeed = () => `/mock/file=search~q-{q}.json,log=${logKey('url')}/feeds/posts/default`;

/** Resolves on the first of the events (registered before the element can fire them). */
const firstOf = (el: Element, ...types: string[]) =>
  new Promise<void>((resolve) => types.forEach((t) => el.addEventListener(t, () => resolve(), { once: true })));

async function clickAll(el: Element, selector = 'a[href]') {
  for (const link of $$(el, selector)) {
    link.click();
    await update(el);
  }
}

async function pressEnter(el: HTMLElement) {
  $<HTMLInputElement>(el, 'input')!.focus();
  await sendKeys({ press: 'Enter' });
  await update(el);
}

/** The blog-search visitor: type, see the popup, click "See all results" when shown, press Enter. */
async function useSearch(el: HTMLElement, query: string) {
  (el as unknown as { navigate: (url: string) => void }).navigate = (url: string) => seenNow!.navigated.push(url);
  await update(el);
  await typeSearch(el, query);
  await clickAll(el, '[part=status] a');
  await pressEnter(el);
}

// Booking: Monday 2 March 2026, hours in the evening of the practice's zone (as in book-appointment.test.ts).
const NOW = Date.parse('2026-03-02T00:00:00Z');
const BOOKING = 'timezone="Asia/Kolkata" visitor-timezone="America/New_York" hours="mon-fri 18:00-20:00" horizon="14"';

async function bookingEl(attrs: string): Promise<HTMLElement> {
  const el = place(`<book-appointment ${BOOKING} ${attrs}></book-appointment>`);
  (el as unknown as { now: number }).now = NOW;
  await update(el);
  return el;
}

/** Opens the date and the first time, fills the details, reviews and sends. */
async function bookAndSend(el: HTMLElement, stopAt: 'details' | 'sent' = 'sent') {
  $(el, 'td[data-date="2026-03-03"]')!.click();
  await update(el);
  await waitUntil(() => $$(el, '.times button').length > 0, 'no times offered', { timeout: 5000 });
  $$(el, '.times button')[0].click();
  await update(el);
  await clickAll(el, 'form a[href]');
  if (stopAt === 'details') return;
  for (const [name, value] of [
    ['name', 'Asha Verma'],
    ['email', 'asha@example.com'],
  ]) {
    const input = $<HTMLInputElement>(el, `#f-${name}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  $<HTMLInputElement>(el, '#f-consent')?.click();
  await update(el);
  $(el, 'form button[type=submit]')!.click();
  await update(el);
  const send = $$(el, 'button').find((b) => /send/i.test(b.textContent ?? ''));
  send?.click();
  await waitUntil(() => !$(el, '[aria-busy=true]'), 'the booking never settled', { timeout: 8000 });
  await update(el);
}

async function subscribe(el: HTMLElement) {
  await update(el);
  const email = $<HTMLInputElement>(el, '#email')!;
  email.value = 'asha@example.com';
  email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await update(el);
  $(el, 'button[type=submit]')!.click();
  await update(el);
  await waitUntil(
    () => !['sending', 'offline', 'idle'].includes((el as unknown as { status: string }).status),
    'the form never settled',
    { timeout: 8000 },
  );
  await update(el);
  await clickAll(el);
}

async function feedWidget(source: string) {
  const el = place(source);
  const done = firstOf(el, 'posts-load', 'posts-error');
  await done;
  await update(el);
  await clickAll(el);
  return el;
}

type Scenario = (value: string) => Promise<HTMLElement>;
let seenNow: Seen | undefined;
let warningsNow: { messages: string[] } | undefined;

/** What a visitor does with each URL-like attribute (`tag attribute`). A new URL-like attribute needs a line here. */
const SCENARIOS: Record<string, Scenario> = {
  'author-card photo': async (v) => {
    const el = place(`<author-card name="Dr Asha" photo="${attr(v)}"></author-card>`);
    await update(el);
    return el;
  },
  'author-card href': async (v) => {
    const el = place(`<author-card name="Dr Asha" href="${attr(v)}"></author-card>`);
    await update(el);
    await clickAll(el);
    return el;
  },
  'author-card cta-href': async (v) => {
    const el = place(`<author-card name="Dr Asha" cta-href="${attr(v)}" cta-label="Book"></author-card>`);
    await update(el);
    await clickAll(el);
    return el;
  },
  'blog-search src': async (v) => {
    const el = place(`<blog-search debounce="0" src="${attr(v)}"></blog-search>`);
    await useSearch(el, 'anx');
    return el;
  },
  'blog-search action': async (v) => {
    // The attribute, and the light-DOM fallback form that works before the script loads.
    const el =
      place(`<div><blog-search feed-type="blogger" debounce="0" src="${searchFeed()}" action="${attr(v)}"></blog-search>
      <blog-search feed-type="blogger" debounce="0" src="${searchFeed()}"><form action="${attr(v)}"><input name="q"></form></blog-search></div>`);
    for (const search of el.querySelectorAll<HTMLElement>('blog-search')) await useSearch(search, 'zebra');
    // Both fell back to the platform's search page, for "See all results" and for Enter.
    expect(seenNow!.navigated.filter((url) => url.endsWith('/search?q=zebra'))).to.have.length(4);
    seenNow!.navigated.length = 0;
    return el;
  },
  'book-appointment busy-src': async (v) => {
    const el = await bookingEl(`busy-src="${attr(v)}"`);
    await bookAndSend(el, 'details');
    return el;
  },
  'book-appointment privacy-href': async (v) => {
    const el = await bookingEl(`privacy-href="${attr(v)}"`);
    await bookAndSend(el, 'details');
    return el;
  },
  'book-appointment action': async (v) => {
    const wrap = place(`<div></div>`);
    for (const transport of ['endpoint', 'google-forms']) {
      const el = await bookingEl(`transport="${transport}" action="${attr(v)}"`);
      wrap.append(el.parentElement!);
      await bookAndSend(el);
    }
    return wrap;
  },
  'featured-post post': (v) =>
    feedWidget(`<featured-post loading="eager" src="${feed()}" post="${attr(v)}"></featured-post>`),
  'featured-post src': (v) => feedWidget(`<featured-post loading="eager" src="${attr(v)}"></featured-post>`),
  'popular-posts posts': (v) =>
    feedWidget(
      `<popular-posts loading="eager" order="curated" src="${feed()}" posts="${attr(v)} https://example.com/2025/03/x.html"></popular-posts>`,
    ),
  'popular-posts src': (v) => feedWidget(`<popular-posts loading="eager" src="${attr(v)}"></popular-posts>`),
  'share-buttons url': async (v) => {
    const el = place(`<share-buttons url="${attr(v)}" networks="whatsapp x facebook email copy"></share-buttons>`);
    await update(el);
    await clickAll(el);
    $(el, 'button[data-network=copy]')?.click();
    await update(el);
    return el;
  },
  'subscribe-form action': async (v) => {
    const wrap = place(`<div></div>`);
    for (const provider of ['endpoint', 'mailchimp', 'google-forms']) {
      const el = place(`<subscribe-form provider="${provider}" min-time="0" action="${attr(v)}"></subscribe-form>`);
      wrap.append(el.parentElement!);
      await subscribe(el);
    }
    return wrap;
  },
  'subscribe-form privacy-href': async (v) => {
    const el = place(
      `<subscribe-form provider="endpoint" min-time="0" action="/mock/log=${logKey('url')}/subscribe" privacy-href="${attr(v)}"></subscribe-form>`,
    );
    await subscribe(el);
    return el;
  },
  'translate-toggle script-src': async (v) => {
    // Each time from the page's own language, with no remembered choice (clicking would switch back instead).
    const previous = place(`<translate-toggle page-lang="en"></translate-toggle>`) as HTMLElement & {
      showOriginal(): Promise<void>;
    };
    await update(previous);
    await previous.showOriginal();
    previous.parentElement!.remove();
    localStorage.removeItem('blog-widgets:language');
    document.documentElement.setAttribute('lang', 'en');
    const el = place(
      `<translate-toggle provider="google" page-lang="en" languages="en hi" script-src="${attr(v)}"></translate-toggle>`,
    );
    await update(el);
    const scripts = () => document.scripts.length;
    const before = scripts();
    const warned = warningsNow!.messages.length;
    root(el).querySelector<HTMLButtonElement>('#trigger')!.click();
    // Settled: this element warned about script-src, or a script was added (which the checks then judge).
    const settled = () =>
      warningsNow!.messages.slice(warned).some((m) => m.includes('attribute "script-src"')) || scripts() > before;
    await waitUntil(settled, 'never settled', { timeout: 5000 });
    await update(el);
    // Forget the choice at once: other test files share this origin's storage.
    await (el as HTMLElement & { showOriginal(): Promise<void> }).showOriginal();
    localStorage.removeItem('blog-widgets:language');
    document.documentElement.setAttribute('lang', 'en');
    return el;
  },
};

interface Attribute {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

/** The URL-like attributes the manifest documents: by name, or described as an address or URL. */
async function urlAttributes(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  const found: string[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      for (const a of d.attributes ?? []) {
        const byName = /(^|-)(src|href|action|url|photo|image|posts?)$/.test(a.name);
        const byText =
          /\b(url|urls|address|addresses)\b/i.test(a.description ?? '') && !/^(email|whatsapp|phone)$/.test(a.name);
        if (byName || byText) found.push(`${d.tagName} ${a.name}`);
      }
    }
  }
  return found;
}

describe('URL-like attributes refuse javascript:, data: and vbscript:, whatever the visitor does', () => {
  let seen: ReturnType<typeof watch>;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    delete (top as unknown as { __bwHit?: number }).__bwHit;
    warnings = captureWarnings();
    seen = watch();
    seenNow = seen;
    warningsNow = warnings;
  });
  afterEach(() => {
    seen.stop();
    warnings.restore();
    for (const el of document.body.querySelectorAll(':scope > div')) if (!el.id) el.remove();
  });

  it('uses values that a browser reads as javascript:, data: or vbscript: addresses', () => {
    for (const value of HOSTILE) {
      const link = place(`<a href="${attr(value)}">x</a>`) as HTMLAnchorElement;
      expect(link.protocol, value).to.match(BAD_SCHEME);
    }
  });

  it('has a visitor scenario for every URL-like attribute in custom-elements.json', async () => {
    const attributes = await urlAttributes();
    expect(attributes.length).to.be.above(10);
    expect(
      attributes.filter((a) => !SCENARIOS[a]),
      'URL-like attributes without a scenario',
    ).to.deep.equal([]);
  });

  it("feed addresses: a hostile feed's links and images, clicked, picked and opened with Enter", async function () {
    this.timeout(30_000);
    const hostileFeed = () => `/mock/file=feeds~hostile.json,log=${logKey('url')}/feeds/posts/default`;
    const wrap = place(`<div></div>`);
    for (const tag of ['popular-posts', 'featured-post'])
      wrap.append((await feedWidget(`<${tag} loading="eager" src="${hostileFeed()}"></${tag}>`)).parentElement!);
    const search = place(
      `<blog-search feed-type="blogger" debounce="0" thumbnails src="${hostileFeed()}"></blog-search>`,
    );
    wrap.append(search.parentElement!);
    (search as unknown as { navigate: (url: string) => void }).navigate = (url: string) => seen.navigated.push(url);
    await update(search);
    await typeSearch(search, 'hello');
    const picks = $$(search, '[role=option]').length;
    expect(picks, 'results').to.be.above(0);
    for (let i = 0; i < picks; i += 1) {
      // Each result picked with the keyboard, then with the mouse.
      $<HTMLInputElement>(search, 'input')!.focus();
      for (let k = 0; k <= i; k += 1) await sendKeys({ press: 'ArrowDown' });
      await pressEnter(search);
      await typeSearch(search, ' ');
      $$(search, '[role=option]')[i]?.click();
      await update(search);
    }
    expect(addressesIn(wrap).filter(hostile), 'in the rendered DOM').to.deep.equal([]);
    for (const list of [seen.clicked, seen.navigated, seen.fetched, seen.opened, seen.scripts])
      expect(list.filter(hostile)).to.deep.equal([]);
    expect(seen.errors).to.deep.equal([]);
    expect((top as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const name of Object.keys(SCENARIOS)) {
    it(`${name}`, async function () {
      this.timeout(120_000);
      const [tag, attribute] = name.split(' ');
      for (const value of HOSTILE) {
        const el = await SCENARIOS[name](value);
        const where = `${name}=${JSON.stringify(value)}`;
        expect(addressesIn(el).filter(hostile), `${where}: in the rendered DOM`).to.deep.equal([]);
        expect(seen.clicked.filter(hostile), `${where}: a link the visitor clicked`).to.deep.equal([]);
        expect(seen.navigated.filter(hostile), `${where}: navigated to`).to.deep.equal([]);
        expect(seen.fetched.filter(hostile), `${where}: fetched`).to.deep.equal([]);
        expect(seen.opened.filter(hostile), `${where}: opened as a window`).to.deep.equal([]);
        expect(seen.shared.filter(hostile), `${where}: shared`).to.deep.equal([]);
        expect(
          [...seen.scripts, ...[...document.scripts].map((s) => s.getAttribute('src') ?? '')].filter(hostile),
          `${where}: loaded as a script`,
        ).to.deep.equal([]);
        expect(seen.errors, `${where}: errors in the page`).to.deep.equal([]);
        expect((top as unknown as { __bwHit?: number }).__bwHit, `${where}: script ran`).to.equal(undefined);
        el.closest('body > div')?.remove();
      }
      // The owner is told, once per element, in the one warning shape.
      const mine = warnings.messages.filter((m) => m.startsWith(`[${tag}] attribute "${attribute}": `));
      expect(mine.length, `${name}: no warning`).to.be.at.least(1);
      for (const m of mine) expect(m).to.match(/; using .+$/);
    });
  }
});
