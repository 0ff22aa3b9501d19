import type { Message } from '../types.js';

/** English strings of share-buttons. */
export const enShare = {
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
} satisfies Record<string, Message>;
