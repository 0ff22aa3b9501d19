import type { Section } from '../en.js';
import type { enAuthor } from '../en/author.js';

/** Hindi (हिन्दी) strings of author-card. */
export const hiAuthor: Section<typeof enAuthor> = {
  'author.cta': 'संपर्क करें',
  'author.about': 'लेखक के बारे में',
};
