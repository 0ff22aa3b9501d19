import { expect } from '@open-wc/testing';
import { clearCache, inFlight, peek, put, shared } from '../../../src/core/net/cache.js';
import { NetError } from '../../../src/core/net/request.js';

describe('core/net/cache', () => {
  afterEach(() => clearCache());

  it('answers from memory and storage within the TTL, marks older values stale', () => {
    put('k1', { a: 1 });
    expect(peek('k1', 60_000)).to.deep.equal({ value: { a: 1 }, fresh: true });
    localStorage.setItem(
      'blog-widgets:cache:k2',
      JSON.stringify({ time: Date.now() - 120_000, key: 'k2', value: { b: 2 } }),
    );
    expect(peek('k2', 60_000)).to.deep.equal({ value: { b: 2 }, fresh: false });
    expect(peek('k3', 60_000)).to.equal(undefined);
    expect(peek('k1', 0)).to.equal(undefined);
  });

  it('ignores storage that is full, blocked or holds garbage', () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => put('full', 1)).not.to.throw();
      expect(peek('full', 60_000)).to.deep.equal({ value: 1, fresh: true });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      expect(peek('blocked', 60_000)).to.equal(undefined);
    } finally {
      Storage.prototype.getItem = getItem;
    }
    localStorage.setItem('blog-widgets:cache:garbage', '{not json');
    expect(peek('garbage', 60_000)).to.equal(undefined);
  });

  it('revives stored values with the codec', () => {
    localStorage.setItem(
      'blog-widgets:cache:dated',
      JSON.stringify({ time: Date.now(), key: 'dated', value: { at: '2025-03-12T00:00:00Z' } }),
    );
    const hit = peek<{ at: Date }>('dated', 60_000, {
      decode: (raw) => ({ at: new Date((raw as { at: string }).at) }),
    });
    expect(hit!.value.at).to.be.instanceOf(Date);
  });

  it('shares one load between callers that ask at the same time', async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((r) => setTimeout(r, 50));
      return 'posts';
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => shared('same', load, new AbortController().signal)),
    );
    expect(results).to.deep.equal(Array(10).fill('posts'));
    expect(loads).to.equal(1);
    expect(inFlight()).to.equal(0);
  });

  it('lets one caller leave without stopping the load for the others; the last one leaving aborts it', async () => {
    let aborted = false;
    const load = (signal: AbortSignal) =>
      new Promise<string>((resolve) => {
        signal.addEventListener('abort', () => (aborted = true));
        setTimeout(() => resolve('done'), 80);
      });
    const a = new AbortController();
    const b = new AbortController();
    const first = shared('leave', load, a.signal);
    const second = shared('leave', load, b.signal);
    a.abort();
    await first.then(
      () => expect.fail('should reject'),
      (error) => expect(error).to.be.instanceOf(NetError).with.property('kind', 'aborted'),
    );
    expect(aborted).to.equal(false);
    expect(await second).to.equal('done');

    const c = new AbortController();
    const third = shared('leave2', load, c.signal);
    c.abort();
    await third.catch(() => undefined);
    expect(aborted).to.equal(true);
  });
});
