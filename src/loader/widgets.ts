/**
 * The widgets the loader knows: tag name -> its module from source. In the built loader (dist/blog-widgets.js)
 * these imports are never used: it imports the built per-widget modules next to itself (`./<tag>.js`) instead, and
 * the build marks these paths external (vite.config.ts), so none of this code is bundled into the loader.
 */
export const SOURCES: Record<string, () => Promise<unknown>> = {
  'author-card': () => import('../widgets/author-card/define.js'),
  'blog-search': () => import('../widgets/blog-search/define.js'),
  'book-appointment': () => import('../widgets/book-appointment/define.js'),
  'featured-post': () => import('../widgets/featured-post/define.js'),
  'popular-posts': () => import('../widgets/popular-posts/define.js'),
  'share-buttons': () => import('../widgets/share-buttons/define.js'),
  'subscribe-form': () => import('../widgets/subscribe-form/define.js'),
  'translate-toggle': () => import('../widgets/translate-toggle/define.js'),
};

/** Every tag the loader handles: the keys above, written out so that the build can drop the table itself. */
export const TAGS = [
  'author-card',
  'blog-search',
  'book-appointment',
  'featured-post',
  'popular-posts',
  'share-buttons',
  'subscribe-form',
  'translate-toggle',
];
