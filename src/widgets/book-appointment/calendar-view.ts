/**
 * What <book-appointment> shows before a day is picked: the month grid (ARIA grid: one Tab stop, arrow keys through
 * core/booking/calendar.ts's nextFocus) and the free times of the chosen day. Render functions only: the widget keeps
 * the state and hands it over at every render as a `CalendarState`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../core/bidi.js';
import { monthGrid, monthKey, monthOf, weekdayColumns } from '../../core/booking/calendar.js';
import type { Slot } from '../../core/booking/slots.js';
import { dateKey, parseDateKey, type CivilDate } from '../../core/booking/zones.js';
import { heading } from '../../core/heading.js';
import { formatDate, type Params, type StringKey } from '../../core/i18n/index.js';
import { narrowWeekday } from './weekday-fit.js';

/** What the calendar and the times show, and what they tell the widget. */
export interface CalendarState {
  language: string;
  dir: 'ltr' | 'rtl';
  t(key: StringKey, params?: Params): string;
  /** Level of the month's and the times' headings. */
  level: number;
  firstDay: number;
  /** The grid's Tab stop; the month shown is its month. */
  focusKey: string;
  /** Today and the last day that can be booked, in the zone shown. */
  todayKey: string;
  lastKey: string;
  /** The day chosen, and the day last chosen that has no free times. */
  dayKey?: string;
  emptyDay?: string;
  /** Free times by day, in the zone shown. */
  byDay: Map<string, Slot[]>;
  chosen?: Slot;
  displayZone: string;
  onKey(event: KeyboardEvent): void;
  onMonth(delta: number): void;
  onDay(key: string): void;
  onSlot(slot: Slot): void;
}

/** "09:30" in `zone`. */
export function formatTime(language: string, instant: number, zone: string): string {
  return formatDate(new Date(instant), language, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
}

/** "Monday 9 March 2026" (without the year when `withYear` is false). */
export function formatDay(language: string, date: CivilDate, withYear = true): string {
  return formatDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), language, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}

export function renderCalendar(c: CalendarState): TemplateResult {
  // The month shown is always the focused day's.
  const view = monthOf(c.focusKey ?? c.todayKey);
  const first = c.firstDay;
  const weeks = monthGrid(view, first);
  const headers = weekdayColumns(first).map((day) => {
    const sample = new Date(Date.UTC(2026, 1, 1 + day)); // 1 Feb 2026 is a Sunday
    const short = formatDate(sample, c.language, { timeZone: 'UTC', weekday: 'short' });
    return {
      short,
      narrow: narrowWeekday(short, formatDate(sample, c.language, { timeZone: 'UTC', weekday: 'narrow' })),
      long: formatDate(sample, c.language, { timeZone: 'UTC', weekday: 'long' }),
    };
  });
  const monthLabel = formatDate(new Date(Date.UTC(view.year, view.month - 1, 1)), c.language, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  });
  const firstMonth = c.todayKey.slice(0, 7);
  const lastMonth = c.lastKey.slice(0, 7);
  const shown = monthKey(view);
  const today = c.todayKey;
  return html`<div class="calendar" part="calendar">
    <div class="month">
      <button type="button" class="prev" aria-label=${c.t('booking.prevMonth')} ?disabled=${shown <= firstMonth}
        @click=${() => c.onMonth(-1)}>${c.dir === 'rtl' ? '\u203A' : '\u2039'}</button>
      ${heading(c.level, { id: 'month', live: 'polite' }, monthLabel)}
      <button type="button" class="next" aria-label=${c.t('booking.nextMonth')} ?disabled=${shown >= lastMonth}
        @click=${() => c.onMonth(1)}>${c.dir === 'rtl' ? '\u2039' : '\u203A'}</button>
    </div>
    <p class="visually-hidden" id="grid-help">${c.t('booking.calendarHelp')}</p>
    <table role="grid" aria-labelledby="month" aria-describedby="grid-help" @keydown=${c.onKey}>
      <thead>
        <tr>${headers.map(
          (
            h,
          ) => html`<th scope="col"><span class="visually-hidden">${h.long}</span><span class="short" aria-hidden="true">${h.short}</span><span
            class=${h.narrow ? 'narrow' : 'narrow tight'} aria-hidden="true">${h.narrow || h.short}</span></th>`,
        )}</tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((date) => {
              if (!date) return html`<td></td>`;
              const key = dateKey(date);
              const free = c.byDay.get(key)?.length ?? 0;
              const label = free
                ? formatDay(c.language, date)
                : c.t('booking.noTimesDay', { date: formatDay(c.language, date) });
              return html`<td role="gridcell" data-date=${key} tabindex=${key === c.focusKey ? 0 : -1}
                class=${key === today ? 'today' : ''} aria-label=${label} aria-disabled=${free ? 'false' : 'true'}
                aria-selected=${key === c.dayKey ? 'true' : 'false'} aria-current=${key === today ? 'date' : nothing}
                @click=${() => c.onDay(key)}>${formatDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), c.language, { timeZone: 'UTC', day: 'numeric' })}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderTimes(c: CalendarState): TemplateResult {
  const day = c.dayKey ? parseDateKey(c.dayKey) : undefined;
  const times = c.dayKey ? (c.byDay.get(c.dayKey) ?? []) : [];
  const dayText = day ? formatDay(c.language, day, false) : '';
  return html`<div class="times-block">
    <p class="status" role="status">${
      c.emptyDay
        ? c.t('booking.noTimesDay', { date: isolate(formatDay(c.language, parseDateKey(c.emptyDay)!, false), c.dir) })
        : day
          ? c.t('booking.timeCount', { count: times.length, date: isolate(dayText, c.dir) })
          : ''
    }</p>
    ${
      day
        ? html`${heading(c.level, { id: 'times-heading' }, c.t('booking.timesOn', { date: isolate(dayText, c.dir) }))}
          <ul class="times" part="times" aria-labelledby="times-heading">
            ${times.map(
              (slot) => html`<li>
                <button type="button" class="button" part="button" data-start=${new Date(slot.start).toISOString()}
                  aria-pressed=${c.chosen?.start === slot.start ? 'true' : 'false'} @click=${() => c.onSlot(slot)}>
                  <bdi>${formatTime(c.language, slot.start, c.displayZone)}</bdi>
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${c.t('booking.pickDate')}</p>`
    }
  </div>`;
}

/** The zone line above the calendar. */
export interface ZoneState {
  t(key: StringKey, params?: Params): string;
  dir: 'ltr' | 'rtl';
  /** The name of the zone times are shown in, and of the other one (undefined when both are the same). */
  shown: string;
  other?: string;
  /** Whether the practice's zone is shown. */
  inPractice: boolean;
  onSwitch(): void;
}

/** "Times are shown in …", with the switch to the other zone when the two differ. */
export function renderZone(z: ZoneState): TemplateResult {
  return html`<p class="zone">
    <span>${z.t('booking.timesShownIn', { zone: isolate(z.shown, z.dir) })}</span>
    ${
      z.other !== undefined
        ? html`<button type="button" class="link-button zone-switch" @click=${z.onSwitch}>
          ${z.t(z.inPractice ? 'booking.showMine' : 'booking.showPractice', { zone: isolate(z.other, z.dir) })}
        </button>`
        : nothing
    }
  </p>`;
}
