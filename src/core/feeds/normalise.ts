/**
 * Small helpers shared by the adapters: plain text, dates, URLs, first image, summaries. Every reader takes
 * `unknown` and never throws: a value of the wrong type (an object, an array, null, an object whose `toString` is
 * not a function) reads as empty, and text is cut to its limit (limits.ts) before anything else reads it.
 */
import { htmlToText, safeUrl } from '../safe.js';
import {
  ENTRIES_MAX,
  IMAGE_SOURCE_MAX,
  SHORT_MAX,
  SUMMARY_SOURCE_MAX,
  TITLE_MAX,
  URL_MAX,
  type EntryWant,
} from './limits.js';
import type { Post } from './types.js';

export type Json = Record<string, unknown>;
/** JSON readers that never throw: an object, an array of objects, a string. */
export const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
export const arr = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A feed's declared language as a BCP 47 tag ("en-us", "hi-IN"), or undefined when absent or not a tag. */
export function languageTag(value: unknown): string | undefined {
  const tag = text(value, SHORT_MAX).trim();
  const [language, ...subtags] = tag.split('-');
  return tag.length <= 35 && /^[a-z]{2,3}$/i.test(language) && subtags.every((s) => /^[a-z0-9]{1,8}$/i.test(s))
    ? tag
    : undefined;
}

/** `{ language }` when there is one, else nothing (a feed without a language has no such key). */
export const withLanguage = (language: string | undefined): { language?: string } => (language ? { language } : {});

/** A string, or a finite number as text, cut to `max`; '' for anything else. */
export function text(value: unknown, max: number): string {
  const s =
    typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return s.length > max ? s.slice(0, max) : s;
}

/** Plain text cut to `max`, whitespace collapsed. */
export function plain(value: unknown, max = TITLE_MAX): string {
  return text(value, max)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** HTML (escaped markup from a feed), cut to `max`, reduced to plain text without executing or loading anything. */
export function fromHtml(value: unknown, max = TITLE_MAX): string {
  return htmlToText(text(value, max), max);
}

/** A summary from HTML content: the beginning of the text. */
export function summaryFromHtml(value: unknown): string {
  return fromHtml(value, SUMMARY_SOURCE_MAX);
}

/** Summaries of many posts, each read in isolation: one post's markup never reaches into another's. */
export function summariesFromHtml(htmls: unknown[]): string[] {
  return htmls.map(summaryFromHtml);
}

/** A Date, or undefined when unreadable. Accepts ISO 8601 and RFC 822 dates. */
export function toDate(value: unknown): Date | undefined {
  const source = typeof value === 'number' ? value : text(value, SHORT_MAX).trim();
  if (source === '') return undefined;
  const date = new Date(source);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Posts from a feed's entries, each parsed on its own: an entry that is not an object, or that cannot be read, is
 * skipped, not the feed.
 * Reading stops once `want.count` posts are kept (those `want.keep` accepts), or after ENTRIES_MAX entries.
 */
export function readEntries<T>(
  entries: ArrayLike<T>,
  parse: (entry: T, index: number) => Post,
  want: EntryWant = {},
): Post[] {
  const posts: Post[] = [];
  const wanted = want.count ?? Infinity;
  const n = Math.min(entries.length, ENTRIES_MAX);
  for (let i = 0; i < n && posts.length < wanted; i += 1) {
    const entry = entries[i];
    if (!entry || typeof entry !== 'object') continue; // null, a string, a number: not an entry
    let found: Post;
    try {
      found = parse(entry, i);
    } catch {
      continue;
    }
    if (!want.keep || want.keep(found)) posts.push(found);
  }
  return posts;
}

/** How many entries a feed's adapter needs to look at for `want` without a filter. */
export const entriesNeeded = (want: EntryWant = {}): number =>
  Math.min(want.keep ? ENTRIES_MAX : (want.count ?? ENTRIES_MAX), ENTRIES_MAX);

const links = new Map<string, string>();
const CANONICAL = /^https?:\/\/[a-z0-9.-]+(:\d+)?\/[\x21-\x7e]*$/;
const UNSAFE_ASCII = /["<>\\^`{|}]/;

/** Forgets remembered links; every adapter calls it when it starts a feed, so one parse never reuses another's. */
export function startFeed(): void {
  links.clear();
}

/** An http(s) URL resolved against `base`, or ''. (Remembered within a feed: entries repeat author and image URLs.) */
export function link(value: unknown, base?: string): string {
  if (typeof value !== 'string' || !value || value.length > URL_MAX) return '';
  const key = `${base ?? ''} ${value}`;
  // Already an absolute, canonical http(s) URL (lower-case host, a path, printable ASCII that the URL parser
  // keeps as it is, no dot segments or default port): the parser would return it unchanged.
  if (CANONICAL.test(value) && !UNSAFE_ASCII.test(value) && !/\/\.{1,2}(\/|$)|:(80|443)\//.test(value)) return value;
  let found = links.get(key);
  if (found === undefined) {
    found = safeUrl(value, base ? { base } : {}) ?? '';
    links.set(key, found);
  }
  return found;
}

/** A non-negative integer, or undefined. */
export function count(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number.parseInt(text(value, SHORT_MAX), 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A number from JSON (a number or numeric text), else 0. */
export const num = (value: unknown): number => Number(text(value, SHORT_MAX)) || 0;

const IMG_TAG = /<img[\s/]/gi;
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The `src` of the first `<img>` in HTML content (the first IMAGE_SOURCE_MAX characters; nothing is parsed or
 * loaded). Linear: each tag is read once, from `<img` to its `>`, and the search goes on after that `>`.
 */
export function firstImage(html: unknown, base?: string): string | undefined {
  if (typeof html !== 'string' || !html.includes('<')) return undefined;
  const source = html.length > IMAGE_SOURCE_MAX ? html.slice(0, IMAGE_SOURCE_MAX) : html;
  IMG_TAG.lastIndex = 0;
  while (IMG_TAG.exec(source)) {
    const end = source.indexOf('>', IMG_TAG.lastIndex);
    if (end < 0) return undefined; // no tag ends after this: no later one can either
    const match = SRC.exec(source.slice(IMG_TAG.lastIndex - 1, end));
    if (match) return link((match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&'), base) || undefined;
    IMG_TAG.lastIndex = end + 1;
  }
  return undefined;
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
