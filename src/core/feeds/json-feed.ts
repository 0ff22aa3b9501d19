/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
import {
  fromHtml,
  link,
  plain,
  post,
  summaryFromHtml,
  toDate,
  firstImage,
  startFeed,
  obj,
  str,
  readEntries,
  languageTag,
  withLanguage,
} from './normalise.js';
import { AUTHOR_MAX, ID_MAX, LABEL_MAX, LABELS_MAX, SUMMARY_SOURCE_MAX, type EntryWant } from './limits.js';
import type { Feed, Post } from './types.js';

/** True when `data` looks like a JSON Feed. */
export function isJsonFeed(data: unknown): boolean {
  return /jsonfeed\.org\/version\//.test(str(obj(data).version));
}

function item(raw: unknown, base?: string): Post {
  const it = obj(raw);
  const url = link(str(it.url), base) || link(str(it.external_url), base);
  const authors = Array.isArray(it.authors) ? it.authors : it.author ? [it.author] : [];
  const author = obj(authors[0]);
  const name = plain(author.name, AUTHOR_MAX);
  const image = link(str(it.image), base) || link(str(it.banner_image), base) || firstImage(str(it.content_html), base);
  return post({
    id: plain(it.id, ID_MAX) || url,
    url,
    title: fromHtml(it.title),
    summary:
      plain(it.summary, SUMMARY_SOURCE_MAX) ||
      plain(it.content_text, SUMMARY_SOURCE_MAX) ||
      summaryFromHtml(it.content_html),
    published: toDate(it.date_published) ?? toDate(it.date_modified),
    updated: toDate(it.date_modified),
    author: name
      ? {
          name,
          ...(link(str(author.url), base) ? { url: link(str(author.url), base) } : {}),
          ...(link(str(author.avatar), base) ? { image: link(str(author.avatar), base) } : {}),
        }
      : undefined,
    image: image ? { url: image } : undefined,
    labels: Array.isArray(it.tags)
      ? it.tags
          .slice(0, LABELS_MAX)
          .map((tag) => plain(tag, LABEL_MAX))
          .filter(Boolean)
      : [],
  });
}

export function parseJsonFeed(data: unknown, feedUrl?: string, want?: EntryWant): Feed {
  startFeed();
  const feed = obj(data);
  const base = link(str(feed.feed_url), feedUrl) || feedUrl;
  return {
    type: 'json-feed',
    title: fromHtml(feed.title),
    link: link(str(feed.home_page_url), base) || undefined,
    ...withLanguage(languageTag(feed.language)),
    posts: readEntries(Array.isArray(feed.items) ? feed.items : [], (it) => item(it, base), want),
  };
}
