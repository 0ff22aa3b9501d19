/**
 * WordPress REST API: `<site>/wp-json/wp/v2/posts?_embed=author,wp:featuredmedia&per_page=N&page=P&search=…`.
 * Labels are category slugs, resolved with `/wp-json/wp/v2/categories?slug=…`. The site's root and search page are in
 * wordpress-site.ts, which loads up front; this file loads on demand (see formats.ts).
 */
import {
  firstImage,
  fromHtml,
  link,
  num,
  plain,
  post,
  summaryFromHtml,
  toDate,
  startFeed,
  obj,
  arr,
  readEntries,
  text,
  type Json,
} from './normalise.js';
import { AUTHOR_MAX, ID_MAX, IMAGE_SOURCE_MAX, LABEL_MAX, LABELS_MAX, SHORT_MAX, type EntryWant } from './limits.js';
import type { Feed, Post, PostImage, PostQuery } from './types.js';

/** WordPress's `{ rendered: html }` (or a bare string), cut to IMAGE_SOURCE_MAX; '' when it is not text. */
const rendered = (value: unknown): string =>
  text(typeof value === 'string' ? value : obj(value).rendered, IMAGE_SOURCE_MAX);

/** WordPress's largest page. */
export const WORDPRESS_PAGE_MAX = 100;

/**
 * The posts address for a query. WordPress pages by `page`×`per_page`, so `start` is rounded down to the page
 * that contains it. `categoryId` comes from `wordpressCategoryUrl`.
 */
export function wordpressPostsUrl(root: string, query: PostQuery = {}, categoryId?: number): string {
  const url = new URL(`${root}/wp-json/wp/v2/posts`);
  const perPage = Math.min(Math.max(query.max ?? 25, 1), WORDPRESS_PAGE_MAX);
  const p = url.searchParams;
  p.set('_embed', 'author,wp:featuredmedia');
  p.set('per_page', String(perPage));
  const page = Math.floor(((query.start ?? 1) - 1) / perPage) + 1;
  if (page > 1) p.set('page', String(page));
  if (query.q) p.set('search', query.q);
  if (categoryId !== undefined) p.set('categories', String(categoryId));
  if (query.orderby === 'updated') p.set('orderby', 'modified');
  return url.href;
}

/** The address that resolves a category slug to its id. */
export function wordpressCategoryUrl(root: string, slug: string): string {
  const url = new URL(`${root}/wp-json/wp/v2/categories`);
  url.searchParams.set('slug', slug);
  return url.href;
}

function featured(item: Json, base?: string): PostImage | undefined {
  const media = arr(obj(item._embedded)['wp:featuredmedia'])[0];
  if (media && typeof media.source_url === 'string') {
    const details = obj(media.media_details);
    const sizes = Object.values(obj(details.sizes))
      .map(obj)
      .map((s) => ({ url: link(s.source_url, base), width: num(s.width), height: num(s.height) }))
      .filter((s) => s.url && s.width && s.height);
    const url = link(media.source_url, base);
    if (url) {
      return {
        url,
        ...(num(details.width) ? { width: num(details.width) } : {}),
        ...(num(details.height) ? { height: num(details.height) } : {}),
        ...(sizes.length ? { sizes } : {}),
      };
    }
  }
  const jetpack = link(item.jetpack_featured_media_url, base);
  if (jetpack) return { url: jetpack };
  const src = firstImage(rendered(item.content), base);
  return src ? { url: src } : undefined;
}

/** WordPress gives dates without a zone; `*_gmt` are UTC. */
function gmt(value: unknown, local: unknown): Date | undefined {
  const utc = text(value, SHORT_MAX);
  if (utc) return toDate(/[zZ]|[+-]\d\d:?\d\d$/.test(utc) ? utc : `${utc}Z`);
  return toDate(local);
}

function itemPost(item: Json, base?: string): Post {
  const url = link(item.link, base);
  const author = arr(obj(item._embedded).author)[0];
  const name = plain(author?.name, AUTHOR_MAX);
  const avatars = obj(author?.avatar_urls);
  const avatar = link(avatars['96'] ?? avatars['48'] ?? Object.values(avatars)[0], base);
  const terms = arr(obj(item._embedded)['wp:term']).length
    ? (obj(item._embedded)['wp:term'] as unknown[]).flatMap(arr)
    : [];
  return post({
    id: text(item.id, ID_MAX) || url,
    url,
    title: fromHtml(rendered(item.title)),
    summary: summaryFromHtml(rendered(item.excerpt) || rendered(item.content)),
    published: gmt(item.date_gmt, item.date),
    updated: gmt(item.modified_gmt, item.modified),
    author: name
      ? {
          name,
          ...(link(author?.link, base) ? { url: link(author?.link, base) } : {}),
          ...(avatar ? { image: avatar } : {}),
        }
      : undefined,
    image: featured(item, base),
    labels: terms
      .filter((term) => term.taxonomy === 'category' || term.taxonomy === 'post_tag')
      .slice(0, LABELS_MAX)
      .map((term) => fromHtml(term.name, LABEL_MAX))
      .filter(Boolean),
  });
}

/** A `/wp/v2/posts` reply (an array) normalised. */
export function parseWordpress(data: unknown, feedUrl?: string, total?: number, want?: EntryWant): Feed {
  startFeed();
  return {
    type: 'wordpress',
    title: '',
    ...(total !== undefined ? { total } : {}),
    posts: readEntries(Array.isArray(data) ? data : [], (item) => itemPost(obj(item), feedUrl), want),
  };
}

/** True when `data` looks like a WordPress REST posts reply. */
export function isWordpress(data: unknown): boolean {
  if (!Array.isArray(data)) return false;
  // The first entry that is an object decides (an odd first entry does not turn the reply away).
  const first: unknown = data.find((item) => item && typeof item === 'object' && !Array.isArray(item));
  return (
    data.length === 0 ||
    (first !== undefined && obj(first).title !== undefined && obj(obj(first).title).rendered !== undefined)
  );
}
