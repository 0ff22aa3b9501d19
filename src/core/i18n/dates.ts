/** Date and time formatters (the widgets that show dates), through the shared cache. */
import { memo, optionsKey, orEnglish } from './cache.js';
import { direction } from './direction.js';

/** Throws (and keeps nothing) when `options` themselves are invalid, e.g. an unknown `timeZone`. */
export function dateTimeFormat(lang: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`d|${lang}|${optionsKey(options)}`, () => orEnglish(lang, (l) => new Intl.DateTimeFormat(l, options)));
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
  if (
    parts.some((p, i) => i > hour && p.type === 'literal' && /\p{L}/u.test(p.value)) &&
    parts.some((p) => p.type === 'day')
  ) {
    const { hour, minute, second, hour12, hourCycle, dayPeriod, timeZoneName, ...day } = options;
    const date = make(day);
    const time = make({ timeZone: options.timeZone, hour, minute, second, hour12, hourCycle, dayPeriod, timeZoneName });
    const comma = direction(lang) === 'rtl' ? '، ' : ', ';
    return (value) => date.format(value) + comma + time.format(value);
  }
  return (value) => whole.format(value);
}
