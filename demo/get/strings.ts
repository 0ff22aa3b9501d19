/**
 * The configurator's own text, in English and Hindi. (The widgets' texts live in src/core/i18n; this page is not
 * part of the library.) Attribute descriptions come from custom-elements.json and stay in English.
 */
const en = {
  title: 'Get this widget',
  intro: 'Choose a widget, set its options and watch it change, then copy the snippet into your blog.',
  back: 'Back to the demo blog',
  language: 'Language',
  loading: 'Loading the list of widgets…',
  loadFailed: 'Could not load the list of widgets (custom-elements.json). Reload the page to try again.',
  stepWidget: '1. Choose a widget',
  stepOptions: '2. Set its options',
  stepPreview: '3. See it live',
  stepSnippet: '4. Copy the snippet',
  optionsHelp: 'Leave a field empty to use the default. Changes show in the preview at once.',
  default: 'Default: {value}',
  defaultOn: 'on',
  defaultOff: 'off',
  range: 'A number from {min} to {max}.',
  listHelp: 'Separate the values with spaces or put one on each line.',
  hoursHelp: 'One part on each line, or parts separated by “;”.',
  content: 'Content inside the tag (HTML)',
  contentHelp: 'Shown in the widget’s slots: {slots}.',
  defaultSlot: 'the default slot',
  reset: 'Reset the options',
  previewLabel: 'Preview of {tag}',
  previewWarnings: 'The widget says:',
  warning: 'Warning:',
  formHtml: 'Any website (HTML)',
  formHtmlHelp: 'Paste into your page’s HTML. The script line is needed once per page.',
  formGadget: 'Blogger gadget',
  formGadgetHelp: 'In Blogger: Layout → Add a Gadget → HTML/JavaScript. Paste this and save.',
  formTheme: 'Blogger theme (XML)',
  formThemeHelp:
    'In Blogger: Theme → Edit HTML. Paste where the widget should appear. The theme is XML, so every value is quoted and & is written &amp;.',
  formNpm: 'npm',
  formNpmHelp: 'For sites built with a bundler: install the package and import just this widget.',
  copy: 'Copy',
  copyLabel: 'Copy the snippet: {form}',
  copied: 'Copied to the clipboard: {form}.',
  copyFailed: 'Could not copy. Select the text and copy it by hand.',
};

export type UiKey = keyof typeof en;

const hi: Record<UiKey, string> = {
  title: 'यह विजेट पाएँ',
  intro: 'एक विजेट चुनें, उसके विकल्प तय करें और बदलाव तुरंत देखें, फिर स्निपेट कॉपी करके अपने ब्लॉग में लगाएँ।',
  back: 'डेमो ब्लॉग पर वापस जाएँ',
  language: 'भाषा',
  loading: 'विजेट की सूची लोड हो रही है…',
  loadFailed: 'विजेट की सूची (custom-elements.json) लोड नहीं हो सकी। दोबारा कोशिश करने के लिए पेज फिर से लोड करें।',
  stepWidget: '1. विजेट चुनें',
  stepOptions: '2. विकल्प तय करें',
  stepPreview: '3. लाइव देखें',
  stepSnippet: '4. स्निपेट कॉपी करें',
  optionsHelp: 'डिफ़ॉल्ट मान के लिए फ़ील्ड खाली छोड़ दें। हर बदलाव प्रीव्यू में तुरंत दिखता है।',
  default: 'डिफ़ॉल्ट: {value}',
  defaultOn: 'चालू',
  defaultOff: 'बंद',
  range: '{min} से {max} तक की कोई संख्या।',
  listHelp: 'मानों को स्पेस से अलग करें या हर मान अलग पंक्ति में लिखें।',
  hoursHelp: 'हर हिस्सा अलग पंक्ति में लिखें, या हिस्सों को “;” से अलग करें।',
  content: 'टैग के अंदर की सामग्री (HTML)',
  contentHelp: 'विजेट के स्लॉट में दिखती है: {slots}।',
  defaultSlot: 'डिफ़ॉल्ट स्लॉट',
  reset: 'विकल्प फिर से शुरू करें',
  previewLabel: '{tag} का प्रीव्यू',
  previewWarnings: 'विजेट का संदेश:',
  warning: 'चेतावनी:',
  formHtml: 'कोई भी वेबसाइट (HTML)',
  formHtmlHelp: 'इसे अपने पेज के HTML में चिपकाएँ। स्क्रिप्ट वाली पंक्ति हर पेज पर एक बार चाहिए।',
  formGadget: 'Blogger गैजेट',
  formGadgetHelp: 'Blogger में: लेआउट → गैजेट जोड़ें → HTML/JavaScript. इसे चिपकाएँ और सेव करें।',
  formTheme: 'Blogger थीम (XML)',
  formThemeHelp:
    'Blogger में: थीम → HTML में बदलाव करें। जहाँ विजेट दिखाना है वहाँ चिपकाएँ। थीम XML है, इसलिए हर मान उद्धरण चिह्नों में है और & को &amp; लिखा गया है।',
  formNpm: 'npm',
  formNpmHelp: 'बंडलर से बनी साइटों के लिए: पैकेज इंस्टॉल करें और सिर्फ़ यही विजेट इम्पोर्ट करें।',
  copy: 'कॉपी करें',
  copyLabel: 'स्निपेट कॉपी करें: {form}',
  copied: 'क्लिपबोर्ड पर कॉपी हो गया: {form}।',
  copyFailed: 'कॉपी नहीं हो सका। टेक्स्ट चुनकर ख़ुद कॉपी करें।',
};

export const UI_STRINGS: Record<'en' | 'hi', Record<UiKey, string>> = { en, hi };
export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'hi', name: 'हिन्दी' },
] as const;

export function uiText(lang: string, key: UiKey, params: Record<string, string | number> = {}): string {
  const table = lang.toLowerCase().startsWith('hi') ? hi : en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
