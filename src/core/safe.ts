/**
 * Untrusted data: URLs and HTML from feeds, server replies and attributes.
 * Nothing here inserts outside HTML into the live document or executes anything.
 */

export interface SafeUrlOptions {
  /** Extra schemes allowed besides http and https, e.g. `['mailto:', 'tel:']`. */
  allow?: readonly ('mailto:' | 'tel:')[];
  /** Base for relative URLs (default: the page address). */
  base?: string;
  /** Rewrite http to https when the page itself is https (images, to avoid mixed content). */
  upgrade?: boolean;
}

/** An absolute http(s) URL (or mailto/tel on request), or `undefined` for anything else. */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers ignore ASCII whitespace and control characters inside schemes ("java\tscript:").
  const text = value.trim().replace(/[\u0000-\u001F\u007F]/g, '');
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text, options.base ?? globalThis.location?.href);
  } catch {
    return undefined;
  }
  const allowed = url.protocol === 'http:' || url.protocol === 'https:' || options.allow?.includes(url.protocol as 'mailto:');
  if (!allowed) return undefined;
  if (options.upgrade && url.protocol === 'http:' && globalThis.location?.protocol === 'https:') url.protocol = 'https:';
  return url.href;
}

/**
 * `rel` for a link: `noopener noreferrer` when it leads to another site (the other site gets no handle on this
 * window and no Referer, whatever the page's referrer policy), else `undefined` (same site, mailto:, tel:).
 */
export function relFor(href: string | undefined): string | undefined {
  try {
    return href && /^https?:/.test(href) && new URL(href).origin !== location.origin ? 'noopener noreferrer' : undefined;
  } catch {
    return undefined;
  }
}

/** Why `safeUrl` refused `value`, for the owner's warning: `"javascript:…" is not an http(s) address`. */
export function urlRefusal(value: unknown, options: SafeUrlOptions = {}): string {
  return `${JSON.stringify(String(value))} is not an http(s)${options.allow ? `, ${options.allow.join(' ')}` : ''} address`;
}

const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid)$/i;

/** The URL without tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, …) and, by default, the fragment. */
export function stripTracking(href: string, keepHash = false): string {
  let url: URL;
  try {
    url = new URL(href, globalThis.location?.href);
  } catch {
    return href;
  }
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name);
  }
  if (!keepHash) url.hash = '';
  // `URLSearchParams` leaves a bare "?" when the last parameter goes.
  return url.href.replace(/\?(#|$)/, '$1');
}

const BLOCKS =
  /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const SKIP = /^(script|style|template|noscript|iframe|object|embed|svg|math|head|title|button|select|textarea)$/i;

let parser: DOMParser | undefined;

/** Parses HTML in an inert document: nothing executes, nothing loads. */
export function inertDocument(html: string): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(html, 'text/html');
}

/**
 * HTML reduced to plain text: tags dropped, entities decoded, scripts and styles skipped, blocks separated by a
 * space, whitespace collapsed. Text without `<` or `&` is returned as it is (after collapsing whitespace).
 */
export function htmlToText(html: unknown): string {
  if (html == null) return '';
  const source = String(html);
  if (!/[<&]/.test(source)) return collapse(source);
  const body = inertDocument(source).body;
  return body ? textOfNode(body) : '';
}

/** The text of an (inert) node as `htmlToText` reads it: blocks separate words, scripts and styles are skipped. */
export function textOfNode(root: Node): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (SKIP.test(name)) continue;
        const block = BLOCKS.test(name);
        if (block) out += ' ';
        walk(child);
        if (block) out += ' ';
      }
    }
  };
  walk(root);
  return collapse(out);
}

function collapse(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function truncateWords(text: string, count: number): string {
  if (count <= 0) return '';
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')}…`;
}
