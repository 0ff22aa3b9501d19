/**
 * blog-widgets, the standalone file (dist/blog-widgets.standalone.js): the whole library in one self-contained
 * module, English and Hindi included, for owners who self-host one file or paste it into a theme. Importing it
 * defines every widget (safe to include twice). It is also the package's main import (`import 'blog-widgets'`).
 * The CDN address, dist/blog-widgets.js, is the loader instead (src/index.ts); per-widget modules
 * (`blog-widgets/share-buttons.js`, …) define just one.
 */
// The string tables first, English then Hindi: kept side by side, they compress better than spread among widgets.
import './core/i18n/en/common.js';
import './core/i18n/en/share.js';
import './core/i18n/en/author.js';
import './core/i18n/en/posts.js';
import './core/i18n/en/search.js';
import './core/i18n/en/subscribe.js';
import './core/i18n/en/booking.js';
import './core/i18n/en/translate.js';
import './core/i18n/hi/common.js';
import './core/i18n/hi/share.js';
import './core/i18n/hi/author.js';
import './core/i18n/hi/posts.js';
import './core/i18n/hi/search.js';
import './core/i18n/hi/subscribe.js';
import './core/i18n/hi/booking.js';
import './core/i18n/hi/translate.js';
import './widgets/share-buttons/define.js';
import './widgets/author-card/define.js';
import './widgets/book-appointment/define.js';
import './widgets/blog-search/define.js';
import './widgets/translate-toggle/define.js';
import './widgets/popular-posts/define.js';
import './widgets/featured-post/define.js';
import './widgets/subscribe-form/define.js';

import { setStrings } from './core/i18n/index.js';
import type { PageApi } from './core/page-api.js';

export { ShareButtons } from './widgets/share-buttons/share-buttons.js';
export type { ShareEventDetail, ShareLayout, Network } from './widgets/share-buttons/share-buttons.js';
export { AuthorCard } from './widgets/author-card/author-card.js';
export type { AuthorCardLayout } from './widgets/author-card/author-card.js';
export { BookAppointment } from './widgets/book-appointment/book-appointment.js';
export type {
  AppointmentRequest,
  AppointmentSentDetail,
  AppointmentErrorDetail,
  AppointmentOpenDetail,
  BookingContact,
  BookingMode,
  BookingField,
  BookingTransport,
  BookingConfirm,
  BookingLayout,
} from './widgets/book-appointment/book-appointment.js';
export { BlogSearch } from './widgets/blog-search/blog-search.js';
export type { SearchEventDetail, SearchResultsDetail, SearchSelectDetail } from './widgets/blog-search/blog-search.js';
export { TranslateToggle } from './widgets/translate-toggle/translate-toggle.js';
export type { TranslateNavigateDetail, TranslateProvider } from './widgets/translate-toggle/translate-toggle.js';
export { PopularPosts } from './widgets/popular-posts/popular-posts.js';
export type {
  PostsLayout,
  PostsOrder,
  PostsLoadDetail,
  PostsErrorDetail,
} from './widgets/popular-posts/popular-posts.js';
export { FeaturedPost } from './widgets/featured-post/featured-post.js';
export type { FeaturedLayout } from './widgets/featured-post/featured-post.js';
export type { Post, PostAuthor, PostImage, Feed, FeedType } from './core/feeds/types.js';
export { SubscribeForm } from './widgets/subscribe-form/subscribe-form.js';
export type {
  Provider as SubscribeProvider,
  SubscribeState,
  SubscribeSubmitDetail,
  SubscribeSuccessDetail,
  SubscribeErrorDetail,
} from './widgets/subscribe-form/subscribe-form.js';

export { BlogWidget } from './core/base.js';
export { setStrings } from './core/i18n/index.js';
export type { Strings, StringKey, LanguageChangeDetail } from './core/i18n/index.js';

/** Page-level API for owners without a build step: `BlogWidgets.setStrings('hi', { ... })`. */
const api: PageApi = { setStrings };
if (typeof window !== 'undefined') window.BlogWidgets ??= api;
