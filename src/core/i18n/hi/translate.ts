import type { Section } from '../en.js';
import type { enTranslate } from '../en/translate.js';

/** Hindi (हिन्दी) strings of translate-toggle. */
export const hiTranslate: Section<typeof enTranslate> = {
  'translate.language': 'भाषा',
  'translate.menu': 'भाषा चुनें',
  'translate.originalTag': '(मूल)',
  'translate.original': 'मूल',
  'translate.showOriginal': 'मूल दिखाएँ',
  'translate.translating': 'पेज का अनुवाद हो रहा है…',
  'translate.byGoogle': 'Google द्वारा अनुवादित। पेज का टेक्स्ट Google को भेजा जाता है।',
  'translate.onDevice': 'आपके डिवाइस पर ही अनुवाद हुआ। कुछ भी बाहर नहीं भेजा गया।',
  'translate.failed': 'पेज का अनुवाद नहीं हो सका।',
  'translate.notAvailable': 'यह पेज {language} में उपलब्ध नहीं है।',
};
