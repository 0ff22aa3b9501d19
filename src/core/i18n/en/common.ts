import type { Message } from '../types.js';

/** English strings of common. */
export const enCommon = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error': 'Could not load. Check your connection and try again.',
  'common.opensInNewTab': '(opens in a new tab)',
} satisfies Record<string, Message>;
