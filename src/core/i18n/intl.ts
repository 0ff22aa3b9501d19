/**
 * Every `Intl` object the widgets use, made once per language and options and kept (constructing a formatter costs
 * far more than using one). A language the browser cannot format falls back to English rather than throwing.
 */
import { direction } from './direction.js';

const cache = new Map<string, unknown>();

/**
 * The cached value for `key`, made by `make` the first time. Exported for the formatters that only one widget needs
 * (core/booking/locale.ts), so that they stay out of the shared chunk while sharing this one cache.
 */
export function memo<T>(key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  cache.set(key, value);
  return value;
}

/** `make(lang)`, or `make('en')` when the browser refuses `lang` (an invalid option still throws). */
function orEnglish<T>(lang: string, make: (lang: string) => T): T {
  try {
    return make(lang);
  } catch {
    return make('en');
  }
}

const optionsKey = (options?: object) => (options ? JSON.stringify(options) : '');

export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(`n|${lang}|${optionsKey(options)}`, () => orEnglish(lang, (l) => new Intl.NumberFormat(l, options)));
}

/** Throws (and keeps nothing) when `options` themselves are invalid, e.g. an unknown `timeZone`. */
export function dateTimeFormat(lang: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`d|${lang}|${optionsKey(options)}`, () => orEnglish(lang, (l) => new Intl.DateTimeFormat(l, options)));
}

export function pluralRules(lang: string): Intl.PluralRules {
  return memo(`p|${lang}`, () => orEnglish(lang, (l) => new Intl.PluralRules(l)));
}

/** Language names written in `lang` (English names where `lang` has none); null where the browser has no DisplayNames. */
export function languageNames(lang: string): Intl.DisplayNames | null {
  return memo(`l|${lang}`, () => {
    try {
      return new Intl.DisplayNames([lang, 'en'], { type: 'language' });
    } catch {
      return null;
    }
  });
}

/**
 * A formatter for `options`. A date with a time whose pattern puts a word after the time (Hindi "को 11:30 am IST
 * बजे", Telugu "ISTకి") reads badly with a 12-hour clock: such a language gets the date and the time formatted
 * apart and joined with a comma ("मंगलवार, 3 मार्च 2026, 11:30 am IST"). Other languages keep their pattern.
 */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  return memo(`f|${lang}|${optionsKey(options)}`, () => makeDateFormat(lang, options));
}

function makeDateFormat(lang: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const make = (o: Intl.DateTimeFormatOptions) => dateTimeFormat(lang, o);
  const whole = make(options);
  const parts = options.hour ? whole.formatToParts(0) : [];
  const hour = parts.findIndex((p) => p.type === 'hour');
  if (parts.some((p, i) => i > hour && p.type === 'literal' && /\p{L}/u.test(p.value)) && parts.some((p) => p.type === 'day')) {
    const { hour, minute, second, hour12, hourCycle, dayPeriod, timeZoneName, ...day } = options;
    const date = make(day);
    const time = make({ timeZone: options.timeZone, hour, minute, second, hour12, hourCycle, dayPeriod, timeZoneName });
    const comma = direction(lang) === 'rtl' ? '، ' : ', ';
    return (value) => date.format(value) + comma + time.format(value);
  }
  return (value) => whole.format(value);
}
