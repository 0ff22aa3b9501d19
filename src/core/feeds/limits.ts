/**
 * Limits on feed data. A feed is untrusted: every field is cut to these lengths (UTF-16 code units of the feed's
 * own text, markup included) BEFORE its markup or text is read, so no feed can make a widget do unbounded work;
 * values of the wrong type (objects, arrays, null where text belongs) are skipped field by field. README's
 * "Limits on feed data" lists them for owners: keep the two in step.
 */

/** A post's or a feed's title. */
export const TITLE_MAX = 1_000;
/** HTML or text read for a post's summary (its summary, else the start of its content). */
export const SUMMARY_SOURCE_MAX = 4_000;
/** HTML of a post's content searched for its first image. */
export const IMAGE_SOURCE_MAX = 50_000;
/** One label (category, tag). */
export const LABEL_MAX = 100;
/** Labels read per post. */
export const LABELS_MAX = 30;
/** An author's name. */
export const AUTHOR_MAX = 200;
/** A URL (post, image, author, comments); a longer one is dropped, not cut. */
export const URL_MAX = 2_048;
/** A post's id. */
export const ID_MAX = 1_000;
/** A date or a number (comment count, size) as text. */
export const SHORT_MAX = 64;
/** Entries read from one feed document (RSS, Atom, JSON Feed; a Blogger or WordPress page is at most 150). */
export const ENTRIES_MAX = 500;

/** Bytes of an RSS, Atom or JSON Feed document downloaded; the rest is not (an XML feed is read as far as it goes). */
export const DOCUMENT_BYTES_MAX = 20_000_000;
/** An RSS or Atom document at least this long (characters) is cut after the entries that will be read. */
export const LARGE_DOCUMENT = 1_000_000;

/** What a caller needs from a feed's entries: how many posts, and which ones count (a label filter). */
export interface EntryWant {
  /** Stop after this many kept posts. */
  count?: number;
  /** Whether a post counts toward `count` (and is kept). */
  keep?: (post: import('./types.js').Post) => boolean;
}
