/**
 * RSS 2.0, 0.9x and RSS 1.0 (RDF): channel and items, Dublin Core dates and creators, `content:encoded`,
 * `slash:comments` (WordPress), `media:thumbnail` / `media:content` / image enclosures.
 */
import { count, firstImage, fromHtml, languageTag, withLanguage, link, plain, post, summaryFromHtml, toDate, startFeed } from './normalise.js';
import { baseOf, child, children, childText } from './xml.js';
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
  const html = childText(item, 'encoded') || childText(item, 'description');
  const src = firstImage(html, base);
  return src ? { url: src } : undefined;
}

export function parseRssItem(item: Element, feedUrl?: string): Post {
  const base = baseOf(item, feedUrl);
  const guid = child(item, 'guid');
  const guidText = guid?.textContent?.trim() ?? '';
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? link(guidText, base) : '';
  const url = link(childText(item, 'link'), base) || permalink || link(item.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about') ?? '', base);
  const description = childText(item, 'description');
  const encoded = childText(item, 'encoded');
  const summaryEl = child(item, 'summary');
  const creator = plain(childText(item, 'creator') || childText(item, 'author'));
  const comments = children(item, 'comments');
  const slash = comments.find((c) => c.namespaceURI?.includes('slash'));
  const page = comments.find((c) => !c.namespaceURI?.includes('slash'));
  return post({
    id: guidText || item.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about') || url,
    url,
    title: fromHtml(childText(item, 'title')),
    summary: summaryFromHtml(summaryEl?.textContent?.trim() || description || encoded),
    published: toDate(childText(item, 'pubDate') || childText(item, 'date') || childText(item, 'issued')),
    updated: toDate(childText(item, 'updated') || childText(item, 'modified')),
    author: creator ? { name: creator } : undefined,
    image: image(item, base),
    labels: children(item, 'category').map((c) => plain(c.textContent)).filter(Boolean),
    commentCount: count((slash ?? child(item, 'total'))?.textContent?.trim()),
    commentsUrl: link(page?.textContent?.trim() ?? '', base) || undefined,
  });
}

export function parseRss(doc: Document, feedUrl?: string): Feed {
  startFeed();
  const root = doc.documentElement;
  const channel = child(root, 'channel') ?? root;
  // RSS 1.0 and 0.90 keep items beside the channel; RSS 2.0 inside it.
  const items = children(channel, 'item').length ? children(channel, 'item') : children(root, 'item');
  const base = baseOf(channel, feedUrl);
  const channelLink = children(channel, 'link').find((l) => !l.namespaceURI?.includes('Atom') && !l.namespaceURI?.includes('atom'));
  return {
    type: 'rss',
    title: fromHtml(childText(channel, 'title')),
    link: link(channelLink?.textContent?.trim() ?? '', base) || undefined,
    ...withLanguage(languageTag(childText(channel, 'language'))),
    posts: items.map((item) => parseRssItem(item, feedUrl)),
  };
}
