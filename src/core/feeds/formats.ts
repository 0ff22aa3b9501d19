/**
 * Loaded on demand: everything for sources that are not Blogger. WordPress's REST API, and RSS, Atom or JSON Feed
 * recognised from the content (also through the feed an HTML page announces). load.ts imports this file only when a
 * widget's source needs it, so a Blogger blog never downloads it.
 */
import { fetchJson, fetchWithTimeout, NetError } from '../net/request.js';
import { inertDocument, safeUrl } from '../safe.js';
import { parseAtom } from './atom.js';
import { isBloggerJson, parseBloggerJson } from './blogger.js';
import { FEED_LINKS, type FeedSource } from './detect.js';
import { isJsonFeed, parseJsonFeed } from './json-feed.js';
import { filterPosts } from './match-posts.js';
import { parseRss } from './rss.js';
import type { Feed, PostQuery } from './types.js';
import { isWordpress, parseWordpress, WORDPRESS_PAGE_MAX, wordpressCategoryUrl, wordpressPostsUrl } from './wordpress.js';
import { decodeXml, parseXml } from './xml.js';

/** JSONP wrapper as Blogger sends it: `// API callback\nname({...});`. */
const JSONP_WRAPPER = /^\s*(?:\/\/[^\n]*\n\s*)?[\w.$]+\(([\s\S]*)\)\s*;?\s*$/;

/**
 * Any feed document (bytes or text) normalised: Blogger JSON (also as JSONP), WordPress REST, JSON Feed, RSS,
 * RDF, Atom. Throws a `parse` NetError when the content is none of these.
 */
export function parseFeed(input: string | ArrayBuffer | Uint8Array, url?: string): Feed {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeXml(input);
  const first = /\S/.exec(text)?.[0];
  const json = first === '{' || first === '[';
  const wrapped = !json && first !== '<' ? JSONP_WRAPPER.exec(text) : null;
  if (json || wrapped) {
    let data: unknown;
    try {
      const unwrapped = wrapped ? wrapped[1] : text;
      data = JSON.parse(unwrapped);
    } catch {
      throw new NetError('parse', 'the reply is not valid JSON');
    }
    if (isJsonFeed(data)) return parseJsonFeed(data, url);
    if (isWordpress(data)) return parseWordpress(data, url);
    if (isBloggerJson(data)) return parseBloggerJson(data, url);
    throw new NetError('parse', 'the reply is not a feed');
  }
  const doc = parseXml(text);
  return doc.documentElement.localName === 'feed' ? parseAtom(doc, url) : parseRss(doc, url);
}

/** The feed address an HTML page announces with `<link rel="alternate">`, if any. */
function announcedFeed(html: string, base: string): string | undefined {
  const doc = inertDocument(html);
  const href = doc
    .querySelector(FEED_LINKS)
    ?.getAttribute('href');
  // A server's reply is untrusted: only an http(s) feed address is followed.
  return safeUrl(href, { base });
}

async function fetchBytes(url: string, timeout: number, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetchWithTimeout(url, { timeout, signal });
  try {
    return await response.arrayBuffer();
  } catch {
    throw new NetError('network', 'the reply was cut off');
  }
}

/** One page of posts from a WordPress site's REST API (a label is a category slug, resolved first). */
export async function fetchWordpress(source: FeedSource, query: PostQuery, timeout: number, signal: AbortSignal): Promise<Feed> {
  let category: number | undefined;
  if (query.label) {
    const found = await fetchJson<{ id?: number }[]>(wordpressCategoryUrl(source.url, query.label), { timeout, signal });
    category = Array.isArray(found) ? found.find((c) => typeof c?.id === 'number')?.id : undefined;
    if (category === undefined) return { type: 'wordpress', title: '', posts: [] };
  }
  const url = wordpressPostsUrl(source.url, query, category);
  const response = await fetchWithTimeout(url, { timeout, signal, headers: { Accept: 'application/json' } });
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    throw new NetError('parse', 'the reply is not JSON');
  }
  if (!isWordpress(data)) throw new NetError('parse', 'the reply is not a WordPress posts list');
  const total = Number(response.headers.get('X-WP-Total'));
  const feed = parseWordpress(data, url, Number.isFinite(total) && total > 0 ? total : undefined);
  // WordPress pages by page size; cut to the requested start.
  const perPage = Math.min(Math.max(query.max ?? 25, 1), WORDPRESS_PAGE_MAX);
  const skip = ((query.start ?? 1) - 1) % perPage;
  if (skip) feed.posts = feed.posts.slice(skip);
  return feed;
}

/** One page of posts from an RSS, Atom or JSON Feed address, or the feed an HTML page there announces. */
export async function fetchOtherFeed(source: FeedSource, query: PostQuery, timeout: number, signal: AbortSignal): Promise<Feed> {
  let url = source.url;
  let bytes = await fetchBytes(url, timeout, signal);
  let feed: Feed;
  try {
    feed = parseFeed(bytes, url);
  } catch (error) {
    const text = new TextDecoder().decode(bytes.slice(0, 200_000));
    const announced = /<html|<!doctype html/i.test(text.slice(0, 2000)) ? announcedFeed(text, url) : undefined;
    if (!announced || announced === url) throw error;
    url = announced;
    bytes = await fetchBytes(url, timeout, signal);
    feed = parseFeed(bytes, url);
  }
  const start = Math.max((query.start ?? 1) - 1, 0);
  const filtered = filterPosts(feed.posts, query);
  return { ...feed, total: filtered.length, posts: filtered.slice(start, start + Math.min(Math.max(query.max ?? 25, 1), 150)) };
}
