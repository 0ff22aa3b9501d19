/**
 * What the widgets keep in the visitor's browser (issue 12, "Privacy"): nothing a visitor types, and only public
 * feeds in a persistent cache that is bounded, keyed by the feed's full address and expires.
 * The figures are the documented limits (README "Security and privacy", src/core/net/cache.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/popular-posts/define.js';
import type { BlogSearch } from '../../src/widgets/blog-search/blog-search.js';
import type { PopularPosts } from '../../src/widgets/popular-posts/popular-posts.js';
import { clearCache, peek, put } from '../../src/core/net/cache.js';
import { logKey, received, waitUntil } from '../helpers/index.js';

const MAX_ENTRIES = 20;
const MAX_CHARS = 500_000;
const MAX_AGE = 24 * 3_600_000;

/** Everything our widgets keep in localStorage and sessionStorage (name and value). */
function stored(): { name: string; value: string }[] {
  const all: { name: string; value: string }[] = [];
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i += 1) {
      const name = store.key(i)!;
      all.push({ name, value: store.getItem(name) ?? '' });
    }
  }
  return all;
}
/** The cache's entries (not the remembered language). */
const cacheEntries = () =>
  stored().filter((e) => e.name.startsWith('blog-widgets:') && e.name !== 'blog-widgets:language');

/** Runs `body` with Date.now() answering `at()`. */
async function atTime<T>(at: () => number, body: () => T | Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = at;
  try {
    return await body();
  } finally {
    Date.now = real;
  }
}

describe('privacy: storage', function () {
  this.timeout(30_000);
  beforeEach(() => {
    clearCache();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => clearCache());

  it('stores nothing a visitor types in <blog-search> (Blogger q=, and a plain feed filtered here)', async () => {
    const key = logKey('typed');
    // What an earlier version stored for a search: removed the first time a widget reads the cache.
    localStorage.setItem(
      'blog-widgets:feed:blogger:https://blog.example:anxiety||6|1|',
      '{"time":1,"value":{"posts":[]}}',
    );
    const blogger = await fixture<BlogSearch>(html`<blog-search feed-type="blogger" debounce="0"
      src=${`/mock/log=${key},file=search~q-{q}.json/feeds/posts/default`}></blog-search>`);
    const rss = await fixture<BlogSearch>(html`<blog-search feed-type="rss" debounce="0"
      src=${`/mock/log=${key}-rss,file=search~feed.rss/feed.rss`}></blog-search>`);
    for (const el of [blogger, rss]) {
      const done = new Promise((resolve) =>
        el.addEventListener('search-results', (e) => (e as CustomEvent).detail.query === 'anxiety' && resolve(e)),
      );
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'anxiety' });
      await done;
    }
    expect((await received(key)).some((r) => r.query.q === 'anxiety')).to.equal(true);
    const leaks = stored().filter((e) => /anx/i.test(e.name) || /"q"\s*:\s*"anx|[|:]anx|q=anx/i.test(e.value));
    expect(leaks.map((e) => e.name)).to.deep.equal([]);
    // What is stored is the plain feed the RSS search filters (public), and nothing from the Blogger searches.
    expect(cacheEntries().every((e) => !e.value.includes('search~q-'))).to.equal(true);
  });

  it('keeps at most 20 feeds and 500,000 characters, evicting the oldest first', async () => {
    const big = (i: number) => ({ posts: [{ id: String(i), title: `post ${i}`, summary: 'x'.repeat(30_000) }] });
    let now = Date.now() - 3_600_000;
    await atTime(
      () => now,
      () => {
        for (let i = 0; i < 60; i += 1) {
          now += 1_000;
          put(`feed:test:https://blog.example/feed-${i}.xml`, big(i));
        }
      },
    );
    const entries = cacheEntries();
    expect(entries.length).to.be.at.most(MAX_ENTRIES).and.at.least(1);
    expect(entries.reduce((sum, e) => sum + e.name.length + e.value.length, 0)).to.be.at.most(MAX_CHARS);
    const kept = entries.map((e) => Number(/feed-(\d+)\.xml/.exec(e.name)?.[1])).sort((a, b) => a - b);
    // The newest survive, in one unbroken run up to the last one stored.
    expect(kept[kept.length - 1]).to.equal(59);
    expect(kept).to.deep.equal(kept.map((_, i) => 60 - kept.length + i));
  });

  it('keeps a feed too big for the storage budget in memory only', () => {
    put('feed:test:https://blog.example/huge.xml', { posts: [{ summary: 'y'.repeat(MAX_CHARS) }] });
    expect(cacheEntries().some((e) => e.name.includes('huge.xml'))).to.equal(false);
    expect(peek('feed:test:https://blog.example/huge.xml', 60_000)?.fresh).to.equal(true);
  });

  it('does not use an expired entry, and removes it', async () => {
    const key = 'feed:test:https://blog.example/old.xml';
    const real = Date.now();
    await atTime(
      () => real - MAX_AGE - 60_000,
      () => put(key, { posts: [{ id: '1', title: 'Yesterday' }] }),
    );
    expect(cacheEntries().some((e) => e.name.includes('old.xml'))).to.equal(true);
    // Even a caller that accepts stale data (a cache-ttl of a week) does not get it.
    expect(peek(key, 7 * MAX_AGE)).to.equal(undefined);
    expect(peek(key, 60_000)).to.equal(undefined);
    expect(cacheEntries().some((e) => e.name.includes('old.xml'))).to.equal(false);
  });

  it('keeps two blogs on one origin (GitHub Pages subpaths) apart', async () => {
    const key = logKey('subpaths');
    const a = `/mock/log=${key}-a,file=feeds~rss.xml/blog-a/feed.xml`;
    const b = `/mock/log=${key}-b,file=search~feed.rss/blog-b/feed.xml`;
    const titles = (el: PopularPosts) =>
      [...el.shadowRoot!.querySelectorAll('[part~=title]')].map((t) => t.textContent!.trim());
    const first = await fixture<PopularPosts>(
      html`<popular-posts loading="eager" feed-type="rss" src=${a}></popular-posts>`,
    );
    await waitUntil(() => titles(first).length > 0, 'blog A never loaded', { timeout: 15_000 });
    const second = await fixture<PopularPosts>(
      html`<popular-posts loading="eager" feed-type="rss" src=${b}></popular-posts>`,
    );
    await waitUntil(() => titles(second).length > 0, 'blog B never loaded', { timeout: 15_000 });
    expect(titles(second)).not.to.deep.equal(titles(first));
    expect(await received(`${key}-b`)).to.have.length(1);
    const names = cacheEntries().map((e) => e.name);
    expect(names.filter((n) => n.includes('/blog-a/feed.xml'))).to.have.length(1);
    expect(names.filter((n) => n.includes('/blog-b/feed.xml'))).to.have.length(1);
    // Each entry says which feed it is, and a lookup by another address finds nothing.
    expect(peek('feed:rss:https://other.example/blog-a/feed.xml', 60_000)).to.equal(undefined);
  });
});
