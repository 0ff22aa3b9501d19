/**
 * What a visitor tells a widget (name, email, phone, the reason for a visit, a search) goes only to the
 * destination the owner configured: never into another address (a fetch, a script, an image, a link, a window,
 * the page's own address) and never into the console. Storage is tested with the caches (test/core/net).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/subscribe-form/define.js';
import { fillIn, formSettled, logKey, received, recordAddresses, update, $, $$, waitUntil } from '../helpers/index.js';

const PERSONAL = [
  'Asha Verma',
  'asha.private@example.com',
  '98111 22233',
  '9811122233',
  'suicidal thoughts',
  'suicidal+thoughts',
  'suicidal%20thoughts',
];

interface Trail {
  /** Every address the page asked for or was handed: fetches, resources, windows, rendered links. */
  addresses: string[];
  console: string[];
  stop(): void;
}

function follow(): Trail {
  const trail: Trail = { addresses: [], console: [], stop: () => undefined };
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  const text = (value: unknown) => {
    if (typeof value === 'string') return value;
    try {
      return value instanceof Error ? `${value.message} ${value.stack}` : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  for (const m of methods) console[m] = (...args: unknown[]) => void trail.console.push(args.map(text).join(' '));
  const restore = recordAddresses(trail.addresses);
  const start = performance.now();
  trail.stop = () => {
    restore();
    methods.forEach((m, i) => (console[m] = originals[i]));
    for (const entry of performance.getEntriesByType('resource'))
      if (entry.startTime >= start) trail.addresses.push(entry.name);
    trail.addresses.push(location.href, document.referrer);
  };
  return trail;
}

function renderedAddresses(root: ParentNode, out: string[] = []): string[] {
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    if (el.shadowRoot) renderedAddresses(el.shadowRoot, out);
  }
  if (root instanceof Element && root.shadowRoot) renderedAddresses(root.shadowRoot, out);
  return out;
}

/** The personal strings found in `values` (decoded as URLs are, so encodings do not hide them). */
function leaks(values: string[]): string[] {
  const found: string[] = [];
  for (const value of values) {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // keep it as it is
    }
    for (const p of PERSONAL)
      if (value.includes(p) || decoded.includes(p)) found.push(`${p} in ${value.slice(0, 200)}`);
  }
  return found;
}

const NOW = Date.parse('2026-03-02T00:00:00Z');

async function booking(attrs: Record<string, string>): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('book-appointment');
  const all = {
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'America/New_York',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    contact: 'both',
    fields: 'concern',
    'privacy-href': 'https://example.org/privacy',
    ...attrs,
  };
  for (const [k, v] of Object.entries(all)) el.setAttribute(k, v);
  (el as unknown as { now: number }).now = NOW;
  wrapper.append(el);
  await update(el);
  return el;
}

async function bookAndSend(el: HTMLElement) {
  $(el, 'td[data-date="2026-03-03"]')!.click();
  await update(el);
  await waitUntil(() => $$(el, '.times button').length > 0, 'no times offered');
  $$(el, '.times button')[0].click();
  await update(el);
  const values: Record<string, string> = {
    name: 'Asha Verma',
    email: 'asha.private@example.com',
    phone: '+91 98111 22233',
    concern: 'suicidal thoughts',
  };
  for (const [name, value] of Object.entries(values)) {
    const field = $<HTMLInputElement>(el, `#f-${name}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  $<HTMLInputElement>(el, '#f-consent')!.click();
  await update(el);
  $(el, 'form button[type=submit]')!.click();
  await update(el);
  const settled = new Promise((resolve) => {
    el.addEventListener('appointment-sent', resolve, { once: true });
    el.addEventListener('appointment-error', resolve, { once: true });
  });
  $$(el, 'button')
    .find((b) => /send/i.test(b.textContent ?? ''))!
    .click();
  await settled;
  await update(el);
}

describe('personal data goes only where the owner sends it', () => {
  let trail: Trail;
  beforeEach(() => (trail = follow()));
  afterEach(() => trail.stop());
  /** Nothing personal in these addresses, nor in what was written to the console. */
  const expectNoLeaks = (addresses: string[]) => {
    expect(leaks(addresses), 'addresses').to.deep.equal([]);
    expect(leaks(trail.console), 'console').to.deep.equal([]);
  };

  it('finds personal data however an address encodes it', () => {
    for (const value of ['https://x.example/?q=suicidal+thoughts', '/a?e=asha.private%40example.com', 'tel 9811122233'])
      expect(leaks([value]), value).not.to.deep.equal([]);
    expect(leaks(['https://x.example/?q=sleep'])).to.deep.equal([]);
  });

  it('booking by endpoint: only in the body of the POST to the action', async () => {
    const key = logKey('pd-book');
    const el = await booking({ action: `/mock/log=${key}/book` });
    await bookAndSend(el);
    const rendered = renderedAddresses(el);
    trail.stop();
    const [request] = await received(key);
    expect(request.body).to.contain('asha.private@example.com');
    expect(leaks([request.path, ...Object.values(request.query)])).to.deep.equal([]);
    expectNoLeaks([...trail.addresses, ...rendered]);
  });

  it('booking that fails (server error with a reply): nothing in the console or any address', async () => {
    const key = logKey('pd-book-fail');
    const el = await booking({
      action: `/mock/log=${key},status=500,body=${encodeURIComponent('{"error":"down"}')}/book`,
    });
    await bookAndSend(el);
    const rendered = renderedAddresses(el);
    trail.stop();
    expectNoLeaks([...trail.addresses, ...rendered]);
  });

  it('booking by WhatsApp: only in the window opened to the owner’s number', async () => {
    const el = await booking({ transport: 'whatsapp', whatsapp: '+91 90000 12345', discreet: 'false' });
    await bookAndSend(el);
    const rendered = renderedAddresses(el);
    trail.stop();
    const toOwner = (a: string) =>
      a.startsWith('https://wa.me/919000012345') || a.startsWith('https://api.whatsapp.com/send?phone=919000012345');
    expect(trail.addresses.filter(toOwner), 'the message to the owner').to.have.length(1);
    expect(leaks([...trail.addresses.filter((a) => !toOwner(a)), ...rendered]), 'addresses').to.deep.equal([]);
    expect(leaks(trail.console), 'console').to.deep.equal([]);
  });

  for (const status of [200, 422, 500]) {
    it(`sign-up (reply ${status}): only in the body of the POST to the action`, async () => {
      const key = logKey('pd-sub');
      const el = fixtureSync(html`<subscribe-form provider="endpoint" fields="name" .minTime=${0}
        action=${`/mock/log=${key},status=${status}/subscribe`}></subscribe-form>`);
      await update(el);
      await fillIn(el, { '#name': 'Asha Verma', '#email': 'asha.private@example.com' });
      $(el, 'button[type=submit]')!.click();
      await formSettled(el as unknown as Element & { status: string });
      const rendered = renderedAddresses(el);
      trail.stop();
      const [request] = await received(key);
      expect(request.body).to.contain('asha.private@example.com');
      expect(leaks([request.path, ...Object.values(request.query)])).to.deep.equal([]);
      expectNoLeaks([...trail.addresses, ...rendered]);
    });
  }

  it('search: the query goes to the blog’s feed and its search page only, never to the console', async () => {
    const key = logKey('pd-search');
    const el = fixtureSync(
      html`<blog-search feed-type="blogger" debounce="0" src=${`/mock/log=${key},file=search~q-{q}.json/feeds/posts/default`}></blog-search>`,
    );
    const navigated: string[] = [];
    (el as unknown as { navigate: (url: string) => void }).navigate = (url) => navigated.push(url);
    await update(el);
    const input = $<HTMLInputElement>(el, 'input')!;
    input.focus(); // a visitor types into the field they are in
    input.value = 'suicidal thoughts';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => $(el, '[part=popup]') && !$(el, '.spinner'), 'the search never settled');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await update(el);
    const rendered = renderedAddresses(el);
    trail.stop();
    const feed = (a: string) => a.includes(`/mock/log=${key},`);
    const searchPage = (a: string) => new URL(a, location.href).pathname.endsWith('/search');
    expect(navigated.filter(searchPage), 'Enter opens the blog’s search page').to.have.length(1);
    expect(
      leaks([...trail.addresses.filter((a) => !feed(a)), ...rendered.filter((a) => !searchPage(a))]),
      'addresses',
    ).to.deep.equal([]);
    expect(leaks(trail.console), 'console').to.deep.equal([]);
  });
});
