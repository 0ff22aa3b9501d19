import type { Message } from '../types.js';

/** English strings of subscribe-form. */
export const enSubscribe = {
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
} satisfies Record<string, Message>;
