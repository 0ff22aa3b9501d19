import type { Message } from './types.js';
import type { enCommon } from './en/common.js';
import type { enShare } from './en/share.js';
import type { enAuthor } from './en/author.js';
import type { enPosts } from './en/posts.js';
import type { enSearch } from './en/search.js';
import type { enSubscribe } from './en/subscribe.js';
import type { enBooking } from './en/booking.js';
import type { enBookingSteps } from './en/booking-steps.js';
import type { enTranslate } from './en/translate.js';

/**
 * The shape of every string table, from English, the reference: every other language must have every key (a test
 * checks). Placeholders are `{name}`; plural messages pick a form from `Intl.PluralRules` for `{count}`.
 *
 * English and Hindi are kept in one file per widget (en/, hi/), so that each widget module carries only its own
 * strings: a widget adds its sections when it is first created (`BlogWidget.messages`); `common` is always there.
 * all.ts puts the sections together for tests and tools.
 */
type English = typeof enCommon &
  typeof enShare &
  typeof enAuthor &
  typeof enPosts &
  typeof enSearch &
  typeof enSubscribe &
  typeof enBooking &
  typeof enBookingSteps &
  typeof enTranslate;

export type StringKey = keyof English;
/** A complete string table. */
export type Strings = Record<StringKey, Message>;
/** One section of a table in another language: the same keys as the English section. */
export type Section<T> = Record<keyof T, Message>;
