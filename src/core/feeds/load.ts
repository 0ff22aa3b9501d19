/**
 * Loading posts: the request each platform needs, the format recognised from the content, client-side filtering
 * where the platform cannot filter, and the cache (memory + storage, in-flight sharing, stale-while-revalidate).
 */
import { cachedLoad, peek } from '../net/cache.js';
import { jsonp } from '../net/jsonp.js';
import { DEFAULT_TIMEOUT, fetchJson, fetchWithTimeout, NetError } from '../net/request.js';
import { parseAtom } from './atom.js';
import { bloggerFeedUrl, bloggerSearchUrl, isBloggerJson, parseBloggerJson } from './blogger.js';
import { FEED_LINKS, type FeedSource } from './detect.js';
import { isJsonFeed, parseJsonFeed } from './json-feed.js';
import { parseRss } from './rss.js';
import type { Feed, FeedType, Post, PostQuery } from './types.js';
import { isWordpress, parseWordpress, wordpressCategoryUrl, wordpressPostsUrl, wordpressSearchUrl } from './wordpress.js';
import { decodeXml, parseXml } from './xml.js';
import { inertDocument } from '../safe.js';
import { rankMatches } from './match-posts.js';

export interface LoadOptions {
  /** Milliseconds before the request is abandoned (default 8 s). */
  timeout?: number;
  /** Aborts this caller's wait (the shared request stops when every caller aborted). */
  signal?: AbortSignal;
  /** How long a loaded feed counts as fresh, in ms (default 10 minutes; 0 disables caching). */
  ttl?: number;
}

export const DEFAULT_TTL = 10 * 60_000;

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
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Posts with the label, and matching every word of `q` (title first, then summary or labels; see search.ts). */
export function filterPosts(posts: Post[], query: PostQuery = {}): Post[] {
  let out = posts;
  if (query.label) {
    const label = query.label.toLocaleLowerCase();
    out = out.filter((p) => p.labels.some((l) => l.toLocaleLowerCase() === label));
  }
  return query.q ? rankMatches(out, query.q) : out;
}

async function fetchBytes(url: string, options: LoadOptions, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetchWithTimeout(url, { timeout: options.timeout ?? DEFAULT_TIMEOUT, signal });
  try {
    return await response.arrayBuffer();
  } catch {
    throw new NetError('network', 'the reply was cut off');
  }
}

/** Loads one page of posts from the network, without the cache. */
export async function fetchFeed(source: FeedSource, query: PostQuery = {}, options: LoadOptions = {}, signal = options.signal ?? new AbortController().signal): Promise<Feed> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (source.type === 'blogger') {
    const url = bloggerFeedUrl(source.url, query, source.jsonp);
    const data = source.jsonp ? await jsonp(url, { timeout, signal }) : await fetchJson(url, { timeout, signal });
    if (!isBloggerJson(data)) throw new NetError('parse', 'the reply is not a Blogger feed');
    return parseBloggerJson(data, url);
  }
  if (source.type === 'wordpress') {
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
    const perPage = Math.min(Math.max(query.max ?? 25, 1), 100);
    const skip = ((query.start ?? 1) - 1) % perPage;
    if (skip) feed.posts = feed.posts.slice(skip);
    return feed;
  }
  // RSS, Atom, JSON Feed or an HTML page that announces one.
  let url = source.url;
  let bytes = await fetchBytes(url, options, signal);
  let feed: Feed;
  try {
    feed = parseFeed(bytes, url);
  } catch (error) {
    const text = new TextDecoder().decode(bytes.slice(0, 200_000));
    const announced = /<html|<!doctype html/i.test(text.slice(0, 2000)) ? announcedFeed(text, url) : undefined;
    if (!announced || announced === url) throw error;
    url = announced;
    bytes = await fetchBytes(url, options, signal);
    feed = parseFeed(bytes, url);
  }
  const start = Math.max((query.start ?? 1) - 1, 0);
  const filtered = filterPosts(feed.posts, query);
  return { ...feed, total: filtered.length, posts: filtered.slice(start, start + Math.min(Math.max(query.max ?? 25, 1), 150)) };
}

/** The cache key of a query on a source. */
export function feedKey(source: FeedSource, query: PostQuery = {}): string {
  const q = [query.q ?? '', query.label ?? '', query.max ?? 25, query.start ?? 1, query.orderby ?? ''].join('|');
  return `feed:${source.type}:${source.url}:${q}`;
}

function revive(raw: unknown): Feed {
  const feed = raw as Feed;
  if (!feed || !Array.isArray(feed.posts)) throw new Error('not a feed');
  for (const p of feed.posts) {
    p.published = p.published ? new Date(p.published) : undefined;
    p.updated = p.updated ? new Date(p.updated) : undefined;
  }
  return feed;
}

/** What the cache holds for this query: the feed and whether it is still fresh (undefined when nothing). */
export function cachedFeed(source: FeedSource, query: PostQuery = {}, ttl = DEFAULT_TTL): { feed: Feed; fresh: boolean } | undefined {
  const hit = peek<Feed>(feedKey(source, query), ttl, { decode: revive });
  return hit && { feed: hit.value, fresh: hit.fresh };
}

/**
 * Posts of a source for a query. A fresh cached feed answers at once; otherwise one shared request (however
 * many widgets ask) loads it, and the result is cached in memory and storage for `ttl`.
 * Pass `revalidate: true` to skip a fresh cache entry.
 */
export async function loadFeed(source: FeedSource, query: PostQuery = {}, options: LoadOptions & { revalidate?: boolean } = {}): Promise<Feed> {
  return cachedLoad(feedKey(source, query), options.ttl ?? DEFAULT_TTL, (signal) => fetchFeed(source, query, options, signal), {
    signal: options.signal,
    revalidate: options.revalidate,
    decode: revive,
  });
}

/** The platform's own search page for `q` (Blogger `/search?q=`, WordPress `/?s=`); undefined for plain feeds. */
export function searchPageUrl(source: FeedSource, q: string): string | undefined {
  if (source.type === 'blogger') return bloggerSearchUrl(source.url, q);
  if (source.type === 'wordpress') return wordpressSearchUrl(source.url, q);
  return undefined;
}

export type { FeedType };
