import { expect } from '@open-wc/testing';
import {
  bloggerFeedUrl,
  bloggerRoot,
  fetchFeed,
  filterPosts,
  imageFor,
  loadFeed,
  parseFeed,
  resizeBloggerImage,
  resolveSource,
  searchPageUrl,
  wordpressPostsUrl,
  type Post,
} from '../../../src/core/feeds/index.js';
import { NetError } from '../../../src/core/net/request.js';
import { logKey, received } from '../../helpers/index.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).arrayBuffer();

describe('core/feeds', () => {
  describe('sources', () => {
    it('recognises Blogger by host and /feeds/ path, WordPress by /wp-json/, else auto', () => {
      expect(resolveSource('https://quietmind.blogspot.com/2025/03/x.html')).to.deep.equal({
        type: 'blogger',
        url: 'https://quietmind.blogspot.com',
        jsonp: true,
      });
      expect(resolveSource('https://blog.example/feeds/posts/default?alt=rss')).to.include({
        type: 'blogger',
        url: 'https://blog.example',
      });
      expect(resolveSource('https://site.example/wp-json/wp/v2/posts')).to.deep.equal({
        type: 'wordpress',
        url: 'https://site.example',
        jsonp: false,
      });
      expect(resolveSource('https://site.example/feed.xml')).to.include({
        type: 'auto',
        url: 'https://site.example/feed.xml',
      });
      expect(resolveSource('https://blog.example/feeds/posts/default?alt=rss', 'rss')).to.include({
        type: 'rss',
        url: 'https://blog.example/feeds/posts/default?alt=rss',
      });
    });

    it('uses the current site on a Blogger page, and the page feed link elsewhere', () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'generator', content: 'Blogger' });
      document.head.append(meta);
      expect(resolveSource('')).to.deep.equal({ type: 'blogger', url: location.origin, jsonp: false });
      meta.remove();
      const link = Object.assign(document.createElement('link'), {
        rel: 'alternate',
        type: 'application/rss+xml',
        href: '/rss.xml',
      });
      document.head.append(link);
      expect(resolveSource('')).to.include({ type: 'auto', url: `${location.origin}/rss.xml` });
      link.remove();
    });

    it('builds Blogger feed addresses with paging, label, order, search and redirect=false', () => {
      expect(bloggerRoot('https://b.example/feeds/posts/summary/-/Sleep?alt=json')).to.equal('https://b.example');
      const url = new URL(
        bloggerFeedUrl(
          'https://b.example',
          { label: 'Self care', max: 500, start: 151, orderby: 'updated', q: 'sleep' },
          true,
        ),
      );
      expect(url.pathname).to.equal('/feeds/posts/default/-/Self%20care');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        alt: 'json-in-script',
        'max-results': '150',
        'start-index': '151',
        orderby: 'updated',
        q: 'sleep',
        redirect: 'false',
      });
    });

    it('builds WordPress addresses and search pages for both platforms', () => {
      const url = new URL(wordpressPostsUrl('https://w.example', { max: 10, start: 21, q: 'grief' }, 7));
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        _embed: 'author,wp:featuredmedia',
        per_page: '10',
        page: '3',
        search: 'grief',
        categories: '7',
      });
      expect(searchPageUrl(resolveSource('https://b.blogspot.com/'), 'sleep well')).to.equal(
        'https://b.blogspot.com/search?q=sleep+well',
      );
      expect(searchPageUrl(resolveSource('https://w.example/wp-json/'), 'sleep')).to.equal(
        'https://w.example/?s=sleep',
      );
      expect(searchPageUrl(resolveSource('https://x.example/feed.xml'), 'sleep')).to.equal(undefined);
    });
  });

  describe('images', () => {
    it('resizes Blogger images in both URL forms and leaves other hosts alone', () => {
      expect(resizeBloggerImage('https://1.bp.blogspot.com/a/b/s72-c/x.jpg', 144, 144)).to.equal(
        'https://1.bp.blogspot.com/a/b/s144-c/x.jpg',
      );
      expect(resizeBloggerImage('https://blogger.googleusercontent.com/img/b/R29v/s72-c/x.jpg', 640, 360)).to.equal(
        'https://blogger.googleusercontent.com/img/b/R29v/w640-h360-c/x.jpg',
      );
      expect(resizeBloggerImage('https://blogger.googleusercontent.com/img/a/AVvX=s72-c', 96, 96)).to.equal(
        'https://blogger.googleusercontent.com/img/a/AVvX=s96-c',
      );
      expect(resizeBloggerImage('https://cdn.example/s72-c/x.jpg', 96, 96)).to.equal('https://cdn.example/s72-c/x.jpg');
    });

    it('picks the smallest WordPress size that covers the box, times the pixel ratio; drops non-http sources', () => {
      const image = {
        url: 'https://w.example/full.jpg',
        sizes: [
          { url: 'https://w.example/150.jpg', width: 150, height: 150 },
          { url: 'https://w.example/300.jpg', width: 300, height: 169 },
          { url: 'https://w.example/1024.jpg', width: 1024, height: 576 },
        ],
      };
      expect(imageFor(image, 72, 72, 1)).to.equal('https://w.example/150.jpg');
      expect(imageFor(image, 72, 72, 2)).to.equal('https://w.example/150.jpg');
      expect(imageFor(image, 150, 80, 2)).to.equal('https://w.example/300.jpg');
      expect(imageFor(image, 320, 180, 2)).to.equal('https://w.example/1024.jpg');
      expect(imageFor({ url: 'data:image/png;base64,AAAA' }, 72, 72)).to.equal(undefined);
      expect(imageFor({ url: 'javascript:alert(1)' }, 72, 72)).to.equal(undefined);
    });
  });

  describe('formats', () => {
    it('normalises a Blogger JSON feed into posts', async () => {
      const feed = parseFeed(await fixture('blogger.json'));
      expect(feed).to.include({ type: 'blogger', title: 'Quiet Mind Notes', total: 7 });
      const [first] = feed.posts;
      expect(first).to.deep.include({
        id: 'tag:blogger.com,1999:blog-1.post-1000',
        url: 'https://blog.example/2025/03/post-1.html',
        title: 'Sleeping better when your mind races',
        labels: ['Sleep', 'Anxiety'],
        commentCount: 12,
        commentsUrl: 'https://blog.example/2025/03/post-1.html#comment-form',
        author: { name: 'Dr. Meera Rao', url: 'https://blog.example/profile' },
      });
      expect(first.summary).to.match(/^Sleeping better when your mind races\. This is the opening paragraph/);
      expect(first.published!.toISOString()).to.equal('2025-03-12T09:00:00.000Z');
      expect(first.image).to.deep.equal({
        url: 'https://blogger.googleusercontent.com/img/b/post0/s72-c/photo.jpg',
        width: 72,
        height: 72,
      });
      // No thumbnail: no image (post 3 has none in its content either).
      expect(feed.posts[2].image).to.equal(undefined);
    });

    it('reads Blogger JSONP text (as captured from alt=json-in-script)', () => {
      const feed = parseFeed(
        '// API callback\nshow({"feed":{"entry":[{"title":{"$t":"A & B"},"link":[{"rel":"alternate","href":"https://b.example/a.html"}]}]}});',
      );
      expect(feed.posts.map((p) => [p.title, p.url])).to.deep.equal([['A & B', 'https://b.example/a.html']]);
    });

    it('normalises RSS with relative images, comments and dc:creator', async () => {
      const feed = parseFeed(await fixture('rss.xml'), 'https://rss.example/feed');
      expect(feed.title).to.equal('RSS Notes');
      expect(feed.posts[0]).to.deep.include({
        id: 'rss-1',
        url: 'https://rss.example/p1',
        commentCount: 12,
        author: { name: 'Asha' },
        summary: 'Summary of Sleeping better when your mind races',
      });
      expect(feed.posts[0].image).to.deep.equal({ url: 'https://rss.example/images/p1.jpg' });
    });

    it('normalises Atom, JSON Feed and WordPress', async () => {
      const atom = parseFeed(await fixture('atom.xml'));
      expect(atom.posts[1]).to.deep.include({
        url: 'https://atom.example/a2',
        commentCount: 3,
        summary: 'Atom summary 2',
        labels: ['Depression'],
      });
      const json = parseFeed(await fixture('json-feed.json'));
      expect(json.posts[0]).to.deep.include({
        url: 'https://json.example/j1',
        summary: 'JSON body 1',
        image: { url: 'https://json.example/j1.png' },
      });
      const wp = parseFeed(await fixture('wordpress.json'));
      expect(wp.type).to.equal('wordpress');
      expect(wp.posts[0].summary).to.equal('WordPress excerpt 1 …');
      expect(wp.posts[0].author).to.deep.equal({ name: 'Kiran', url: 'https://wp.example/author/kiran/' });
      expect(wp.posts[0].published!.toISOString()).to.equal('2025-03-12T09:00:00.000Z');
      expect(wp.posts[0].image!.sizes).to.have.length(3);
    });

    it('reduces hostile titles to text and drops unsafe links and images', async () => {
      const feed = parseFeed(await fixture('hostile.json'));
      expect(feed.posts[0].title).to.equal('Hello world');
      expect(feed.posts[0].url).to.equal('');
      expect(feed.posts[1].url).to.equal('');
      expect(feed.posts[1].image).to.equal(undefined);
    });

    it('rejects what is not a feed with a parse error', () => {
      for (const text of ['<html><body>hi</body></html>', '{"hello":1}', '{"feed": {"entry": [', 'plain words']) {
        expect(() => parseFeed(text), text)
          .to.throw(NetError)
          .with.property('kind', 'parse');
      }
    });

    it('filters by label and every word of a query, case-insensitively', () => {
      const posts = [
        { id: '1', url: '', title: 'Sleep and worry', summary: 'Night thoughts', labels: ['Sleep'] },
        { id: '2', url: '', title: 'Anger', summary: 'A messenger of worry', labels: ['Anger'] },
      ] as Post[];
      expect(filterPosts(posts, { label: 'sleep' }).map((p) => p.id)).to.deep.equal(['1']);
      expect(filterPosts(posts, { q: 'WORRY messenger' }).map((p) => p.id)).to.deep.equal(['2']);
    });
  });

  describe('loading', () => {
    it('pages and filters plain feeds for a caller (the search use)', async () => {
      const source = resolveSource(`/mock/file=feeds~rss.xml,log=${logKey('page')}/feed.xml`);
      const feed = await fetchFeed(source, { q: 'step', max: 5 });
      expect(feed.posts.map((p) => p.title)).to.deep.equal(['Five small steps out of a low mood']);
      const second = await fetchFeed(source, { start: 2, max: 2 });
      expect(second.posts.map((p) => p.url)).to.deep.equal(['https://rss.example/p2', 'https://rss.example/p3']);
    });

    it('passes q to Blogger and search to WordPress', async () => {
      const bKey = logKey('bq');
      await loadFeed(
        resolveSource(`/mock/file=feeds~blogger.json,log=${bKey}/feeds/posts/default`),
        { q: 'sleep' },
        { ttl: 0 },
      );
      expect((await received(bKey))[0].query.q).to.equal('sleep');
      const wKey = logKey('wq');
      await loadFeed(
        resolveSource(`/mock/file=feeds~wordpress.json,log=${wKey}/wp-json/`),
        { q: 'sleep', label: 'calm' },
        { ttl: 0 },
      );
      const [categories, posts] = await received(wKey);
      expect(categories.path).to.equal('/wp-json/wp/v2/categories');
      expect(categories.query.slug).to.equal('calm');
      // The fixture answers the category lookup with posts whose first id is 100.
      expect(posts.query).to.include({ search: 'sleep', categories: '100' });
    });

    it('reports a JSONP feed that fails to load as a network error and leaves no script behind', async () => {
      const source = resolveSource(
        `http://127.0.0.1:${location.port}/mock/status=404,log=${logKey('jsonp404')}/feeds/posts/default`,
        'blogger',
      );
      expect(source.jsonp).to.equal(true);
      const error = await loadFeed(source, {}, { ttl: 0 }).catch((e) => e);
      expect(error).to.be.instanceOf(NetError).with.property('kind', 'network');
      expect(document.querySelector('script[src*="127.0.0.1"]')).to.equal(null);
    });

    it('decodes an ISO-8859-1 feed from its bytes', async () => {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf'),
        0xe9,
        ...new TextEncoder().encode('</title></channel></rss>'),
      ]);
      expect(parseFeed(bytes).title).to.equal('Café');
    });

    it('finds the feed an HTML page announces', async () => {
      const key = logKey('html');
      const page = encodeURIComponent(
        '<html><head><link rel="alternate" type="application/atom+xml" href="/mock/file=feeds~atom.xml/atom.xml"></head></html>',
      );
      const feed = await fetchFeed(resolveSource(`/mock/body=${page},type=text~html,log=${key}/`), {});
      expect(feed.title).to.equal('Atom Notes');
    });
  });
});
