import type { Message } from '../types.js';

/** English strings of blog-search. */
export const enSearch = {
  'search.label': 'Search this blog',
  'search.submit': 'Search',
  'search.results': 'Search results',
  'search.searching': 'Searching…',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.none': 'No posts match “{query}”.',
  'search.all': 'See all results',
  'search.error': 'Search is not available right now.',
} satisfies Record<string, Message>;
