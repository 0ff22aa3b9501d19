/**
 * The month calendar's arithmetic, pure: the weeks of a month as a grid, months added to a date, the first day of the
 * week in a language, and where the grid's focus goes for each key (ARIA date-picker grid keys, mirrored in RTL).
 * No rendering and no clock here (core/booking/zones.ts has the calendar dates themselves).
 */
import { memo } from '../i18n/intl.js';
import { addDays, dateKey, parseDateKey, weekday, type CivilDate } from './zones.js';

/** A month of the calendar: `month` is 1-12. */
export interface Month {
  year: number;
  month: number;
}

/** The first day of the week in `lang`, 0 = Sunday (Sunday where the browser does not say). */
export function firstDayOfWeek(lang: string): number {
  return memo(`w|${lang}`, () => {
    try {
      const locale = new Intl.Locale(lang) as Intl.Locale & {
        getWeekInfo?: () => { firstDay: number };
        weekInfo?: { firstDay: number };
      };
      return (locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 7) % 7;
    } catch {
      return 0;
    }
  });
}

/** The month `key` (`YYYY-MM-DD`) falls in. */
export function monthOf(key: string): Month {
  const { year, month } = parseDateKey(key)!;
  return { year, month };
}

/** `YYYY-MM` of a month, to compare months as strings. */
export function monthKey(view: Month): string {
  return `${String(view.year).padStart(4, '0')}-${String(view.month).padStart(2, '0')}`;
}

/** `date` moved by `months` (negative: back), on the same day or the month's last when it is shorter. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, last) };
}

/** The weekdays (0 = Sunday) of the grid's columns, from `firstDay`. */
export function weekdayColumns(firstDay: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (firstDay + i) % 7);
}

/** The month as weeks of seven cells, each a date of the month or undefined (before the 1st and after the last). */
export function monthGrid(view: Month, firstDay: number): (CivilDate | undefined)[][] {
  const lead = (weekday({ year: view.year, month: view.month, day: 1 }) - firstDay + 7) % 7;
  const days = new Date(Date.UTC(view.year, view.month, 0)).getUTCDate();
  const cells: (CivilDate | undefined)[] = Array<undefined>(lead).fill(undefined);
  for (let day = 1; day <= days; day += 1) cells.push({ year: view.year, month: view.month, day });
  while (cells.length % 7) cells.push(undefined);
  const weeks: (CivilDate | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Where the grid's focus goes from the day `key` for a key press: arrows by a day (mirrored when `rtl`) or a week,
 * Home/End to the week's first/last day, PageUp/PageDown by a month (with Shift by a year). Undefined for any other
 * key (Enter and Space choose the day; the widget handles them). Not clamped to what can be booked.
 */
export function nextFocus(
  key: string,
  event: { key: string; shiftKey?: boolean },
  options: { rtl: boolean; firstDay: number },
): string | undefined {
  const current = parseDateKey(key);
  if (!current) return undefined;
  const column = (weekday(current) - options.firstDay + 7) % 7;
  const step = options.rtl ? -1 : 1;
  const year = event.shiftKey ? 12 : 1;
  switch (event.key) {
    case 'ArrowRight':
      return dateKey(addDays(current, step));
    case 'ArrowLeft':
      return dateKey(addDays(current, -step));
    case 'ArrowDown':
      return dateKey(addDays(current, 7));
    case 'ArrowUp':
      return dateKey(addDays(current, -7));
    case 'Home':
      return dateKey(addDays(current, -column));
    case 'End':
      return dateKey(addDays(current, 6 - column));
    case 'PageUp':
      return dateKey(addMonths(current, -year));
    case 'PageDown':
      return dateKey(addMonths(current, year));
    default:
      return undefined;
  }
}
