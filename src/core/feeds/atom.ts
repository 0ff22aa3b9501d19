/**
 * Atom 1.0 and 0.3 (including Blogger's Atom feeds with `thr:total` comment counts and `media:thumbnail`).
 */
import { fromHtml, count, firstImage, languageTag, withLanguage, link, plain, post, summaryFromHtml, toDate, startFeed } from './normalise.js';
import { baseOf, child, children, childText } from './xml.js';
import type { Feed, Post, PostImage } from './types.js';

/** The text of an Atom text construct (`type` text/html/xhtml, Atom 0.3 `mode` escaped/base64/xml) as plain text. */
export function atomText(el: Element | undefined, summary = false): string {
  if (!el) return '';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = (el.getAttribute('mode') ?? '').toLowerCase();
  // Atom 1.0: a media type that is neither text nor XML means base64 content; Atom 0.3 says mode="base64".
  const base64 = mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type));
  let raw = el.textContent ?? '';
  if (base64) {
    try {
      const bytes = Uint8Array.from(atob(raw.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
      raw = new TextDecoder().decode(bytes);
    } catch {
      return '';
    }
  }
  const reduce = summary ? summaryFromHtml : fromHtml;
  // xhtml or inline markup: the serialised elements, reduced like HTML (scripts and styles skipped).
  if (!base64 && mode !== 'escaped' && el.firstElementChild) {
    let markup = '';
    for (let node = el.firstChild; node; node = node.nextSibling) markup += node.nodeType === 1 ? new XMLSerializer().serializeToString(node) : node.nodeType === 3 ? escapeText(node.nodeValue ?? '') : '';
    return reduce(markup);
  }
  if (type === 'text' || type === 'text/plain') return plain(raw);
  return reduce(raw);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The raw HTML of a text construct, for finding the first image. */
function atomHtml(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  if (el.firstElementChild) return new XMLSerializer().serializeToString(el);
  return el.textContent ?? undefined;
}

function alternate(el: Element, base?: string): string {
  const links = children(el, 'link');
  const pick =
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/.test(l.getAttribute('type') ?? 'text/html')) ??
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
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
    const href = content.getAttribute('url') ?? (content.getAttribute('rel') === 'enclosure' ? content.getAttribute('href') : null);
    if (href && /image/.test(type)) return { url: link(href, base) };
  }
  return undefined;
}

export function parseAtomEntry(entry: Element, feedUrl?: string): Post {
  const base = baseOf(entry, feedUrl);
  const url = alternate(entry, feedUrl);
  const summaryEl = child(entry, 'summary');
  const contentEl = child(entry, 'content');
  const summary = atomText(summaryEl, true) || atomText(contentEl, true);
  const authorEl = child(entry, 'author');
  const authorName = plain(childText(authorEl, 'name'));
  const replies = children(entry, 'link').find((l) => l.getAttribute('rel') === 'replies' && /html/.test(l.getAttribute('type') ?? ''));
  const image =
    mediaImage(entry, base) ??
    ((src) => (src ? { url: src } : undefined))(firstImage(atomHtml(contentEl), base) ?? firstImage(atomHtml(summaryEl), base));
  const total = child(entry, 'total');
  return post({
    id: childText(entry, 'id') || url,
    url,
    title: atomText(child(entry, 'title')),
    summary,
    published: toDate(childText(entry, 'published') || childText(entry, 'issued') || childText(entry, 'created')) ?? toDate(childText(entry, 'updated') || childText(entry, 'modified')),
    updated: toDate(childText(entry, 'updated') || childText(entry, 'modified')),
    author: authorName ? { name: authorName, ...(link(childText(authorEl, 'uri') || childText(authorEl, 'url'), base) ? { url: link(childText(authorEl, 'uri') || childText(authorEl, 'url'), base) } : {}) } : undefined,
    image,
    labels: children(entry, 'category').map((c) => plain(c.getAttribute('term') ?? c.textContent)).filter(Boolean),
    commentCount: total ? count(total.textContent) : undefined,
    commentsUrl: link(replies?.getAttribute('href') ?? '', base) || undefined,
  });
}

export function parseAtom(doc: Document, feedUrl?: string): Feed {
  startFeed();
  const root = doc.documentElement;
  const totalResults = child(root, 'totalResults');
  return {
    type: 'atom',
    title: atomText(child(root, 'title')),
    link: alternate(root, feedUrl) || undefined,
    id: childText(root, 'id') || undefined,
    ...withLanguage(languageTag(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))),
    ...(totalResults ? { total: count(totalResults.textContent) } : {}),
    posts: children(root, 'entry').map((entry) => parseAtomEntry(entry, feedUrl)),
  };
}
