import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil, fakeConnection } from '../../helpers/index.js';
import { LitElement } from 'lit';
import type { ErrorDetail } from '../../../src/core/errors.js';
import { LoadController, type LoadState } from '../../../src/core/net/load-controller.js';
import { fetchJson } from '../../../src/core/net/request.js';
import { logKey, received } from '../../helpers/console.js';

interface Reply {
  n: number;
}

/** A host that records each state it renders and every value and error the controller reports. */
class LoadHost extends LitElement {
  static resume = false;
  rendered: LoadState[] = [];
  values: Reply[] = [];
  errors: ErrorDetail[] = [];
  readonly load = new LoadController<Reply>(this, {
    onValue: (value) => this.values.push(value),
    onError: (error) => this.errors.push(error),
    resume: (this.constructor as typeof LoadHost).resume,
  });

  override render() {
    if (this.rendered.at(-1) !== this.load.state) this.rendered.push(this.load.state);
    return html`<p>${this.load.state}</p>`;
  }
}
customElements.define('load-host', LoadHost);
customElements.define(
  'resume-host',
  class extends LoadHost {
    static override resume = true;
  },
);

const mock = (options: string, path = '/x') => `/mock/${options}${path}`;
const body = (n: number) => `body=${encodeURIComponent(JSON.stringify({ n }))}`;
const get = (url: string) => (signal: AbortSignal) => fetchJson<Reply>(url, { signal });
const open = (gate: string) => fetch(`/mock-gate/${gate}`, { method: 'POST' });

async function host(tag = 'load-host'): Promise<LoadHost> {
  return fixture<LoadHost>(tag === 'load-host' ? html`<load-host></load-host>` : html`<resume-host></resume-host>`);
}

describe('core/net/load-controller', () => {
  it('goes idle -> loading -> ready with the typed value, over HTTP', async () => {
    const key = logKey('lc-ready');
    const el = await host();
    expect(el.load.state).to.equal('idle');
    const done = el.load.run(get(mock(`${body(1)},log=${key}`)));
    expect(el.load.state).to.equal('loading');
    expect(el.load.pending).to.equal(true);
    await done;
    await el.updateComplete;
    expect(el.load.state).to.equal('ready');
    expect(el.load.value).to.deep.equal({ n: 1 });
    expect(el.values).to.deep.equal([{ n: 1 }]);
    expect(el.rendered).to.deep.equal(['idle', 'loading', 'ready']);
    expect(el.shadowRoot!.textContent).to.equal('ready');
    expect(await received(key)).to.have.length(1);
  });

  it('turns a failure into { kind, status, message } and retry() loads again', async () => {
    const key = logKey('lc-retry');
    const el = await host();
    await el.load.run(get(mock(`${body(2)},status=503,failfirst=1,log=${key}`)));
    expect(el.load.state).to.equal('error');
    expect(el.load.pending).to.equal(false);
    expect({ kind: el.load.error!.kind, status: el.load.error!.status, message: el.load.error!.message }).to.deep.equal(
      {
        kind: 'http',
        status: 503,
        message: 'HTTP 503',
      },
    );
    expect(el.errors.map((e) => e.kind)).to.deep.equal(['http']);
    await el.load.retry();
    expect(el.load.state).to.equal('ready');
    expect(el.load.error).to.equal(undefined);
    expect(el.load.value).to.deep.equal({ n: 2 });
    expect(await received(key)).to.have.length(2);
  });

  it('reads a failure that is not a NetError as `unknown`', async () => {
    const el = await host();
    await el.load.run(() => Promise.reject(new Error('broken')));
    expect(el.load.state).to.equal('error');
    expect({ ...el.load.error }).to.deep.equal({ kind: 'unknown', message: 'broken' });
  });

  it('shows only the last of two runs', async () => {
    const gate = logKey('lc-gate-first');
    const el = await host();
    const first = el.load.run(get(mock(`${body(1)},gate=${gate}`)));
    const second = el.load.run(get(mock(body(2))));
    await second;
    await open(gate);
    await first;
    expect(el.load.value).to.deep.equal({ n: 2 });
    expect(el.values).to.deep.equal([{ n: 2 }]);
  });

  it('settle() shows a value at once and gives up the run on its way', async () => {
    const key = logKey('lc-settle');
    const el = await host();
    const run = el.load.run(get(mock(`${body(1)},gate=${key},log=${key}`)));
    await waitUntil(async () => (await received(key)).length === 1, 'no request');
    el.load.settle({ n: 9 });
    expect(el.load.state).to.equal('ready');
    await open(key);
    await run;
    expect(el.load.value).to.deep.equal({ n: 9 });
    expect(el.values).to.deep.equal([]);
  });

  it('abort() puts back the state from before the run; abort(true) goes back to idle', async () => {
    const gate = logKey('lc-abort');
    const el = await host();
    await el.load.run(() => Promise.reject(new Error('first')));
    const run = el.load.run(get(mock(`${body(1)},gate=${gate}`)));
    expect(el.load.state).to.equal('loading');
    el.load.abort();
    await run;
    expect(el.load.state).to.equal('error');
    expect(el.load.error?.message).to.equal('first');
    el.load.abort(true);
    expect([el.load.state, el.load.error]).to.deep.equal(['idle', undefined]);
    await open(gate);
  });

  it('abort() with no run on its way changes nothing', async () => {
    const el = await host();
    await el.load.run(get(mock(body(1))));
    el.load.settle({ n: 2 });
    el.load.abort();
    expect([el.load.state, el.load.value]).to.deep.equal(['ready', { n: 2 }]);
  });

  it('background runs keep the shown value, while loading and when they fail', async () => {
    const el = await host();
    el.load.settle({ n: 1 });
    const key = logKey('lc-background');
    const run = el.load.run(get(mock(`status=500,gate=${key},log=${key}`)), { background: true });
    await waitUntil(async () => (await received(key)).length === 1, 'no request');
    expect([el.load.state, el.load.pending]).to.deep.equal(['ready', true]);
    await open(key);
    await run;
    expect(el.load.state).to.equal('ready');
    expect(el.load.value).to.deep.equal({ n: 1 });
    expect(el.load.error, JSON.stringify({ ...el.load.error })).to.include({ kind: 'http', status: 500 });
    expect(el.errors).to.have.length(1);
  });

  describe('leaving the page', () => {
    it('aborts the request when the element is removed, back to where it was', async () => {
      const key = logKey('lc-remove');
      const el = await host();
      const run = el.load.run(get(mock(`${body(1)},hang=1,log=${key}`)));
      await waitUntil(async () => (await received(key)).length === 1, 'no request');
      el.remove();
      await run;
      expect(el.load.state).to.equal('idle');
      expect(el.load.pending).to.equal(false);
      await waitUntil(async () => (await received(key))[0].aborted, 'the request was not aborted');
      expect(el.values).to.deep.equal([]);
      expect(el.errors).to.deep.equal([]);
      // Without `resume`, coming back does not start it again.
      document.body.append(el);
      await el.updateComplete;
      expect(el.load.state).to.equal('idle');
      expect(await received(key)).to.have.length(1);
      el.remove();
    });

    it('goes on when the element is only moved', async () => {
      const key = logKey('lc-move');
      const el = await host();
      const box = document.createElement('div');
      document.body.append(box);
      const run = el.load.run(get(mock(`${body(3)},gate=${key},log=${key}`)));
      await waitUntil(async () => (await received(key)).length === 1, 'no request');
      box.append(el);
      await open(key);
      await run;
      expect(el.load.state).to.equal('ready');
      expect(el.load.value).to.deep.equal({ n: 3 });
      box.remove();
    });

    it('with `resume`, runs again when the element is back', async () => {
      const key = logKey('lc-resume');
      const el = await host('resume-host');
      void el.load.run(get(mock(`${body(4)},failfirst=1,hang=1,log=${key}`)));
      await waitUntil(async () => (await received(key)).length === 1, 'no request');
      el.remove();
      await waitUntil(() => el.load.state === 'idle', 'not aborted');
      document.body.append(el);
      await waitUntil(() => el.load.state === 'ready', 'not run again');
      expect(el.values).to.deep.equal([{ n: 4 }]);
      const requests = await received(key);
      expect(requests.map((r) => r.aborted)).to.deep.equal([true, false]);
      el.remove();
    });
  });

  describe('offline', () => {
    const connection = fakeConnection();

    it('waits for the connection in the offline state, then loads', async () => {
      const key = logKey('lc-offline');
      const el = await host();
      connection.online = false;
      const run = el.load.run(get(mock(`${body(5)},log=${key}`)));
      await el.updateComplete;
      expect(el.load.state).to.equal('offline');
      expect(el.shadowRoot!.textContent).to.equal('offline');
      expect(await received(key)).to.deep.equal([]);
      connection.online = true;
      window.dispatchEvent(new Event('online'));
      await run;
      expect(el.load.state).to.equal('ready');
      expect(el.rendered).to.deep.equal(['idle', 'offline', 'loading', 'ready']);
      expect(await received(key)).to.have.length(1);
    });

    it('stops waiting when the element leaves the page', async () => {
      const el = await host();
      connection.online = false;
      const run = el.load.run(get(mock(body(6))));
      el.remove();
      await run;
      expect(el.load.state).to.equal('idle');
      expect(el.values).to.deep.equal([]);
    });

    it('online(signal) lets the work wait again at any step', async () => {
      const key = logKey('lc-online-step');
      const el = await host();
      const run = el.load.run(async (signal) => {
        connection.online = false;
        await el.load.online(signal);
        return fetchJson<Reply>(mock(`${body(7)},log=${key}`), { signal });
      });
      await waitUntil(() => el.load.state === 'offline', 'not offline');
      expect(await received(key)).to.deep.equal([]);
      connection.online = true;
      window.dispatchEvent(new Event('online'));
      await run;
      expect(el.load.value).to.deep.equal({ n: 7 });
    });
  });
});
