// Real captured feeds (../shared/corpora/real-feeds), read in place: each normalises into posts whose titles,
// links and dates match what the test reads from the document itself (first and last entry).
import { expect } from '@open-wc/testing';
import { parseFeed, type Post } from '../../../src/core/feeds/index.js';
import { htmlToText } from '../../../src/core/safe.js';
import { corpusUrl } from '../../helpers/index.js';

const corpus = (path: string) => corpusUrl(path, 'real');

interface Expected {
  count: number;
  first?: { title: string; link: string; date?: string };
  last?: { title: string; link: string; date?: string };
}

const text = (s: unknown) => htmlToText(typeof s === 'string' ? s : '');

/** Read independently of the adapters: raw JSON fields. */
function fromJson(data: any): Expected {
  let items: any[];
  let pick: (it: any) => { title: string; link: string; date?: string };
  if (data?.feed) {
    items = data.feed.entry ?? [];
    pick = (e) => ({
      title: (e.title?.$t ?? '').replace(/\s+/g, ' ').trim(),
      link: e.link.find((l: any) => l.rel === 'alternate')?.href ?? '',
      date: e.published?.$t,
    });
  } else if (Array.isArray(data)) {
    items = data;
    pick = (e) => ({ title: text(e.title?.rendered), link: e.link, date: e.date_gmt ? `${e.date_gmt}Z` : e.date });
  } else {
    items = data.items ?? [];
    pick = (e) => ({ title: text(e.title ?? ''), link: e.url ?? e.external_url, date: e.date_published });
  }
  return {
    count: items.length,
    first: items[0] && pick(items[0]),
    last: items.length ? pick(items[items.length - 1]) : undefined,
  };
}

/** Read independently of the adapters: the XML DOM with tag names. */
function fromXml(bytes: ArrayBuffer): Expected {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 200));
  const encoding = /encoding=["']([^"']+)/.exec(head)?.[1] ?? 'utf-8';
  const source = new TextDecoder(encoding).decode(bytes).replace(/encoding=["'][^"']+["']/, '');
  const doc = new DOMParser().parseFromString(source, 'application/xml');
  const atom = doc.documentElement.localName === 'feed';
  const items = [...doc.getElementsByTagName(atom ? 'entry' : 'item')];
  const own = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
  const pick = (el: Element) => {
    const titleEl = own(el, 'title');
    const title =
      titleEl?.getAttribute('type') === 'text'
        ? (titleEl.textContent ?? '').replace(/\s+/g, ' ').trim()
        : text(titleEl?.textContent);
    const link = atom
      ? ([...el.children]
          .find((c) => c.localName === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate')
          ?.getAttribute('href') ?? '')
      : (own(el, 'link')?.textContent?.trim() ?? '');
    const date = atom
      ? (own(el, 'published') ?? own(el, 'updated'))?.textContent
      : (own(el, 'pubDate') ?? own(el, 'date'))?.textContent;
    return { title, link, date: date?.trim() };
  };
  return {
    count: items.length,
    first: items[0] && pick(items[0]),
    last: items.length ? pick(items[items.length - 1]) : undefined,
  };
}

function same(post: Post, expected: { title: string; link: string; date?: string }, file: string) {
  expect(post.title, `${file} title`).to.equal(expected.title);
  expect(post.url, `${file} link`).to.equal(new URL(expected.link, 'http://example.com/').href);
  if (expected.date) expect(post.published?.getTime(), `${file} date`).to.equal(new Date(expected.date).getTime());
}

describe('real captured feeds', function () {
  this.timeout(60_000);
  let files: string[] = [];

  before(async function () {
    const response = await fetch(corpus('real-feeds/SOURCES.md'));
    if (response.status === 404) {
      console.log('corpus: ../shared/corpora/real-feeds is absent; skipping the real-feed tests');
      this.skip();
    }
    files = [...(await response.text()).matchAll(/^### (\S+)/gm)].map((m) => m[1]);
  });

  it('normalises every file into posts whose titles, links and dates match the document', async () => {
    expect(files.length).to.be.greaterThan(25);
    for (const file of files) {
      const bytes = await (await fetch(corpus(`real-feeds/${file}`))).arrayBuffer();
      const feed = parseFeed(bytes, 'http://example.com/');
      const raw = new TextDecoder().decode(bytes).trimStart();
      const expected = raw.startsWith('<')
        ? fromXml(bytes)
        : fromJson(
            JSON.parse(
              raw.startsWith('//') || /^\w+\(/.test(raw) ? raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')')) : raw,
            ),
          );
      expect(feed.posts.length, `${file} count`).to.equal(expected.count);
      if (!expected.count) continue;
      same(feed.posts[0], expected.first!, file);
      same(feed.posts[feed.posts.length - 1], expected.last!, file);
      for (const post of feed.posts) {
        expect(post.url === '' || /^https?:/.test(post.url), `${file} url ${post.url}`).to.equal(true);
        if (post.image) expect(post.image.url, `${file} image`).to.match(/^https?:/);
        expect(post.title).to.not.match(/<\w+[^>]*>/);
      }
    }
  });

  it('decodes gb2312 and ISO-8859-1 feeds by their XML declaration', async () => {
    const gb = parseFeed(await (await fetch(corpus('real-feeds/rss/kc0011-gb2312.rss'))).arrayBuffer());
    expect(gb.posts.length).to.be.greaterThan(0);
    expect(gb.title).to.match(/[\u4e00-\u9fff]/);
    expect(gb.posts.map((p) => p.title).join('')).to.not.include('\uFFFD');
    const pt = parseFeed(await (await fetch(corpus('real-feeds/rss/jn-pt-iso-8859-1.rss'))).arrayBuffer());
    expect(pt.posts).to.have.length(40);
    expect(pt.posts.map((p) => p.title).join(' ')).to.match(/[ãçéõá]/);
    expect(pt.posts.map((p) => p.title).join('')).to.not.include('\uFFFD');
  });

  it('reads Blogger thumbnails and comment counts', async () => {
    const feed = parseFeed(
      await (await fetch(corpus('real-feeds/blogger-json/windazure-zh-posts-default.json'))).arrayBuffer(),
    );
    expect(feed.type).to.equal('blogger');
    expect(feed.total).to.equal(49);
    expect(feed.posts.filter((p) => p.image).length).to.be.greaterThanOrEqual(8);
    expect(feed.posts.every((p) => typeof p.commentCount === 'number')).to.equal(true);
  });
});
