/**
 * Free appointment slots: generated in the practice's zone from its weekly hours, as absolute instants, so they
 * can be shown in any zone. Pure: "now" is a parameter, no clock is read.
 */
import { isClosed, type ClosedResult } from './closed.js';
import type { WeeklyHours } from './hours.js';
import { addDays, dateIn, dateKey, instantAt, weekday, type CivilDate } from './zones.js';

/** A slot: `[start, end)` in epoch milliseconds. */
export interface Slot {
  start: number;
  end: number;
}

/** A taken time, from `busy-src`. */
export interface Busy {
  start: number;
  end: number;
}

export interface SlotOptions {
  /** The practice's weekly hours. */
  week: WeeklyHours;
  /** The practice's IANA zone. */
  timezone: string;
  /** The present, epoch milliseconds. */
  now: number;
  /** Session length, minutes. */
  duration: number;
  /** Gap after each session, minutes. */
  buffer: number;
  /** Minimum notice, milliseconds: a slot starts at or after `now + notice`. */
  notice: number;
  /** Days ahead: a slot starts before `now + horizon days`. */
  horizon: number;
  closed?: ClosedResult['ranges'];
  busy?: Busy[];
}

/**
 * Every free slot, in time order. Within an interval slots start every `duration + buffer` minutes of wall-clock
 * time; a slot must end (in real time) by the interval's end. Wall times skipped by a daylight-saving change have
 * no slot.
 */
export function generateSlots(options: SlotOptions): Slot[] {
  const { week, timezone, now, notice, busy = [], closed = [] } = options;
  const duration = Math.max(1, options.duration);
  const step = duration + Math.max(0, options.buffer);
  const earliest = now + Math.max(0, notice);
  const latest = now + Math.max(0, options.horizon) * 86_400_000;
  const slots: Slot[] = [];
  // Practice-local dates from the day before "now" (zone offsets) to the day after the horizon.
  let date: CivilDate = addDays(dateIn(now, timezone), -1);
  const last = dateKey(addDays(dateIn(latest, timezone), 1));
  for (; dateKey(date) <= last; date = addDays(date, 1)) {
    if (isClosed(date, closed)) continue;
    for (const interval of week[weekday(date)] ?? []) {
      const intervalEnd = instantAt(date, interval.end, timezone) ?? instantAt(date, interval.end + 60, timezone);
      if (intervalEnd === undefined) continue;
      for (let minute = interval.start; minute + duration <= interval.end; minute += step) {
        const start = instantAt(date, minute, timezone);
        if (start === undefined) continue;
        const end = start + duration * 60_000;
        if (end > intervalEnd || start < earliest || start >= latest) continue;
        if (busy.some((b) => start < b.end && b.start < end)) continue;
        slots.push({ start, end });
      }
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** Reads `[{ "start": ISO, "end": ISO }]`; entries that are not readable are skipped. */
export function parseBusy(data: unknown): Busy[] {
  if (!Array.isArray(data)) return [];
  const out: Busy[] = [];
  for (const item of data) {
    if (!item || typeof item !== 'object') continue;
    const start = Date.parse(String((item as Record<string, unknown>).start));
    const end = Date.parse(String((item as Record<string, unknown>).end));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) out.push({ start, end });
  }
  return out;
}

/** Slots grouped by their calendar date in `zone` (`YYYY-MM-DD` → slots). */
export function slotsByDate(slots: Slot[], zone: string): Map<string, Slot[]> {
  const out = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = dateKey(dateIn(slot.start, zone));
    const list = out.get(key);
    if (list) list.push(slot);
    else out.set(key, [slot]);
  }
  return out;
}
