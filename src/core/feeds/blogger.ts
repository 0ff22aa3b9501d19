/**
 * Blogger: feed addresses and its JSON feed (`alt=json` and the JSONP `alt=json-in-script`). Blogger's Atom feed
 * is read by the Atom adapter (`thr:total`, `media:thumbnail` included).
 *
 * Feed address: `<blog>/feeds/posts/default[/-/Label]?alt=json&max-results=N&start-index=I&orderby=published&q=…`
 * (at most 150 posts a page). `redirect=false` keeps a feed answering when the owner redirected it elsewhere
 * (FeedBurner). Search page: `<blog>/search?q=…`; label page: `<blog>/search/label/Label`.
 */
import {
  count,
  fromHtml,
  link,
  plain,
  post,
  summaryFromHtml,
  toDate,
  firstImage,
  startFeed,
  obj,
  arr,
  str,
  readEntries,
  entriesNeeded,
  text,
  type Json,
} from './normalise.js';
import { AUTHOR_MAX, ID_MAX, IMAGE_SOURCE_MAX, LABEL_MAX, LABELS_MAX, type EntryWant } from './limits.js';
import type { Feed, Post, PostImage, PostQuery } from './types.js';

/** Blogger's largest page. */
export const BLOGGER_PAGE_MAX = 150;

/** Blogger's `{ $t: text }`: the text, cut to `max` (limits.ts), '' when it is not text. */
const t = (value: unknown, max = IMAGE_SOURCE_MAX): string => text(obj(value).$t, max);

/** The blog's root (`https://x.blogspot.com`) from a blog or feed address. */
export function bloggerRoot(address: string): string {
  const url = new URL(address, globalThis.location?.href);
  const at = url.pathname.indexOf('/feeds/');
  // A Blogger blog lives at the root of its host; a feed address may sit under a prefix (a proxy, the test server).
  return at >= 0 ? `${url.origin}${url.pathname.slice(0, at)}` : url.origin;
}

/** The feed address for a query. `jsonp` asks for `alt=json-in-script` (the callback is added by the JSONP helper). */
export function bloggerFeedUrl(root: string, query: PostQuery = {}, jsonp = false): string {
  const label = query.label ? `/-/${encodeURIComponent(query.label)}` : '';
  const url = new URL(`${root}/feeds/posts/default${label}`);
  const p = url.searchParams;
  p.set('alt', jsonp ? 'json-in-script' : 'json');
  p.set('max-results', String(Math.min(Math.max(query.max ?? 25, 1), BLOGGER_PAGE_MAX)));
  if (query.start && query.start > 1) p.set('start-index', String(Math.floor(query.start)));
  if (query.orderby) p.set('orderby', query.orderby);
  if (query.q) p.set('q', query.q);
  p.set('redirect', 'false');
  return url.href;
}

/** The blog's own search page for `q` (or its label page). */
export function bloggerSearchUrl(root: string, q: string, label?: string): string {
  if (label && !q) return `${root}/search/label/${encodeURIComponent(label)}`;
  const url = new URL(`${root}/search`);
  url.searchParams.set('q', q);
  return url.href;
}

function alternate(links: Json[], rel: string, type = 'text/html'): string {
  const found = links.find((l) => l.rel === rel && (!l.type || l.type === type));
  return str(found?.href);
}

function image(entry: Json, content: string, base?: string): PostImage | undefined {
  const thumb = obj(entry.media$thumbnail);
  const url = link(thumb.url, base);
  if (url) return { url, width: count(thumb.width) ?? 72, height: count(thumb.height) ?? 72 };
  const src = firstImage(content, base);
  return src ? { url: src } : undefined;
}

function entryPost(entry: Json, summary: string, base?: string): Post {
  const links = arr(entry.link);
  const url = link(alternate(links, 'alternate'), base);
  const titleEl = obj(entry.title);
  const rawTitle = t(titleEl);
  const content = t(entry.content) || t(entry.summary);
  const author = arr(entry.author)[0] ?? {};
  const authorImage = link(obj(author.gd$image).src, base);
  const name = plain(t(author.name), AUTHOR_MAX);
  const id = t(entry.id, ID_MAX);
  return post({
    id: id || url,
    url,
    title: titleEl.type === 'html' ? fromHtml(rawTitle) : plain(rawTitle),
    summary,
    published: toDate(t(entry.published)) ?? toDate(t(entry.updated)),
    updated: toDate(t(entry.updated)),
    author: name
      ? {
          name,
          ...(link(t(author.uri), base) ? { url: link(t(author.uri), base) } : {}),
          // Blogger's placeholder avatar is a blank image.
          ...(authorImage && !/\/img\/b16-rounded\.gif|blank\.gif/.test(authorImage) ? { image: authorImage } : {}),
        }
      : undefined,
    image: image(entry, content, base),
    labels: arr(entry.category)
      .slice(0, LABELS_MAX)
      .map((c) => plain(c.term, LABEL_MAX))
      .filter(Boolean),
    commentCount: count(t(entry.thr$total)),
    commentsUrl: link(alternate(links, 'replies'), base) || undefined,
  });
}

/** A Blogger JSON feed (`{ feed: { entry: [...] } }`) normalised. */
export function parseBloggerJson(data: unknown, feedUrl?: string, want?: EntryWant): Feed {
  startFeed();
  const feed = obj(obj(data).feed);
  const total = count(t(feed.openSearch$totalResults));
  return {
    type: 'blogger',
    title: plain(t(feed.title)),
    link: link(alternate(arr(feed.link), 'alternate'), feedUrl) || undefined,
    id: t(feed.id, ID_MAX) || undefined,
    ...(total !== undefined ? { total } : {}),
    posts: (() => {
      const entries = (Array.isArray(feed.entry) ? feed.entry : [])
        .filter((e): e is Json => !!e && typeof e === 'object')
        .slice(0, entriesNeeded(want));
      return readEntries(
        entries,
        (entry) => entryPost(entry, summaryFromHtml(t(entry.content) || t(entry.summary)), feedUrl),
        want,
      );
    })(),
  };
}

/** True when `data` is a Blogger JSON feed. */
export function isBloggerJson(data: unknown): boolean {
  const feed = obj(obj(data).feed);
  return (
    'xmlns' in feed ||
    'entry' in feed ||
    'openSearch$totalResults' in feed ||
    /blogger/.test(t(feed.generator) + t(feed.id))
  );
}
