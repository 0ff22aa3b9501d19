/**
 * Atom 1.0 and 0.3 (including Blogger's Atom feeds with `thr:total` comment counts and `media:thumbnail`).
 */
import {
  fromHtml,
  count,
  firstImage,
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
import { textOfNode } from '../safe.js';
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

/**
 * The text of an Atom text construct (`type` text/html/xhtml, Atom 0.3 `mode` escaped/base64/xml) as plain text:
 * at most `max` characters of the feed's text are read (TITLE_MAX, or SUMMARY_SOURCE_MAX for a summary).
 */
export function atomText(el: Element | undefined, summary = false): string {
  if (!el) return '';
  const max = summary ? SUMMARY_SOURCE_MAX : TITLE_MAX;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = (el.getAttribute('mode') ?? '').toLowerCase();
  // Atom 1.0: a media type that is neither text nor XML means base64 content; Atom 0.3 says mode="base64".
  const base64 = mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type));
  // xhtml or inline markup: the elements' text, read from the (inert) XML tree itself; scripts and styles skipped.
  if (!base64 && mode !== 'escaped' && el.firstElementChild) return textOfNode(el, max);
  const source = el.textContent ?? '';
  const limit = base64 ? Math.ceil(max / 3) * 4 : max;
  let raw = cut(source, limit);
  if (base64) {
    try {
      let encoded = raw.replace(/\s+/g, '');
      // Cut to whole groups of four, so the beginning still decodes.
      if (source.length > limit) encoded = encoded.slice(0, encoded.length - (encoded.length % 4));
      const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
      raw = new TextDecoder().decode(bytes);
    } catch {
      return '';
    }
  }
  if (type === 'text' || type === 'text/plain') return plain(raw, max);
  return (summary ? summaryFromHtml : fromHtml)(raw);
}

/** The first image of a text construct: an `<img>` element in it, else the first in its escaped HTML. */
function firstImageOf(el: Element | undefined, base?: string): string | undefined {
  if (!el) return undefined;
  if (el.firstElementChild)
    return link(el.getElementsByTagNameNS('*', 'img')[0]?.getAttribute('src') ?? '', base) || undefined;
  return firstImage(cut(el.textContent, IMAGE_SOURCE_MAX), base);
}

function alternate(el: Element, base?: string): string {
  const links = children(el, 'link');
  const pick =
    links.find(
      (l) =>
        (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/.test(l.getAttribute('type') ?? 'text/html'),
    ) ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  return link(pick?.getAttribute('href') ?? '', baseOf(pick ?? el, base));
}

function mediaImage(el: Element, base?: string): PostImage | undefined {
  const thumb = child(el, 'thumbnail');
  const url = link(thumb?.getAttribute('url') ?? '', base);
  if (url) {
    const width = count(thumb?.getAttribute('width'));
    const height = count(thumb?.getAttribute('height'));
    return { url, ...(width ? { width } : {}), ...(height ? { height } : {}) };
  }
  for (const content of children(el, 'content').concat(children(el, 'link'))) {
    const type = content.getAttribute('type') ?? content.getAttribute('medium') ?? '';
    const href =
      content.getAttribute('url') ??
      (content.getAttribute('rel') === 'enclosure' ? content.getAttribute('href') : null);
    if (href && /image/.test(type)) return { url: link(href, base) };
  }
  return undefined;
}

/** The first of these child elements' text that is not empty, as a date's text. */
const date = (entry: Element, ...names: string[]): string => {
  for (const name of names) {
    const found = childText(entry, name, SHORT_MAX);
    if (found) return found;
  }
  return '';
};

export function parseAtomEntry(entry: Element, feedUrl?: string): Post {
  const base = baseOf(entry, feedUrl);
  const url = alternate(entry, feedUrl);
  const summaryEl = child(entry, 'summary');
  const contentEl = child(entry, 'content');
  const summary = atomText(summaryEl, true) || atomText(contentEl, true);
  const authorEl = child(entry, 'author');
  const authorName = plain(childText(authorEl, 'name', AUTHOR_MAX), AUTHOR_MAX);
  const authorUrl = link(childText(authorEl, 'uri', URL_MAX + 1) || childText(authorEl, 'url', URL_MAX + 1), base);
  const replies = children(entry, 'link').find(
    (l) => l.getAttribute('rel') === 'replies' && /html/.test(l.getAttribute('type') ?? ''),
  );
  const image =
    mediaImage(entry, base) ??
    ((src) => (src ? { url: src } : undefined))(firstImageOf(contentEl, base) ?? firstImageOf(summaryEl, base));
  const total = child(entry, 'total');
  return post({
    id: childText(entry, 'id', ID_MAX) || url,
    url,
    title: atomText(child(entry, 'title')),
    summary,
    published: toDate(date(entry, 'published', 'issued', 'created')) ?? toDate(date(entry, 'updated', 'modified')),
    updated: toDate(date(entry, 'updated', 'modified')),
    author: authorName ? { name: authorName, ...(authorUrl ? { url: authorUrl } : {}) } : undefined,
    image,
    labels: children(entry, 'category', LABELS_MAX)
      .map((c) => plain(c.getAttribute('term') ?? cut(c.textContent, LABEL_MAX), LABEL_MAX))
      .filter(Boolean),
    commentCount: total ? count(cut(total.textContent, SHORT_MAX)) : undefined,
    commentsUrl: link(replies?.getAttribute('href') ?? '', base) || undefined,
  });
}

export function parseAtom(doc: Document, feedUrl?: string, want?: EntryWant): Feed {
  startFeed();
  const root = doc.documentElement;
  const totalResults = child(root, 'totalResults');
  return {
    type: 'atom',
    title: atomText(child(root, 'title')),
    link: alternate(root, feedUrl) || undefined,
    id: childText(root, 'id', ID_MAX) || undefined,
    ...withLanguage(languageTag(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))),
    ...(totalResults ? { total: count(cut(totalResults.textContent, SHORT_MAX)) } : {}),
    posts: readEntries(children(root, 'entry', entriesNeeded(want)), (entry) => parseAtomEntry(entry, feedUrl), want),
  };
}
