/** Small helpers shared by the adapters: plain text, dates, URLs, first image, summaries. */
import { htmlToText, inertDocument, safeUrl, textOfNode } from '../safe.js';
import type { Post } from './types.js';

/** Longest stretch of HTML reduced for a summary: enough for any snippet, cheap for very long posts. */
const SUMMARY_SOURCE = 4000;

export type Json = Record<string, unknown>;
/** JSON readers that never throw: an object, an array of objects, a string. */
export const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
export const arr = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A feed's declared language as a BCP 47 tag ("en-us", "hi-IN"), or undefined when absent or not a tag. */
export function languageTag(value: unknown): string | undefined {
  const text = str(value).trim();
  return text.length <= 35 && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(text) ? text : undefined;
}

/** `{ language }` when there is one, else nothing (a feed without a language has no such key). */
export const withLanguage = (language: string | undefined): { language?: string } => (language ? { language } : {});

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

/**
 * Summaries of many posts with ONE inert parse: each post's HTML goes into its own `<template>` of one document
 * (a parse per post costs far more than the text itself). When a post's markup swallows its wrapper (an
 * unclosed comment, script or attribute), the template count no longer matches and each post is parsed alone.
 */
export function summariesFromHtml(htmls: string[]): string[] {
  const cut = htmls.map((h) => (h.length > SUMMARY_SOURCE ? h.slice(0, SUMMARY_SOURCE) : h));
  if (cut.length < 4) return cut.map((h) => htmlToText(h));
  const doc = inertDocument(cut.map((h) => `<template>${h}</template>`).join(''));
  const templates = doc.querySelectorAll<HTMLTemplateElement>('head > template, body > template');
  if (templates.length !== cut.length) return cut.map((h) => htmlToText(h));
  return Array.from(templates, (t, i) => (/[<&]/.test(cut[i]) ? textOfNode(t.content) : plain(cut[i])));
}

/** A Date, or undefined when unreadable. Accepts ISO 8601 and RFC 822 dates. */
export function toDate(value: unknown): Date | undefined {
  if (value == null || value === '') return undefined;
  const date = new Date(typeof value === 'string' ? value.trim() : (value as number));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const links = new Map<string, string>();
const CANONICAL = /^https?:\/\/[a-z0-9.-]+(:\d+)?\/[\x21-\x7e]*$/;
const UNSAFE_ASCII = /["<>\\^`{|}]/;

/** Forgets remembered links; every adapter calls it when it starts a feed, so one parse never reuses another's. */
export function startFeed(): void {
  links.clear();
}

/** An http(s) URL resolved against `base`, or ''. (Remembered within a feed: entries repeat author and image URLs.) */
export function link(value: unknown, base?: string): string {
  if (typeof value !== 'string' || !value) return '';
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
