import { expect } from '@open-wc/testing';
import { fetchJson, fetchWithTimeout, NetError } from '../../../src/core/net/request.js';
import { jsonp } from '../../../src/core/net/jsonp.js';

async function failure(promise: Promise<unknown>): Promise<NetError> {
  try {
    await promise;
  } catch (error) {
    return error as NetError;
  }
  throw new Error('expected the request to fail');
}

const jsonpGlobals = () => Object.keys(window).filter((k) => k.startsWith('__blogWidgetsJsonp'));
const jsonpScripts = () => document.querySelectorAll('script[src*="__blogWidgetsJsonp"]').length;

describe('core/net', () => {
  it('reads JSON', async () => {
    expect(await fetchJson('/mock/body=%7B%22a%22%3A1%7D/x')).to.deep.equal({ a: 1 });
  });

  it('gives typed errors: http status, unreadable data, timeout, network, abort', async () => {
    const http = await failure(fetchJson('/mock/status=500/x'));
    expect([http.kind, http.status]).to.deep.equal(['http', 500]);
    expect((await failure(fetchJson('/mock/body=not%20json/x'))).kind).to.equal('parse');
    expect((await failure(fetchWithTimeout('/mock/hang=1/x', { timeout: 150 }))).kind).to.equal('timeout');
    expect((await failure(fetchWithTimeout('/mock/drop=1/x'))).kind).to.equal('network');
    const controller = new AbortController();
    const aborted = failure(fetchWithTimeout('/mock/hang=1/x', { signal: controller.signal }));
    controller.abort();
    expect((await aborted).kind).to.equal('aborted');
  });

  it('resolves with error replies when asked, to read their message', async () => {
    const response = await fetchWithTimeout('/mock/status=422,body=%7B%22error%22%3A%22bad%22%7D/x', {
      allowHttpErrors: true,
    });
    expect(response.status).to.equal(422);
    expect(await response.json()).to.deep.equal({ error: 'bad' });
  });

  describe('jsonp', () => {
    it('calls back with the data and cleans up its script and global', async () => {
      const data = await jsonp<{ ok: number }>('/mock/body=%7B%22ok%22%3A1%7D/feeds/posts/default?alt=json-in-script');
      expect(data).to.deep.equal({ ok: 1 });
      expect(jsonpScripts()).to.equal(0);
    });

    it('runs parallel requests without collisions', async () => {
      const [a, b] = await Promise.all([jsonp('/mock/delay=80,body=%22a%22/x'), jsonp('/mock/body=%22b%22/x')]);
      expect([a, b]).to.deep.equal(['a', 'b']);
    });

    it('uses the callback parameter name the service wants', async () => {
      expect(await jsonp('/mock/jsonp=c,body=%22mc%22/subscribe/post-json?u=1', { callbackParam: 'c' })).to.equal('mc');
    });

    it('times out, removes its script, and a late answer does not throw', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      const error = await failure(jsonp('/mock/delay=300,body=1/x', { timeout: 100 }));
      expect(error.kind).to.equal('timeout');
      expect(jsonpScripts()).to.equal(0);
      await new Promise((r) => setTimeout(r, 400));
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
    });

    it('fails on an error status and on a reply that never calls back', async () => {
      expect((await failure(jsonp('/mock/status=404/x'))).kind).to.equal('network');
      expect((await failure(jsonp('/mock/jsonp=nope,body=1/x'))).kind).to.equal('parse');
      expect(jsonpScripts()).to.equal(0);
    });

    it('stops on abort', async () => {
      const controller = new AbortController();
      const pending = failure(jsonp('/mock/hang=1/x', { signal: controller.signal }));
      controller.abort();
      expect((await pending).kind).to.equal('aborted');
      expect(jsonpScripts()).to.equal(0);
      expect(
        jsonpGlobals().every((k) => typeof (window as unknown as Record<string, unknown>)[k] === 'function'),
      ).to.equal(true);
    });
  });
});
