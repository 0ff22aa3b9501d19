/**
 * Every `Intl` object the widgets use, made once per language and options and kept (constructing a formatter costs
 * far more than using one). A language the browser cannot format falls back to English rather than throwing.
 */
import { memo, optionsKey, orEnglish } from './cache.js';

// The cache and the date formatters have their own files, so that a widget showing no date does not carry those.
export { memo } from './cache.js';
export { dateFormatter, dateTimeFormat } from './dates.js';
export { languageNames } from './names.js';

export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(`n|${lang}|${optionsKey(options)}`, () => orEnglish(lang, (l) => new Intl.NumberFormat(l, options)));
}

export function pluralRules(lang: string): Intl.PluralRules {
  return memo(`p|${lang}`, () => orEnglish(lang, (l) => new Intl.PluralRules(l)));
}
