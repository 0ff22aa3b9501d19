/**
 * The two strings the loader shows when a widget's code could not be downloaded, in every shipped language.
 * The loader (src/index.ts) cannot wait for the string tables: they come with the very code that failed. These are
 * the tables' own `common.error` and `common.retry` (test/loader/loader.test.ts checks they stay equal).
 */
export const LOADER_STRINGS: Record<string, readonly [error: string, retry: string]> = {
  en: ['Could not load. Check your connection and try again.', 'Try again'],
  hi: ['लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।', 'फिर से कोशिश करें'],
  bn: ['লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।', 'আবার চেষ্টা করুন'],
  mr: ['लोड होऊ शकले नाही. तुमचे इंटरनेट कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.', 'पुन्हा प्रयत्न करा'],
  ta: ['ஏற்ற முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.', 'மீண்டும் முயலவும்'],
  te: ['లోడ్ చేయడం సాధ్యం కాలేదు. మీ ఇంటర్నెట్ కనెక్షన్‌ను తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.', 'మళ్లీ ప్రయత్నించండి'],
  ur: ['لوڈ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔', 'دوبارہ کوشش کریں'],
};

/** The strings for an element: its nearest `lang`, then the page's, then the browser's; English otherwise. */
export function loaderStrings(el: Element): readonly [string, string] {
  const lang = el.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  return LOADER_STRINGS[lang.toLowerCase().split('-')[0]] ?? LOADER_STRINGS.en;
}
