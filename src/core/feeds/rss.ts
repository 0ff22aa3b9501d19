/**
 * RSS 2.0, 0.9x and RSS 1.0 (RDF): channel and items, Dublin Core dates and creators, `content:encoded`,
 * `slash:comments` (WordPress), `media:thumbnail` / `media:content` / image enclosures.
 */
import {
  count,
  firstImage,
  fromHtml,
  link,
  plain,
  post,
  summaryFromHtml,
  toDate,
  startFeed,
  readEntries,
  languageTag,
  withLanguage,
  entriesNeeded,
} from './normalise.js';
import {
  AUTHOR_MAX,
  ID_MAX,
  IMAGE_SOURCE_MAX,
  LABEL_MAX,
  LABELS_MAX,
  SHORT_MAX,
  SUMMARY_SOURCE_MAX,
  TITLE_MAX,
  URL_MAX,
  type EntryWant,
} from './limits.js';
import { baseOf, child, children, childText, cut } from './xml.js';
import type { Feed, Post, PostImage } from './types.js';

function image(item: Element, base?: string): PostImage | undefined {
  const thumb = child(item, 'thumbnail');
  if (thumb?.getAttribute('url')) {
    const url = link(thumb.getAttribute('url'), base);
    if (url) return { url };
  }
  for (const el of [...children(item, 'content'), ...children(item, 'enclosure')]) {
    const type = `${el.getAttribute('type') ?? ''} ${el.getAttribute('medium') ?? ''}`;
    const url = el.getAttribute('url');
    if (url && /image/.test(type)) {
      const found = link(url, base);
      if (found) return { url: found };
    }
  }
  // The first image of the content.
  const html = childText(item, 'encoded', IMAGE_SOURCE_MAX) || childText(item, 'description', IMAGE_SOURCE_MAX);
  const src = firstImage(html, base);
  return src ? { url: src } : undefined;
}

export function parseRssItem(item: Element, feedUrl?: string): Post {
  const base = baseOf(item, feedUrl);
  const guid = child(item, 'guid');
  const guidText = cut(guid?.textContent, ID_MAX);
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? link(guidText, base) : '';
  const url =
    link(childText(item, 'link', URL_MAX + 1), base) ||
    permalink ||
    link(item.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about') ?? '', base);
  const description = childText(item, 'description', SUMMARY_SOURCE_MAX);
  const summaryEl = child(item, 'summary');
  const creator = plain(childText(item, 'creator', AUTHOR_MAX) || childText(item, 'author', AUTHOR_MAX), AUTHOR_MAX);
  const comments = children(item, 'comments');
  const slash = comments.find((c) => c.namespaceURI?.includes('slash'));
  const page = comments.find((c) => !c.namespaceURI?.includes('slash'));
  return post({
    id: guidText || item.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about') || url,
    url,
    title: fromHtml(childText(item, 'title', TITLE_MAX)),
    summary: summaryFromHtml(
      cut(summaryEl?.textContent, SUMMARY_SOURCE_MAX) || description || childText(item, 'encoded', SUMMARY_SOURCE_MAX),
    ),
    published: toDate(
      childText(item, 'pubDate', SHORT_MAX) ||
        childText(item, 'date', SHORT_MAX) ||
        childText(item, 'issued', SHORT_MAX),
    ),
    updated: toDate(childText(item, 'updated', SHORT_MAX) || childText(item, 'modified', SHORT_MAX)),
    author: creator ? { name: creator } : undefined,
    image: image(item, base),
    labels: children(item, 'category')
      .slice(0, LABELS_MAX)
      .map((c) => plain(c.textContent, LABEL_MAX))
      .filter(Boolean),
    commentCount: count(cut((slash ?? child(item, 'total'))?.textContent, SHORT_MAX)),
    commentsUrl: link(cut(page?.textContent, URL_MAX + 1), base) || undefined,
  });
}

export function parseRss(doc: Document, feedUrl?: string, want?: EntryWant): Feed {
  startFeed();
  const root = doc.documentElement;
  const channel = child(root, 'channel') ?? root;
  // RSS 1.0 and 0.90 keep items beside the channel; RSS 2.0 inside it.
  const needed = entriesNeeded(want);
  const inChannel = children(channel, 'item', needed);
  const items = inChannel.length ? inChannel : children(root, 'item', needed);
  const base = baseOf(channel, feedUrl);
  const channelLink = children(channel, 'link').find(
    (l) => !l.namespaceURI?.includes('Atom') && !l.namespaceURI?.includes('atom'),
  );
  return {
    type: 'rss',
    title: fromHtml(childText(channel, 'title', TITLE_MAX)),
    link: link(cut(channelLink?.textContent, URL_MAX + 1), base) || undefined,
    ...withLanguage(languageTag(childText(channel, 'language', SHORT_MAX))),
    posts: readEntries(items, (item) => parseRssItem(item, feedUrl), want),
  };
}
