/**
 * Searching a blog's posts for <blog-search>: the platform searches where it can (Blogger `q=`, WordPress
 * `search=`); RSS, Atom and JSON Feed are loaded once (cached) and filtered here, case- and accent-insensitively.
 */
import { untilAborted } from '../net/request.js';
import { safeUrl } from '../safe.js';
import { resolveSource, type FeedTypeOption } from './detect.js';
import { loadFeed, searchPageUrl as platformSearchPage } from './load.js';
import { rankMatches } from './match-posts.js';
import type { Post } from './types.js';

export { rankMatches };

export interface SearchOptions {
  src?: string;
  feedType?: FeedTypeOption;
  query: string;
  max: number;
  signal?: AbortSignal;
  timeout?: number;
}

/** The largest feed read for client-side filtering. */
const SCAN = 150;

/** Posts matching every word of the query, best first (title matches before others). */
export async function searchPosts(options: SearchOptions): Promise<Post[]> {
  const source = resolveSource(options.src, options.feedType);
  const { signal, timeout } = options;
  if (source.type === 'blogger' || source.type === 'wordpress') {
    const feed = await loadFeed(source, { q: options.query, max: options.max }, { signal, timeout });
    return feed.posts.slice(0, options.max);
  }
  // The same download serves every query, so a newer query does not cancel it: only this caller stops waiting.
  const feed = await untilAborted(loadFeed(source, { max: SCAN }, { timeout }), signal);
  return rankMatches(feed.posts, options.query).slice(0, options.max);
}

export interface SearchPageOptions {
  src?: string;
  feedType?: FeedTypeOption;
  /** The owner's search page; wins over the platform's. */
  action?: string;
  /** Its query parameter (default `q`). */
  param?: string;
}

/** The full results page for a query: the owner's `action` (http(s) only), else the platform's, else undefined. */
export function searchPageUrl(options: SearchPageOptions, query: string): string | undefined {
  const action = safeUrl(options.action);
  if (action) {
    const url = new URL(action);
    url.searchParams.set(options.param || 'q', query);
    return url.href;
  }
  return platformSearchPage(resolveSource(options.src, options.feedType), query);
}
