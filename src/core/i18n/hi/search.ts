import type { Section } from '../en.js';
import type { enSearch } from '../en/search.js';

/** Hindi (हिन्दी) strings of blog-search. */
export const hiSearch: Section<typeof enSearch> = {
  'search.label': 'इस ब्लॉग में खोजें',
  'search.submit': 'खोजें',
  'search.results': 'खोज परिणाम',
  'search.searching': 'खोज रहे हैं…',
  'search.count': { one: '{count} परिणाम', other: '{count} परिणाम' },
  'search.none': '“{query}” से मेल खाती कोई पोस्ट नहीं मिली।',
  'search.all': 'सभी परिणाम देखें',
  'search.error': 'खोज अभी उपलब्ध नहीं है।',
};
