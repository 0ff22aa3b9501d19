/**
 * XML feeds: bytes to a DOM without executing or loading anything, and namespace-agnostic lookups.
 *
 * The bytes are decoded with the encoding the XML declaration names (gb2312, ISO-8859-1, …) through
 * `TextDecoder`; a byte order mark wins; UTF-8 otherwise. `DOMParser` in XML mode builds an inert document.
 * A document with an XML error is still read as far as the browser parsed it (like feed readers do) when its
 * root is a feed; anything else is a `parse` error.
 */
import { parseInert } from '../inert.js';
import { NetError } from '../net/request.js';
import { LARGE_DOCUMENT } from './limits.js';

/** Decodes feed bytes using the byte order mark, else the XML declaration's encoding, else UTF-8. */
export function decodeXml(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return new TextDecoder('utf-8').decode(view);
  if (view[0] === 0xfe && view[1] === 0xff) return new TextDecoder('utf-16be').decode(view);
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view);
  // The declaration is ASCII in every encoding we can meet here.
  const head = String.fromCharCode(...view.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(view);
    } catch {
      // An encoding the browser does not know: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(view);
}

/**
 * The beginning of a large feed document, up to the end of its `max`-th entry (`</item>`, or `</entry>` in Atom),
 * so that the parser builds no more than the entries that will be read. The parser reads the cut document as far
 * as it goes, like any document with an XML error (see `parseXml`). Smaller documents are returned whole.
 */
export function firstEntries(text: string, max: number): string {
  if (text.length < LARGE_DOCUMENT) return text;
  const tag = /<feed[\s>]/.test(text.slice(0, 2000)) ? '</entry>' : '</item>';
  let at = 0;
  for (let n = 0; n < max; n += 1) {
    at = text.indexOf(tag, at);
    if (at < 0) return text;
    at += tag.length;
  }
  return text.slice(0, at);
}

/** Parses feed XML into an inert document; throws a `parse` NetError when nothing feed-like could be read. */
export function parseXml(text: string): Document {
  // The encoding declaration no longer applies to the decoded string (it sits in the first few hundred characters:
  // only they are searched, so the pattern's work is bounded whatever follows).
  const source = text.replace(/^\uFEFF/, '');
  const head = source.slice(0, 300).replace(/^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/i, '$1');
  let doc: Document;
  try {
    doc = parseInert(head + source.slice(300), 'application/xml');
  } catch {
    throw new NetError('parse', 'the page does not allow the blog-widgets Trusted Types policy');
  }
  const root = doc.documentElement;
  if (!root || root.localName === 'parsererror' || !/^(rss|rdf|RDF|feed|channel)$/.test(root.localName)) {
    throw new NetError('parse', 'the reply is not an RSS or Atom feed');
  }
  return doc;
}

/** The first child element with this local name (any namespace). */
export function child(parent: Element | null | undefined, name: string): Element | undefined {
  if (!parent) return undefined;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) if (el.localName === name) return el;
  return undefined;
}

/** Child elements with this local name (any namespace), at most `max`. */
export function children(parent: Element | null | undefined, name: string, max = Infinity): Element[] {
  const found: Element[] = [];
  if (!parent) return found;
  for (let el = parent.firstElementChild; el && found.length < max; el = el.nextElementSibling)
    if (el.localName === name) found.push(el);
  return found;
}

/** Text of the first child with this local name, cut to `max` (limits.ts) and trimmed ('' when absent). */
export function childText(parent: Element | null | undefined, name: string, max: number): string {
  return cut(child(parent, name)?.textContent, max);
}

/** Text cut to `max`, then trimmed. */
export function cut(value: string | null | undefined, max: number): string {
  return (value && value.length > max ? value.slice(0, max) : (value ?? '')).trim();
}

/** The element's `xml:base` chain resolved against the document's address. */
export function baseOf(el: Element | null, documentUrl?: string): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base') ?? node.getAttribute('xml:base');
    if (base) bases.unshift(base);
  }
  let url = documentUrl ?? globalThis.location?.href;
  for (const base of bases) {
    try {
      url = new URL(base, url).href;
    } catch {
      // keep the outer base
    }
  }
  return url;
}
