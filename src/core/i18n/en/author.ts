import type { Message } from '../types.js';

/** English strings of author-card. */
export const enAuthor = {
  'author.cta': 'Get in touch',
  'author.about': 'About the author',
} satisfies Record<string, Message>;
