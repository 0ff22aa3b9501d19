/**
 * Untrusted data: URLs and HTML from feeds, server replies and attributes.
 * Nothing here inserts outside HTML into the live document or executes anything.
 *
 * The URL allow-list, which every widget uses, is here; what only some widgets need lives beside it and is
 * re-exported: HTML to plain text in ./html-text.ts (feeds, forms), tracking parameters in ./tracking.ts.
 */
export { htmlToText, inertDocument, textOfNode, truncateWords } from './html-text.js';
export { stripTracking } from './tracking.js';

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
  const allowed =
    url.protocol === 'http:' || url.protocol === 'https:' || options.allow?.includes(url.protocol as 'mailto:');
  if (!allowed) return undefined;
  if (options.upgrade && url.protocol === 'http:' && globalThis.location?.protocol === 'https:')
    url.protocol = 'https:';
  return url.href;
}

/**
 * `rel` for a link: `noopener noreferrer` when it leads to another site (the other site gets no handle on this
 * window and no Referer, whatever the page's referrer policy), else `undefined` (same site, mailto:, tel:).
 */
export function relFor(href: string | undefined): string | undefined {
  try {
    return href && /^https?:/.test(href) && new URL(href).origin !== location.origin
      ? 'noopener noreferrer'
      : undefined;
  } catch {
    return undefined;
  }
}

/** Why `safeUrl` refused `value`, for the owner's warning: `"javascript:…" is not an http(s) address`. */
export function urlRefusal(value: unknown, options: SafeUrlOptions = {}): string {
  return `${JSON.stringify(String(value))} is not an http(s)${options.allow ? `, ${options.allow.join(' ')}` : ''} address`;
}
