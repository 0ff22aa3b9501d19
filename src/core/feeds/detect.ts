/**
 * Where posts come from: a blog's or a feed's address (default: the current site), and its platform.
 *
 * - Blogger: a blogspot host, a `/feeds/` path, or `<meta name="generator" content="Blogger">` on the page (for
 *   the current site or an address on it).
 * - WordPress: a `/wp-json/` path, or the WordPress generator meta on the page.
 * - Otherwise the address is fetched and its content recognised (JSON Feed, RSS, Atom, or an HTML page whose
 *   `<link rel="alternate">` names a feed). Without `src`, the page's own feed link is used when it has one.
 */
import { isBloggerHost } from '../net/hosts.js';
import { safeUrl } from '../safe.js';
import { bloggerRoot } from './blogger.js';
import { wordpressRoot } from './wordpress-site.js';

/** Values of the `feed-type` attribute. */
export const FEED_TYPES = ['auto', 'blogger', 'wordpress', 'rss', 'atom', 'json-feed'] as const;
export type FeedTypeOption = (typeof FEED_TYPES)[number];

export interface FeedSource {
  /** The platform, or `auto` to recognise the format from the content. */
  type: FeedTypeOption;
  /** Blogger and WordPress: the site's root; others: the feed's address. */
  url: string;
  /**
   * Blogger on another origin: JSONP (Blogger's JSON has no CORS headers). Only for Blogger's own hosts
   * (blogspot, blogger.com) or when the owner said `feed-type="blogger"` (a custom domain): a JSONP reply runs as
   * a script in the page.
   */
  jsonp: boolean;
}

/** `<link rel="alternate">` elements that name a feed. */
export const FEED_LINKS =
  'link[rel~="alternate"][type="application/rss+xml"], link[rel~="alternate"][type="application/atom+xml"], link[rel~="alternate"][type="application/feed+json"]';

function generator(doc: Document): string {
  return doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
}

function sameOrigin(url: URL): boolean {
  return url.origin === globalThis.location?.origin;
}

/** Works out the source from the `src` and `feed-type` attributes (no network). */
export function resolveSource(src = '', feedType: FeedTypeOption = 'auto', doc: Document = document): FeedSource {
  const pageGenerator = generator(doc);
  // Only http(s): a javascript:, data: or vbscript: address reads as "no address" (this site).
  let address = safeUrl(src) ?? '';
  if (!address) {
    if (feedType === 'auto' && !/blogger|wordpress/i.test(pageGenerator)) {
      const own = safeUrl(doc.querySelector<HTMLLinkElement>(FEED_LINKS)?.getAttribute('href'), { base: doc.baseURI });
      if (own) address = own;
    }
    address ||= `${location.origin}/`;
  }
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    url = new URL(`${location.origin}/`);
  }
  let type = feedType;
  if (type === 'auto') {
    if (/(^|\.)blogspot\.[a-z.]+$/i.test(url.hostname) || /\/feeds\/(posts|[^/]+\/posts)\//.test(url.pathname))
      type = 'blogger';
    else if (url.pathname.includes('/wp-json/')) type = 'wordpress';
    else if (sameOrigin(url) && /blogger/i.test(pageGenerator) && !/\.(xml|rss|atom|json)$/i.test(url.pathname))
      type = 'blogger';
    else if (
      sameOrigin(url) &&
      /wordpress/i.test(pageGenerator) &&
      !/\.(xml|rss|atom|json)$|\/feed\/?$/i.test(url.pathname)
    )
      type = 'wordpress';
  }
  if (type === 'blogger')
    return {
      type,
      url: bloggerRoot(url.href),
      jsonp: !sameOrigin(url) && (feedType === 'blogger' || isBloggerHost(url.hostname)),
    };
  if (type === 'wordpress') return { type, url: wordpressRoot(url.href), jsonp: false };
  return { type, url: url.href, jsonp: false };
}
