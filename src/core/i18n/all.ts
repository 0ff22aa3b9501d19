/**
 * The complete English and Hindi tables, every section together (for tests and tools). Widgets do not import this:
 * each adds only its own sections (see `BlogWidget.messages`).
 */
import type { Strings } from './en.js';
import { enCommon } from './en/common.js';
import { enShare } from './en/share.js';
import { enAuthor } from './en/author.js';
import { enPosts } from './en/posts.js';
import { enSearch } from './en/search.js';
import { enSubscribe } from './en/subscribe.js';
import { enBooking } from './en/booking.js';
import { enBookingSteps } from './en/booking-steps.js';
import { enTranslate } from './en/translate.js';
import { hiCommon } from './hi/common.js';
import { hiShare } from './hi/share.js';
import { hiAuthor } from './hi/author.js';
import { hiPosts } from './hi/posts.js';
import { hiSearch } from './hi/search.js';
import { hiSubscribe } from './hi/subscribe.js';
import { hiBooking } from './hi/booking.js';
import { hiBookingSteps } from './hi/booking-steps.js';
import { hiTranslate } from './hi/translate.js';

export const en: Strings = {
  ...enCommon,
  ...enShare,
  ...enAuthor,
  ...enPosts,
  ...enSearch,
  ...enSubscribe,
  ...enBooking,
  ...enBookingSteps,
  ...enTranslate,
};
export const hi: Strings = {
  ...hiCommon,
  ...hiShare,
  ...hiAuthor,
  ...hiPosts,
  ...hiSearch,
  ...hiSubscribe,
  ...hiBooking,
  ...hiBookingSteps,
  ...hiTranslate,
};
