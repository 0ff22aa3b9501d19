/** Numbers and dates as a language writes them, through the shared `Intl` cache (./intl.ts). */
import { dateFormatter, numberFormat } from './intl.js';

/** A number as the language writes it. */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(value);
}

/** A date as the language writes it ("12 March 2025", "12 मार्च 2025" by default). */
export function formatDate(
  date: Date,
  lang: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(lang, options)(date);
}
