import type { Message } from '../types.js';

/** English strings of popular-posts, featured-post. */
export const enPosts = {
  'posts.listLabel': 'Posts',
  'posts.loading': 'Loading posts…',
  'posts.empty': 'No posts to show yet.',
  'posts.error.network': 'Could not load the posts. Check your connection and try again.',
  'posts.error.timeout': 'The blog took too long to answer. Try again in a moment.',
  'posts.error.http': 'The blog answered with an error ({status}). Try again later.',
  'posts.error.parse': "The blog's feed could not be read.",
  'posts.error.cors': 'This blog does not let other sites read its feed.',
  'posts.comments': { zero: 'No comments', one: '{count} comment', other: '{count} comments' },
  'posts.readMore': 'Read more',
  'posts.readMoreLabel': 'Read more: {title}',
  'posts.featured': 'Featured post',
  'posts.untitled': 'Untitled post',
} satisfies Record<string, Message>;
