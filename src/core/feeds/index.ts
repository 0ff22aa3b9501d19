/**
 * The feed layer: a blog's posts from Blogger, WordPress, RSS/Atom or JSON Feed as one normalised `Post` shape.
 *
 * ```ts
 * const source = resolveSource(src, feedType);          // no network: platform and address
 * const feed = await loadFeed(source, { q, label, max, start }, { timeout, signal, ttl });
 * feed.posts;                                           // Post[]
 * searchPageUrl(source, q);                             // the blog's own search page
 * ```
 */
export type { Feed, FeedType, Post, PostAuthor, PostImage, PostQuery } from './types.js';
export { FEED_TYPES, resolveSource, type FeedSource, type FeedTypeOption } from './detect.js';
export { cachedFeed, DEFAULT_TTL, feedKey, fetchFeed, loadFeed, searchPageUrl, type LoadOptions } from './load.js';
export { parseFeed } from './formats.js';
export { filterPosts } from './match-posts.js';
export { errorKey, FeedController, type FeedCallbacks, type FeedRequest, type FeedState } from './controller.js';
export { imageFor, resizeBloggerImage } from './images.js';
export { bloggerFeedUrl, bloggerRoot, bloggerSearchUrl, parseBloggerJson, BLOGGER_PAGE_MAX } from './blogger.js';
export { parseWordpress, wordpressPostsUrl } from './wordpress.js';
export { wordpressRoot, wordpressSearchUrl } from './wordpress-site.js';
export { parseRss } from './rss.js';
export { parseAtom } from './atom.js';
export { parseJsonFeed } from './json-feed.js';
export { decodeXml, parseXml } from './xml.js';
export { summariesFromHtml, firstImage, link } from './normalise.js';
