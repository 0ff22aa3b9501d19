/**
 * JSONP runs the reply as a script with the page's rights: only for Blogger's and Mailchimp's own hosts (or a
 * Blogger custom domain the owner named with feed-type="blogger"); everything else is a CORS fetch. Two copies of
 * the bundle never share a callback name. Blogger's and Mailchimp's hosts reach the test server through the host
 * aliases of web-test-runner.config.mjs.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resolveSource } from '../../src/core/feeds/detect.js';
import { isBloggerHost, isMailchimpHost } from '../../src/core/net/hosts.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/subscribe-form/define.js';
import type { PopularPosts } from '../../src/widgets/popular-posts/popular-posts.js';
import type { PostsErrorDetail } from '../../src/widgets/shared/feed-widget.js';
import type { SubscribeForm } from '../../src/widgets/subscribe-form/subscribe-form.js';
import { $, fillIn, formSettled, logKey, received, waitUntil } from '../helpers/index.js';

const feedPath = (key: string, extra = '') => `/mock/file=feeds~blogger.json,log=${key}${extra}/feeds/posts/default`;
const port = () => location.port;
/** Every <script> added to the document while `run` runs. */
async function scriptsAdded(run: () => Promise<unknown>): Promise<string[]> {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLScriptElement) added.push(n.src);
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    await run();
  } finally {
    observer.disconnect();
  }
  return added;
}

async function loadPosts(src: string, feedType = 'auto') {
  const el = await fixture<PopularPosts>(
    html`<popular-posts loading="eager" feed-type=${feedType} src=${src} max="3" cache-ttl="0"></popular-posts>`,
  );
  const outcome = await Promise.race([
    oneEvent(el, 'posts-load').then(() => 'load'),
    oneEvent(el, 'posts-error').then((e) => (e as CustomEvent<PostsErrorDetail>).detail.error.kind),
  ]);
  return { el, outcome };
}

describe('JSONP only for Blogger and Mailchimp', () => {
  it('knows Blogger and Mailchimp hosts, and nothing that only looks like them', () => {
    for (const host of [
      'quietmind.blogspot.com',
      'quietmind.blogspot.in',
      'x.blogspot.co.uk',
      'x.blogspot.com.br',
      'www.blogger.com',
      'blogger.com',
      'draft.blogger.com',
    ]) {
      expect(isBloggerHost(host), host).to.equal(true);
    }
    for (const host of [
      'blogspot.com.evil.example',
      'evilblogspot.com',
      'blogger.com.evil.example',
      'notblogger.com',
      'example.com',
      '127.0.0.1',
      'blogspot',
    ]) {
      expect(isBloggerHost(host), host).to.equal(false);
    }
    expect(isMailchimpHost('calmminds.us21.list-manage.com')).to.equal(true);
    for (const host of ['list-manage.com.evil.example', 'evil-list-manage.com', 'mailchimp.example', '127.0.0.1']) {
      expect(isMailchimpHost(host), host).to.equal(false);
    }
  });

  it('decides from the host or an explicit feed-type="blogger", never from a /feeds/ path alone', () => {
    expect(resolveSource('https://quietmind.blogspot.com/').jsonp).to.equal(true);
    expect(resolveSource('https://www.blogger.com/feeds/123/posts/default').jsonp).to.equal(true);
    // A /feeds/ path on any other host looks like Blogger, but only the owner can vouch for it.
    expect(resolveSource('https://blog.example/feeds/posts/default')).to.include({ type: 'blogger', jsonp: false });
    expect(resolveSource('https://blog.example/', 'blogger').jsonp).to.equal(true);
    // The page's own origin never needs JSONP.
    expect(resolveSource(location.origin, 'blogger').jsonp).to.equal(false);
  });

  it('loads a blogspot feed by JSONP', async () => {
    const key = logKey('blogspot');
    const scripts = await scriptsAdded(async () => {
      const { outcome } = await loadPosts(`http://quietmind.blogspot.com:${port()}${feedPath(key)}`);
      expect(outcome).to.equal('load');
    });
    const [request] = await received(key);
    expect(request.query.alt).to.equal('json-in-script');
    expect(scripts).to.have.length(1);
    expect(new URL(scripts[0]).hostname).to.equal('quietmind.blogspot.com');
  });

  it('asks any other host with fetch and CORS, adding no script, even for a /feeds/ path', async () => {
    const key = logKey('other-host');
    const scripts = await scriptsAdded(async () => {
      // The test server sends no CORS headers: the browser refuses the reply, and the widget says so.
      const { outcome } = await loadPosts(`http://127.0.0.1:${port()}${feedPath(key)}`);
      expect(outcome).to.equal('cors');
    });
    expect(scripts).to.deep.equal([]);
    await waitUntil(async () => (await received(key)).length === 1, 'no request');
    const [request] = await received(key);
    expect(request.query.alt).to.equal('json');
    expect(request.query.callback).to.equal(undefined);
  });

  it('uses JSONP on a custom domain when the owner says feed-type="blogger"', async () => {
    const key = logKey('custom-domain');
    const scripts = await scriptsAdded(async () => {
      const { outcome } = await loadPosts(`http://127.0.0.1:${port()}${feedPath(key)}`, 'blogger');
      expect(outcome).to.equal('load');
    });
    expect(scripts).to.have.length(1);
    expect((await received(key))[0].query.alt).to.equal('json-in-script');
  });

  describe('Mailchimp', () => {
    const action = (key: string, origin = '') =>
      `${origin}/mock/log=${key},file=subscribe~mailchimp-success.json,jsonp=c/subscribe/post?u=abc123&id=def456`;

    async function subscribe(actionUrl: string): Promise<{ el: SubscribeForm; scripts: string[] }> {
      let el!: SubscribeForm;
      const scripts = await scriptsAdded(async () => {
        el = await fixture<SubscribeForm>(
          html`<subscribe-form provider="mailchimp" .minTime=${0} action=${actionUrl}></subscribe-form>`,
        );
        await fillIn(el, { '#email': 'asha@example.com' });
        $(el, 'button[type=submit]').click();
        await formSettled(el);
      });
      return { el, scripts };
    }

    it('sends by JSONP on *.list-manage.com', async () => {
      const key = logKey('mc-host');
      const { el, scripts } = await subscribe(action(key, `http://calmminds.us21.list-manage.com:${port()}`));
      expect(el.status).to.be.oneOf(['success', 'confirm']);
      expect(scripts).to.have.length(1);
      const [request] = await received(key);
      expect(request.path).to.equal('/subscribe/post-json');
      expect(request.query.c).to.match(/^__blogWidgetsJsonp_[0-9a-f]{12}_\d+$/);
    });

    it('anywhere else POSTs with fetch (no script, no email in the address) and reads the same reply', async () => {
      const key = logKey('mc-proxy');
      const { el, scripts } = await subscribe(action(key));
      expect(scripts).to.deep.equal([]);
      expect(el.status).to.be.oneOf(['success', 'confirm']);
      const [request] = await received(key);
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/subscribe/post-json');
      expect(request.query).to.deep.equal({ u: 'abc123', id: 'def456' });
      expect(Object.fromEntries(new URLSearchParams(request.body))).to.include({
        EMAIL: 'asha@example.com',
        b_abc123_def456: '',
      });
    });
  });

  it('gives two copies of the bundle on one page different callback names', async () => {
    // The same module under other addresses is another copy, as when a page includes two builds: two fresh copies
    // whose first requests start in the same millisecond.
    const copy = async (name: string) =>
      (await import(
        /* @vite-ignore */ `${new URL('../../src/core/net/jsonp.ts', import.meta.url).href}?copy=${name}`
      )) as typeof import('../../src/core/net/jsonp.js');
    const [first, second] = [await copy('a'), await copy('b')];
    expect(first.jsonp).not.to.equal(second.jsonp);
    const key = logKey('copies');
    const url = (body: string) => `/mock/log=${key},delay=20,body=${encodeURIComponent(JSON.stringify(body))}/x`;
    // The clock stands still while both start: nothing may depend on two copies starting in different milliseconds.
    const clock = Date.now;
    const frozen = clock();
    Date.now = () => frozen;
    let pending: Promise<unknown[]>;
    try {
      pending = Promise.all([
        first.jsonp(url('first'), { timeout: 3000 }),
        second.jsonp(url('second'), { timeout: 3000 }),
      ]);
    } finally {
      Date.now = clock;
    }
    const answers = await pending.catch((error: Error) => [error.message]);
    expect(answers).to.deep.equal(['first', 'second']);
    const names = (await received(key)).map((r) => r.query.callback);
    expect(names).to.have.length(2);
    expect(names[0]).not.to.equal(names[1]);
  });
});
