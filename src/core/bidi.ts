import { formatDate } from './i18n/index.js';
import { dateTimeFormat } from './i18n/intl.js';

/**
 * Bidirectional isolation for values set inside sentences: a time, a zone, an address or a query keeps its own
 * order whatever the direction around it ("6:00 PM" in Urdu must not show as "PM 6:00").
 *
 * Inside text, values are wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069); a value
 * that is an element of its own is a `<bdi>` in the template instead.
 */
const FSI = '\u2068';
const PDI = '\u2069';
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** `value` isolated where it can be reordered: in right-to-left text, or when it has right-to-left letters. */
export function isolate(value: string, dir: 'ltr' | 'rtl'): string {
  return value && (dir === 'rtl' || RTL_LETTERS.test(value)) ? FSI + value + PDI : value;
}

const TIME_PARTS = new Set(['hour', 'minute', 'second', 'dayPeriod', 'timeZoneName']);

/**
 * `formatDate` with the time of day (hour to time zone) isolated inside right-to-left text: in "منگل، 3 مارچ، 2026
 * کو 12:30 PM UTC" the time would otherwise show as "PM UTC 12:30". Left-to-right text is returned as formatDate gives it.
 */
export function formatWithTime(
  date: Date,
  lang: string,
  options: Intl.DateTimeFormatOptions,
  dir: 'ltr' | 'rtl',
): string {
  if (dir !== 'rtl' || Number.isNaN(date.getTime())) return formatDate(date, lang, options);
  const parts = dateTimeFormat(lang, options).formatToParts(date);
  const first = parts.findIndex((p) => TIME_PARTS.has(p.type));
  let last = -1;
  parts.forEach((p, i) => {
    if (TIME_PARTS.has(p.type)) last = i;
  });
  if (first < 0) return parts.map((p) => p.value).join('');
  return parts.map((p, i) => (i === first ? FSI : '') + p.value + (i === last ? PDI : '')).join('');
}
