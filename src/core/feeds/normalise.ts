/** Small helpers shared by the adapters: plain text, dates, URLs, first image, summaries. */
import { htmlToText, safeUrl } from '../safe.js';
import type { Post } from './types.js';

/** Longest stretch of HTML reduced for a summary: enough for any snippet, cheap for very long posts. */
const SUMMARY_SOURCE = 4000;

/** Plain text, whitespace collapsed. */
export function plain(value: unknown): string {
  return value == null ? '' : String(value).replace(/[\s\u00A0]+/g, ' ').trim();
}

/** HTML (escaped markup from a feed) reduced to plain text without executing or loading anything. */
export function fromHtml(value: unknown, limit = Infinity): string {
  if (value == null) return '';
  const text = String(value);
  return htmlToText(text.length > limit ? text.slice(0, limit) : text);
}

/** A summary from HTML content: the beginning of the text. */
export function summaryFromHtml(value: unknown): string {
  return fromHtml(value, SUMMARY_SOURCE);
}

/** A Date, or undefined when unreadable. Accepts ISO 8601 and RFC 822 dates. */
export function toDate(value: unknown): Date | undefined {
  if (value == null || value === '') return undefined;
  const date = new Date(typeof value === 'string' ? value.trim() : (value as number));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An http(s) URL resolved against `base`, or ''. */
export function link(value: unknown, base?: string): string {
  return safeUrl(typeof value === 'string' ? value : undefined, base ? { base } : {}) ?? '';
}

/** A non-negative integer, or undefined. */
export function count(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const IMG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The `src` of the first `<img>` in HTML content (read with a regular expression: nothing is parsed or loaded). */
export function firstImage(html: unknown, base?: string): string | undefined {
  if (typeof html !== 'string' || !html.includes('<')) return undefined;
  const match = IMG.exec(html);
  if (!match) return undefined;
  const raw = (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
  return link(raw, base) || undefined;
}

/** A post with the defaults filled in. */
export function post(fields: Partial<Post> & Pick<Post, 'title'>): Post {
  const url = fields.url ?? '';
  return {
    ...fields,
    id: fields.id || url,
    url,
    title: fields.title,
    summary: fields.summary ?? '',
    labels: fields.labels ?? [],
  };
}
