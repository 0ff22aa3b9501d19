/**
 * Searching a blog's posts for <blog-search>: the platform searches where it can (Blogger `q=`, WordPress
 * `search=`); RSS, Atom and JSON Feed are loaded once (cached) and filtered here, case- and accent-insensitively.
 */
import { NetError } from '../net/request.js';
import { containsAll, foldText, queryTerms } from '../search/match.js';
import { resolveSource, type FeedTypeOption } from './detect.js';
import { loadFeed, searchPageUrl as platformSearchPage } from './load.js';
import type { Post } from './types.js';

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

/** `promise`, or an `aborted` NetError as soon as `signal` aborts (the work behind the promise goes on). */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new NetError('aborted', 'aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Posts whose title, labels or summary contain every word of the query; those matching in the title first. */
export function rankMatches(posts: Post[], query: string): Post[] {
  const terms = queryTerms(query);
  const inTitle: Post[] = [];
  const elsewhere: Post[] = [];
  for (const post of posts) {
    const text = folded(post);
    if (containsAll(terms, text.title)) inTitle.push(post);
    else if (containsAll(terms, text.all)) elsewhere.push(post);
  }
  return [...inTitle, ...elsewhere];
}

/** Folded search text of each post, computed once per loaded post (a feed is searched again at every keystroke). */
const foldedPosts = new WeakMap<Post, { title: string; all: string }>();
function folded(post: Post): { title: string; all: string } {
  let text = foldedPosts.get(post);
  if (!text) {
    const title = foldText(post.title);
    text = { title, all: `${title}\n${foldText(post.labels.join(' '))}\n${foldText(post.summary)}` };
    foldedPosts.set(post, text);
  }
  return text;
}

export interface SearchPageOptions {
  src?: string;
  feedType?: FeedTypeOption;
  /** The owner's search page; wins over the platform's. */
  action?: string;
  /** Its query parameter (default `q`). */
  param?: string;
}

/** The full results page for a query: the owner's `action`, else the platform's, else undefined. */
export function searchPageUrl(options: SearchPageOptions, query: string): string | undefined {
  if (options.action) {
    try {
      const url = new URL(options.action, location.href);
      url.searchParams.set(options.param || 'q', query);
      return url.href;
    } catch {
      return undefined;
    }
  }
  return platformSearchPage(resolveSource(options.src, options.feedType), query);
}
