/**
 * Loading posts: the request each platform needs and the cache (memory + storage, in-flight sharing,
 * stale-while-revalidate). Blogger is read here; WordPress, RSS, Atom and JSON Feed are read by formats.ts, which
 * loads on demand.
 */
import { cachedLoad, peek } from '../net/cache.js';
import { jsonp } from '../net/jsonp.js';
import { DEFAULT_TIMEOUT, fetchJson, NetError } from '../net/request.js';
import { bloggerFeedUrl, bloggerSearchUrl, isBloggerJson, parseBloggerJson } from './blogger.js';
import type { FeedSource } from './detect.js';
import type { Feed, FeedType, PostQuery } from './types.js';
import { wordpressSearchUrl } from './wordpress-site.js';

export interface LoadOptions {
  /** Milliseconds before the request is abandoned (default 8 s). */
  timeout?: number;
  /** Aborts this caller's wait (the shared request stops when every caller aborted). */
  signal?: AbortSignal;
  /** How long a loaded feed counts as fresh, in ms (default 10 minutes; 0 disables caching). */
  ttl?: number;
}

export const DEFAULT_TTL = 10 * 60_000;

/** Loads one page of posts from the network, without the cache. */
export async function fetchFeed(
  source: FeedSource,
  query: PostQuery = {},
  options: LoadOptions = {},
  signal = options.signal ?? new AbortController().signal,
): Promise<Feed> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (source.type === 'blogger') {
    const url = bloggerFeedUrl(source.url, query, source.jsonp);
    const data = source.jsonp ? await jsonp(url, { timeout, signal }) : await fetchJson(url, { timeout, signal });
    if (!isBloggerJson(data)) throw new NetError('parse', 'the reply is not a Blogger feed');
    return parseBloggerJson(data, url);
  }
  // Every other platform and format is read by code loaded on demand: a Blogger blog never downloads it.
  const formats = await import('./formats.js').catch(() => {
    throw new NetError('network', 'the feed reader could not be loaded');
  });
  return source.type === 'wordpress'
    ? formats.fetchWordpress(source, query, timeout, signal)
    : formats.fetchOtherFeed(source, query, timeout, signal);
}

/**
 * The cache key of a query on a source: the platform and the feed's full address (so blogs on subpaths of one
 * origin, `/blog-a/` and `/blog-b/`, never share an entry), then the query, unambiguously (JSON).
 */
export function feedKey(source: FeedSource, query: PostQuery = {}): string {
  const q = [query.label ?? '', query.max ?? 25, query.start ?? 1, query.orderby ?? '', query.q ?? ''];
  return `feed:${source.type}:${source.url}:${JSON.stringify(q)}`;
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

/**
 * One request per feed per page: widgets that read the same feed (same source, search, label, paging, order) at
 * different sizes share one request for the largest size any of them asked for, and each gets its own first posts.
 * `wants` holds that largest size per feed; a request waits one task before it goes, so that every widget created
 * in the same task (all the instances a widget module upgrades at once) has said what it needs.
 */
const wants = new Map<string, number>();
const DEFAULT_MAX = 25;

/** The query asking for the largest size wanted of its feed on this page (and this query's size noted). */
function widest(source: FeedSource, query: PostQuery): PostQuery {
  const feed = feedKey(source, { ...query, max: 0 });
  const max = Math.max(query.max ?? DEFAULT_MAX, wants.get(feed) ?? 0);
  wants.set(feed, max);
  return { ...query, max };
}

/** The first `query.max` posts of a feed loaded for a larger size. */
function firstPosts(feed: Feed, query: PostQuery): Feed {
  const max = query.max ?? DEFAULT_MAX;
  return feed.posts.length > max ? { ...feed, posts: feed.posts.slice(0, max) } : feed;
}

/** What the cache holds for this query: the feed and whether it is still fresh (undefined when nothing). */
export function cachedFeed(
  source: FeedSource,
  query: PostQuery = {},
  ttl = DEFAULT_TTL,
): { feed: Feed; fresh: boolean } | undefined {
  const wide = widest(source, query);
  const hit =
    peek<Feed>(feedKey(source, wide), ttl, { decode: revive }) ??
    peek<Feed>(feedKey(source, query), ttl, { decode: revive });
  return hit && { feed: firstPosts(hit.value, query), fresh: hit.fresh };
}

/**
 * Posts of a source for a query. A fresh cached feed answers at once; otherwise one shared request (however
 * many widgets ask) loads it, and the result is cached for `ttl`: the blog's public feed in memory and storage,
 * a search (`q`, what a visitor typed) in this page's memory only.
 * Pass `revalidate: true` to skip a fresh cache entry.
 */
export async function loadFeed(
  source: FeedSource,
  query: PostQuery = {},
  options: LoadOptions & { revalidate?: boolean } = {},
): Promise<Feed> {
  widest(source, query);
  await new Promise((resolve) => setTimeout(resolve));
  options.signal?.throwIfAborted();
  const wide = widest(source, query);
  const feed = await cachedLoad(
    feedKey(source, wide),
    options.ttl ?? DEFAULT_TTL,
    (signal) => fetchFeed(source, wide, options, signal),
    {
      signal: options.signal,
      revalidate: options.revalidate,
      persist: !query.q,
      decode: revive,
    },
  );
  return firstPosts(feed, query);
}

/** The platform's own search page for `q` (Blogger `/search?q=`, WordPress `/?s=`); undefined for plain feeds. */
export function searchPageUrl(source: FeedSource, q: string): string | undefined {
  if (source.type === 'blogger') return bloggerSearchUrl(source.url, q);
  if (source.type === 'wordpress') return wordpressSearchUrl(source.url, q);
  return undefined;
}

export type { FeedType };
