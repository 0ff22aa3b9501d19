/**
 * Time zones with `Intl` only: wall-clock parts of an instant in a zone, and the instant of a wall-clock time.
 * Correct across daylight-saving changes: a wall time that does not exist (the spring-forward gap) has no
 * instant, an ambiguous one (the autumn repeat) resolves to the earlier instant.
 */
import { dateTimeFormat, memo } from '../i18n/intl.js';

/** A calendar date: `{ year, month (1-12), day }`. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Throws for a zone the browser does not know. Kept per zone: this is called for every slot. */
function partsFormat(zone: string): Intl.DateTimeFormat {
  return memo(`z|${zone}`, () =>
    dateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  );
}

/** True when `zone` is an IANA time zone this browser knows. */
export function isValidZone(zone: string | undefined | null): boolean {
  if (!zone || typeof zone !== 'string') return false;
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The visitor's own zone (from the browser), UTC when unknown. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The canonical spelling of a zone (`asia/kolkata` → `Asia/Kolkata`). */
export function canonicalZone(zone: string): string {
  return partsFormat(zone).resolvedOptions().timeZone;
}

export interface WallTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock time of an instant in a zone. */
export function wallTime(instant: number, zone: string): WallTime {
  const out: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour % 24,
    minute: out.minute,
    second: out.second,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Kolkata: +19 800 000). */
export function zoneOffset(instant: number, zone: string): number {
  const w = wallTime(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which a zone's clocks show `date` at `minutes` after midnight; `undefined` when that wall time is
 * skipped by a daylight-saving change. Of two instants (clocks set back) the earlier is returned.
 */
export function instantAt(date: CivilDate, minutes: number, zone: string): number | undefined {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const steady = steadyOffset(date, zone);
  if (steady !== undefined) return wall - steady;
  const offsets = new Set([
    zoneOffset(wall - 86_400_000, zone),
    zoneOffset(wall, zone),
    zoneOffset(wall + 86_400_000, zone),
  ]);
  let best: number | undefined;
  for (const offset of offsets) {
    const candidate = wall - offset;
    if (zoneOffset(candidate, zone) === offset && (best === undefined || candidate < best)) best = candidate;
  }
  return best;
}

const steadyOffsets = new Map<string, number | null>();

/**
 * The zone's offset throughout a date when it does not change around it (most days), else undefined. Every
 * instant whose wall date is `date` lies between 14 hours before its UTC midnight and 12 hours after the next.
 */
function steadyOffset(date: CivilDate, zone: string): number | undefined {
  const key = `${zone}|${date.year}-${date.month}-${date.day}`;
  let known = steadyOffsets.get(key);
  if (known === undefined) {
    const midnight = Date.UTC(date.year, date.month - 1, date.day);
    const before = zoneOffset(midnight - 14 * 3_600_000, zone);
    const after = zoneOffset(midnight + 36 * 3_600_000, zone);
    known = before === after ? before : null;
    if (steadyOffsets.size > 5000) steadyOffsets.clear();
    steadyOffsets.set(key, known);
  }
  return known ?? undefined;
}

const DAY = 86_400_000;
const steadyDays = new Map<string, number | null>();

/**
 * The zone's offset at an instant. Remembered per UTC day when it is the same at both ends of the day (every day
 * but a change's, whose last change can come no later than its last quarter hour), so that dating hundreds of slots
 * costs two `Intl` calls a day rather than one each.
 */
function offsetNear(instant: number, zone: string): number {
  const day = Math.floor(instant / DAY) * DAY;
  const key = `${zone}|${day}`;
  let steady = steadyDays.get(key);
  if (steady === undefined) {
    const start = zoneOffset(day, zone);
    steady = start === zoneOffset(day + DAY - 900_000, zone) ? start : null;
    if (steadyDays.size > 5000) steadyDays.clear();
    steadyDays.set(key, steady);
  }
  return steady ?? zoneOffset(instant, zone);
}

/** The calendar date of an instant in a zone. */
export function dateIn(instant: number, zone: string): CivilDate {
  const local = new Date(instant + offsetNear(instant, zone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** `2026-03-08` */
export function dateKey(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Parses `2026-03-08`; undefined when it is not a real date. */
export function parseDateKey(text: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return undefined;
  return date;
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week, 0 = Sunday. */
export function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Days from `a` to `b`. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
