// Trusted Types: pages served with `Content-Security-Policy: require-trusted-types-for 'script'` (alone, and with
// the policy list an owner would write) run the widgets' source modules in an iframe: every feed format parses,
// a sign-up reply is read, and no violation is reported. The pages, feeds and endpoints come from the test server.
import { expect } from '@open-wc/testing';
import { $, fillIn, formSettled, logKey, waitUntil } from '../helpers/index.js';

interface Frame {
  win: Window & { __violations: string[]; __errors: string[] };
  doc: Document;
}

/** A page under `csp` with `body`, loaded in an iframe; resolves once the widgets' modules ran. */
async function page(csp: string, body: string): Promise<Frame> {
  const key = logKey('tt-page');
  const markup = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.__violations = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.sample));
addEventListener('error', (e) => __errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script>
${['popular-posts', 'featured-post', 'subscribe-form'].map((w) => `<script type="module" src="/src/widgets/${w}/define.ts"></script>`).join('')}
</head><body>${body}</body></html>`;
  await fetch(`/mock-store/${key}`, { method: 'PUT', body: markup });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/mock/stored=${key},type=text%2Fhtml,csp=${encodeURIComponent(csp)}/tt.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame['win'];
  await waitUntil(
    () => win.customElements.get('subscribe-form') && win.customElements.get('popular-posts'),
    'the widgets were not defined',
    { timeout: 10_000 },
  );
  return { win, doc: frame.contentDocument! };
}

const feed = (path: string) => `/mock/${path}`;
const shadow = (frame: Frame, selector: string) => frame.doc.querySelector(selector)!.shadowRoot!;
const titles = (frame: Frame, selector: string) =>
  [...shadow(frame, selector).querySelectorAll('[part~=title]')].map((t) => t.textContent!.trim());
const reply = (status: number, message: string) =>
  feed(`body=${encodeURIComponent(JSON.stringify({ message }))},status=${status},log=${logKey('tt-sub')}/subscribe`);

const BODY = `
  <popular-posts id="atom" loading="eager" cache-ttl="0" src="${feed('file=feeds~atom.xml/atom.xml')}"></popular-posts>
  <popular-posts id="rss" loading="eager" cache-ttl="0" src="${feed('file=feeds~rss.xml/rss.xml')}"></popular-posts>
  <popular-posts id="json" loading="eager" cache-ttl="0" src="${feed('file=feeds~json-feed.json/feed.json')}"></popular-posts>
  <popular-posts id="blogger" loading="eager" cache-ttl="0" src="${feed('file=feeds~blogger.json/feeds/posts/default')}"></popular-posts>
  <featured-post id="featured" loading="eager" cache-ttl="0" src="${feed('file=feeds~wordpress.json/wp-json/wp/v2/posts')}"></featured-post>
  <subscribe-form id="ok" action="${reply(200, 'Tom &amp; Jerry <b>are</b> subscribed')}"></subscribe-form>
  <subscribe-form id="no" action="${reply(422, 'Tom &amp; Jerry: <b>that address</b> is refused')}"></subscribe-form>`;

async function subscribe(frame: Frame, id: string): Promise<string> {
  const form = frame.doc.querySelector(`#${id}`) as HTMLElement & {
    minTime: number;
    status: string;
    updateComplete: Promise<unknown>;
  };
  form.minTime = 0;
  await form.updateComplete;
  await fillIn(form, { 'input[type=email]': 'asha@example.com' });
  $(form, 'button[part~=button]').click();
  await formSettled(form, 10_000);
  return form.shadowRoot!.querySelector('[part~=status]')!.textContent!.replace(/\s+/g, ' ').trim();
}

for (const csp of [
  "require-trusted-types-for 'script'",
  "require-trusted-types-for 'script'; trusted-types blog-widgets lit-html",
]) {
  describe(`under Content-Security-Policy: ${csp}`, function () {
    this.timeout(30_000);
    let frame: Frame;
    before(async () => {
      frame = await page(csp, BODY);
    });
    after(() => frame.doc.defaultView?.frameElement?.remove());

    it('every feed format parses and shows its posts', async () => {
      const ids = ['atom', 'rss', 'json', 'blogger'];
      await waitUntil(
        () =>
          ids.every((id) => shadow(frame, `#${id}`).querySelector('[part~=list]:not([part~=skeleton]), [part~=error]')),
        'feeds never settled',
        { timeout: 15_000 },
      );
      for (const id of ids) {
        expect(shadow(frame, `#${id}`).querySelector('[part~=error]')?.textContent?.trim(), id).to.equal(undefined);
        expect(titles(frame, `#${id}`).length, id).to.be.greaterThan(0);
      }
      expect(titles(frame, '#blogger')[0]).to.equal('Sleeping better when your mind races');
      await waitUntil(
        () => shadow(frame, '#featured').querySelector('[part~=title], [part~=error]'),
        'featured-post never settled',
        { timeout: 15_000 },
      );
      expect(titles(frame, '#featured')).to.have.length(1);
    });

    it('a 2xx sign-up reply with "&amp;" and "<" in its message is a success', async () => {
      expect(await subscribe(frame, 'ok')).to.equal('Thank you! You are subscribed.');
    });

    it("a refusal's message is read as text", async () => {
      expect(await subscribe(frame, 'no')).to.equal('Tom & Jerry: that address is refused Try again');
    });

    it('reports no violation and throws nothing', () => {
      expect(frame.win.__violations).to.deep.equal([]);
      expect(frame.win.__errors).to.deep.equal([]);
    });
  });
}

describe('under a policy list that leaves out blog-widgets (trusted-types lit-html)', function () {
  this.timeout(30_000);
  let frame: Frame;
  before(async () => {
    frame = await page("require-trusted-types-for 'script'; trusted-types lit-html", BODY);
  });
  after(() => frame.doc.defaultView?.frameElement?.remove());

  it('JSON feeds still show their posts (HTML read without a parser), XML feeds say they cannot be read, nothing throws', async () => {
    const ids = ['atom', 'blogger'];
    await waitUntil(
      () =>
        ids.every((id) => shadow(frame, `#${id}`).querySelector('[part~=list]:not([part~=skeleton]), [part~=error]')),
      'feeds never settled',
      { timeout: 15_000 },
    );
    expect(titles(frame, '#blogger')[0]).to.equal('Sleeping better when your mind races');
    expect(shadow(frame, '#atom').querySelector('[part~=error]')).not.to.equal(null);
    expect(await subscribe(frame, 'ok')).to.equal('Thank you! You are subscribed.');
    expect(await subscribe(frame, 'no')).to.equal('Tom & Jerry: that address is refused Try again');
    expect(frame.win.__errors).to.deep.equal([]);
  });
});
