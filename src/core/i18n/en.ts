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
  'subscribe.heading': 'Subscribe and get latest updates',
  'subscribe.emailLabel': 'Email address',
  'subscribe.nameLabel': 'Name (optional)',
  'subscribe.placeholder': 'you@example.com',
  'subscribe.button': 'Subscribe',
  'subscribe.sending': 'Subscribing…',
  'subscribe.privacy': 'Privacy policy',
  'subscribe.emailMissing': 'Enter your email address.',
  'subscribe.emailInvalid': 'Enter an email address like name@example.com.',
  'subscribe.consentMissing': 'Tick the box to agree before subscribing.',
  'subscribe.success': 'Thank you! You are subscribed.',
  'subscribe.confirm': 'Almost done: check your inbox and confirm your subscription.',
  'subscribe.checkInbox': 'Check your inbox to confirm your subscription.',
  'subscribe.sent': 'Your request was sent. Thank you!',
  'subscribe.already': 'This address is already subscribed. Thank you!',
  'subscribe.rateLimited': 'Too many sign-up attempts for this address. Please wait a few minutes, then try again.',
  'subscribe.error': 'Could not subscribe. Please try again.',
  'subscribe.errorServer': 'The newsletter service had a problem. Please try again in a moment.',
  'subscribe.errorTimeout': 'The newsletter service did not answer. Check your connection and try again.',
  'subscribe.errorNetwork': 'Could not reach the newsletter service. Check your connection and try again.',
  'subscribe.errorConfig': 'This form is not set up yet, so it cannot send.',
  'subscribe.offline': 'You are offline. Your subscription will be sent when the connection returns.',
  'subscribe.honeypot': 'Leave this field empty',

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
