import type { Message } from '../types.js';

/** English strings of translate-toggle. */
export const enTranslate = {
  'translate.language': 'Language',
  'translate.menu': 'Choose a language',
  'translate.originalTag': '(original)',
  'translate.original': 'Original',
  'translate.showOriginal': 'Show original',
  'translate.translating': 'Translating the page…',
  'translate.byGoogle': 'Translated by Google. The page text is sent to Google.',
  'translate.onDevice': 'Translated on your device. Nothing was sent anywhere.',
  'translate.failed': 'Could not translate the page.',
  'translate.notAvailable': 'This page is not available in {language}.',
} satisfies Record<string, Message>;
