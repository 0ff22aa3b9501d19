import type { Message } from './types.js';

/**
 * English, the reference table: every other language must have every key (a test checks).
 * Placeholders are `{name}`; plural messages pick a form from `Intl.PluralRules` for `{count}`.
 * Sections are per widget so that each widget's keys stay together.
 */
export const en = {
  // common
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error': 'Could not load. Check your connection and try again.',
  'common.opensInNewTab': '(opens in a new tab)',

  // share-buttons
  'share.heading': 'Share:',
  'share.native': 'Share…',
  'share.nativeLabel': 'Share using your device',
  'share.on': 'Share on {network}',
  'share.email': 'Email',
  'share.emailLabel': 'Share by email',
  'share.copy': 'Copy link',
  'share.copyLabel': 'Copy link to this page',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy. Select the address and copy it yourself.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'Get in touch',
  'author.about': 'About the author',

  // popular-posts, featured-post
  'posts.listLabel': 'Posts',
  'posts.loading': 'Loading posts…',
  'posts.empty': 'No posts to show yet.',
  'posts.error.network': 'Could not load the posts. Check your connection and try again.',
  'posts.error.timeout': 'The blog took too long to answer. Try again in a moment.',
  'posts.error.http': 'The blog answered with an error ({status}). Try again later.',
  'posts.error.parse': 'The blog\'s feed could not be read.',
  'posts.error.cors': 'This blog does not let other sites read its feed.',
  'posts.comments': { zero: 'No comments', one: '{count} comment', other: '{count} comments' },
  'posts.readMore': 'Read more',
  'posts.readMoreLabel': 'Read more: {title}',
  'posts.featured': 'Featured post',
  'posts.untitled': 'Untitled post',

  // blog-search
  'search.label': 'Search this blog',
  'search.submit': 'Search',
  'search.results': 'Search results',
  'search.searching': 'Searching…',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.none': 'No posts match “{query}”.',
  'search.all': 'See all results',
  'search.error': 'Search is not available right now.',

  // subscribe-form

  // book-appointment

  // translate-toggle
  'translate.language': 'Language',
  'translate.menu': 'Choose a language',
  'translate.originalTag': '(original)',
  'translate.showOriginal': 'Show original',
  'translate.translating': 'Translating the page…',
  'translate.byGoogle': 'Translated by Google. The page text is sent to Google.',
  'translate.onDevice': 'Translated on your device. Nothing was sent anywhere.',
  'translate.failed': 'Could not translate the page.',
  'translate.notAvailable': 'This page is not available in {language}.',
} satisfies Record<string, Message>;

export type StringKey = keyof typeof en;
/** A complete string table. */
export type Strings = Record<StringKey, Message>;
