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
import { DOCUMENT_BYTES_MAX, type EntryWant } from './limits.js';
import {
  isWordpress,
  parseWordpress,
  WORDPRESS_PAGE_MAX,
  wordpressCategoryUrl,
  wordpressPostsUrl,
} from './wordpress.js';
import { decodeXml, firstEntries, parseXml } from './xml.js';
import { entriesNeeded } from './normalise.js';

/**
 * The JSON inside a JSONP reply as Blogger sends it, `// API callback\nname({...});`, or undefined. Read with
 * string searches (one pass), not a pattern that could backtrack over megabytes.
 */
function unwrapJsonp(text: string): string | undefined {
  let at = /\S/.exec(text)?.index ?? text.length;
  if (text.startsWith('//', at)) {
    const line = text.indexOf('\n', at);
    if (line < 0) return undefined;
    at = /\S/.exec(text.slice(line + 1, line + 200))?.index ?? 200;
    at += line + 1;
  }
  const open = text.indexOf('(', at);
  if (open <= at || !/^[\w.$]+$/.test(text.slice(at, open))) return undefined;
  const close = text.lastIndexOf(')');
  if (close < open || !/^\s*;?\s*$/.test(text.slice(close + 1, close + 200)) || close + 200 < text.length)
    return undefined;
  return text.slice(open + 1, close);
}

/**
 * Any feed document (bytes or text) normalised: Blogger JSON (also as JSONP), WordPress REST, JSON Feed, RSS,
 * RDF, Atom. Throws a `parse` NetError when the content is none of these. `want` says how many posts (and which)
 * the caller needs: no more entries than that are read (see limits.ts).
 */
export function parseFeed(input: string | ArrayBuffer | Uint8Array, url?: string, want?: EntryWant): Feed {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeXml(input);
  const first = /\S/.exec(text)?.[0];
  const json = first === '{' || first === '[';
  const wrapped = !json && first !== '<' ? unwrapJsonp(text) : undefined;
  if (json || wrapped !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(wrapped ?? text);
    } catch {
      throw new NetError('parse', 'the reply is not valid JSON');
    }
    if (isJsonFeed(data)) return parseJsonFeed(data, url, want);
    if (isWordpress(data)) return parseWordpress(data, url, undefined, want);
    if (isBloggerJson(data)) return parseBloggerJson(data, url, want);
    throw new NetError('parse', 'the reply is not a feed');
  }
  const doc = parseXml(firstEntries(text, entriesNeeded(want)));
  return doc.documentElement.localName === 'feed' ? parseAtom(doc, url, want) : parseRss(doc, url, want);
}

/** The feed address an HTML page announces with `<link rel="alternate">`, if any. */
function announcedFeed(html: string, base: string): string | undefined {
  const doc = inertDocument(html);
  const href = doc.querySelector(FEED_LINKS)?.getAttribute('href');
  // A server's reply is untrusted: only an http(s) feed address is followed.
  return safeUrl(href, { base });
}

/** A feed document's bytes, at most DOCUMENT_BYTES_MAX (the rest is not downloaded; see limits.ts). */
async function fetchBytes(url: string, timeout: number, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetchWithTimeout(url, { timeout, signal });
  try {
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(await response.arrayBuffer()).subarray(0, DOCUMENT_BYTES_MAX);
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size < DOCUMENT_BYTES_MAX) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
    if (size >= DOCUMENT_BYTES_MAX) void reader.cancel().catch(() => undefined);
    const bytes = new Uint8Array(Math.min(size, DOCUMENT_BYTES_MAX));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk.subarray(0, bytes.length - at), at);
      at += chunk.length;
      if (at >= bytes.length) break;
    }
    return bytes;
  } catch {
    throw new NetError('network', 'the reply was cut off');
  }
}

/** One page of posts from a WordPress site's REST API (a label is a category slug, resolved first). */
export async function fetchWordpress(
  source: FeedSource,
  query: PostQuery,
  timeout: number,
  signal: AbortSignal,
): Promise<Feed> {
  let category: number | undefined;
  if (query.label) {
    const found = await fetchJson<{ id?: number }[]>(wordpressCategoryUrl(source.url, query.label), {
      timeout,
      signal,
    });
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
export async function fetchOtherFeed(
  source: FeedSource,
  query: PostQuery,
  timeout: number,
  signal: AbortSignal,
): Promise<Feed> {
  let url = source.url;
  let bytes = await fetchBytes(url, timeout, signal);
  const start = Math.max((query.start ?? 1) - 1, 0);
  const max = Math.min(Math.max(query.max ?? 25, 1), 150);
  // Only as many entries as the page of posts needs: all of them (up to ENTRIES_MAX) to rank a search, else the
  // first start + max (with the label, when there is one).
  const label = query.label?.toLocaleLowerCase();
  const want: EntryWant = query.q
    ? {}
    : { count: start + max, ...(label ? { keep: (p) => p.labels.some((l) => l.toLocaleLowerCase() === label) } : {}) };
  let feed: Feed;
  try {
    feed = parseFeed(bytes, url, want);
  } catch (error) {
    const text = new TextDecoder().decode(bytes.slice(0, 200_000));
    const announced = /<html|<!doctype html/i.test(text.slice(0, 2000)) ? announcedFeed(text, url) : undefined;
    if (!announced || announced === url) throw error;
    url = announced;
    bytes = await fetchBytes(url, timeout, signal);
    feed = parseFeed(bytes, url, want);
  }
  const filtered = filterPosts(feed.posts, query);
  return { ...feed, ...(query.q ? { total: filtered.length } : {}), posts: filtered.slice(start, start + max) };
}
