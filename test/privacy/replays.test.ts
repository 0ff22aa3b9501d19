/**
 * Replays and moves (issue 12): a retried sign-up carries the same `Idempotency-Key`, and a widget moved in the
 * page while it works (appendChild elsewhere: disconnect + connect) keeps its state.
 */
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/popular-posts/define.js';
import type { SubscribeForm } from '../../src/widgets/subscribe-form/subscribe-form.js';
import type { PopularPosts } from '../../src/widgets/popular-posts/popular-posts.js';
import { logKey, received, $, mock, formSettled, waitUntil } from '../helpers/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function type(el: SubscribeForm, id: string, value: string): void {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
async function send(el: SubscribeForm, email?: string): Promise<void> {
  if (email !== undefined) type(el, 'email', email);
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'button[part=button]')!.click();
  await el.updateComplete;
}
/** Waits for the form's outcome, and for it to be shown (the status changes before the render that shows it). */
const retry = async (el: SubscribeForm) => {
  const done = new Promise((resolve) => {
    el.addEventListener('subscribe-success', resolve, { once: true });
    el.addEventListener('subscribe-error', resolve, { once: true });
  });
  $<HTMLButtonElement>(el, '[part=retry]')!.click();
  await done;
  await el.updateComplete;
};
const keys = async (log: string) => (await received(log)).map((r) => r.headers['idempotency-key']);

/** Moves `el` to a new container elsewhere in the page (disconnect + connect), `times` times. */
async function move(el: HTMLElement & { updateComplete: Promise<unknown> }, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await el.updateComplete;
  }
}

describe('replays and moves', function () {
  this.timeout(30_000);

  describe('a retried sign-up carries the same Idempotency-Key', () => {
    it('after a server error, and a new key for a changed address', async () => {
      const log = logKey('idem-500');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0}
        action=${mock({ log, status: 503, failfirst: 2, body: '{}' }, '/s')}></subscribe-form>`);
      await send(el, 'asha@example.com');
      await formSettled(el);
      expect(el.status).to.equal('error');
      // The visitor corrects the address: another sign-up, another key; its retry keeps it.
      type(el, 'email', 'asha.k@example.com');
      await send(el);
      await formSettled(el);
      expect(el.status).to.equal('error');
      await retry(el);
      expect(el.status).to.equal('success');
      const [first, second, third] = await keys(log);
      expect(first).to.match(UUID);
      expect(second).to.match(UUID);
      expect(second).not.to.equal(first);
      expect(third).to.equal(second);
      // Another form (another visit) never reuses it.
      const log2 = logKey('idem-other');
      const other = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log: log2, body: '{}' }, '/s')}></subscribe-form>`,
      );
      await send(other, 'asha.k@example.com');
      await formSettled(other);
      const [fourth] = await keys(log2);
      expect(fourth).to.match(UUID);
      expect([first, second]).not.to.include(fourth);
    });

    it('after a timeout (the server may have accepted the first one)', async () => {
      const log = logKey('idem-timeout');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0} .timeout=${300} encoding="form"
        action=${mock({ log, hang: 1, failfirst: 1, body: '{}' }, '/s')}></subscribe-form>`);
      const failed = oneEvent(el, 'subscribe-error');
      await send(el, 'asha@example.com');
      expect(((await failed) as CustomEvent).detail.reason).to.equal('timeout');
      await el.updateComplete;
      await retry(el);
      expect(el.status).to.equal('success');
      const requests = await received(log);
      expect(requests).to.have.length(2);
      expect(requests.map((r) => r.body)).to.deep.equal(['email=asha%40example.com', 'email=asha%40example.com']);
      expect(requests[0].headers['idempotency-key']).to.match(UUID);
      expect(requests[1].headers['idempotency-key']).to.equal(requests[0].headers['idempotency-key']);
    });
  });

  it('a cross-origin service whose CORS preflight does not allow the header still gets the sign-up, once', async () => {
    // The test server under another name answers no preflight: a form post with a custom header is refused before
    // it is sent, so the widget sends it once without the header (as before this header existed).
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const log = logKey('idem-cors');
    const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0} encoding="form"
      action=${`${other}${mock({ log, body: '{}' }, '/s')}`}></subscribe-form>`);
    await send(el, 'asha@example.com');
    await formSettled(el);
    const posts = (await received(log)).filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.body, r.headers['idempotency-key']])).to.deep.equal([['email=asha%40example.com', '']]);
  });

  describe('a widget moved in the page while it works', () => {
    it('subscribe-form: a sending form moved ten times still finishes, with one request', async () => {
      const log = logKey('move-sub');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log, delay: 300, body: '{}' }, '/s')}></subscribe-form>`,
      );
      await send(el, 'asha@example.com');
      expect(el.status).to.equal('sending');
      await move(el, 10);
      await formSettled(el);
      expect(el.status).to.equal('success');
      expect($(el, '[role=status]')!.textContent!.trim()).to.equal('Thank you! You are subscribed.');
      expect(await received(log)).to.have.length(1);
    });

    it('subscribe-form: removed while sending and put back later, it is not stuck on "Subscribing…"', async () => {
      const log = logKey('remove-sub');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log, hang: 1, failfirst: 1, body: '{}' }, '/s')}></subscribe-form>`,
      );
      await send(el, 'asha@example.com');
      expect(el.status).to.equal('sending');
      await waitUntil(async () => (await received(log)).length === 1, 'the request never arrived');
      const parent = el.parentElement!;
      el.remove();
      await waitUntil(async () => (await received(log))[0]?.aborted, 'the request was not given up');
      parent.append(el);
      await el.updateComplete;
      expect(el.status).to.equal('idle');
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal('asha@example.com');
      expect($(el, 'button[part=button]')!.getAttribute('aria-disabled')).to.equal('false');
      await send(el);
      await formSettled(el);
      expect(el.status).to.equal('success');
      const [first, second] = await keys(log);
      expect(second).to.equal(first);
    });

    it('subscribe-form: the anti-bot timer counts from the first render, not from a move', async () => {
      const log = logKey('move-timer');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${400} action=${mock({ log, body: '{}' }, '/s')}></subscribe-form>`,
      );
      const shown = performance.now();
      await waitUntil(() => performance.now() - shown > 450, 'time stood still', { interval: 20 });
      await move(el); // the theme moves the form into its sidebar after the visitor started typing
      await send(el, 'asha@example.com');
      await formSettled(el);
      expect(el.status).to.equal('success');
      expect(await received(log)).to.have.length(1); // a real sign-up, not dropped as a bot's
    });

    it('popular-posts: a loading widget moved ten times asks for its feed at most twice', async () => {
      const log = logKey('move-feed');
      const el = fixtureSync<PopularPosts>(html`<popular-posts loading="eager" max="3"
        src=${`/mock/file=feeds~blogger.json,log=${log},delay=300/feeds/posts/default`}></popular-posts>`);
      await el.updateComplete;
      for (let i = 0; i < 10; i += 1) {
        await move(el);
        await received(log); // a round trip to the server: a request started by the move has reached it by now
      }
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~=title]').length === 3, 'the posts never arrived', {
        timeout: 15_000,
      });
      expect((await received(log)).length).to.be.within(1, 2);
    });
  });
});
