/**
 * From booking's attributes to what can be booked, pure: the practice's and the visitor's zones, and the free
 * slots from the weekly hours, closed dates and taken times. What could not be read comes back as `problems` (the
 * widget warns with them); nothing here throws.
 */
import { Words } from '../warn.js';
import { parseClosed } from './closed.js';
import { parseHours } from './hours.js';
import { generateSlots, type Busy, type Slot, type SlotOptions } from './slots.js';
import { isValidZone } from './zones.js';

/** An attribute that could not be read: why, and what is used instead. */
export interface Problem {
  attribute: string;
  why: string;
  using: unknown;
}

/** The zones from `timezone` and `visitor-timezone`: unknown or missing ones fall back to the browser's. */
export function resolveZones(
  timezone: string,
  visitorTimezone: string,
  browser: string,
): { practiceZone: string; visitorZone: string; problems: Problem[] } {
  const problems: Problem[] = [];
  let visitorZone = browser;
  let practiceZone: string;
  const visitor = (visitorTimezone ?? '').trim();
  const practice = (timezone ?? '').trim();
  if (visitor) {
    if (isValidZone(visitor)) visitorZone = visitor;
    else
      problems.push({
        attribute: 'visitor-timezone',
        why: `"${visitorTimezone}" is not an IANA time zone`,
        using: browser,
      });
  }
  if (isValidZone(practice)) practiceZone = practice;
  else {
    const why = practice
      ? `"${practice}" is not an IANA time zone like Asia/Kolkata`
      : 'missing (the practice\u2019s IANA time zone, like Asia/Kolkata)';
    problems.push({ attribute: 'timezone', why, using: new Words(`the visitor's zone, ${visitorZone}`) });
    practiceZone = visitorZone;
  }
  return { practiceZone, visitorZone, problems };
}

/** What `generateSlots` takes, with `hours` and `closed` as the attributes are written. */
export interface ScheduleSettings extends Omit<SlotOptions, 'week' | 'closed' | 'busy'> {
  hours: string;
  closed: string;
  busy: Busy[];
}

/** The free slots, and what in `hours` and `closed` could not be read. */
export function freeSlots(settings: ScheduleSettings): { slots: Slot[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const hours = parseHours(settings.hours ?? '');
  // What is used instead: the parts that could be read, or nothing at all when none could.
  const rest = new Words(hours.week.some((day) => day.length) ? 'the other parts' : 'no hours (no day can be booked)');
  for (const why of hours.problems) problems.push({ attribute: 'hours', why, using: rest });
  const closed = parseClosed(settings.closed ?? '');
  for (const why of closed.problems) problems.push({ attribute: 'closed', why, using: new Words('the other dates') });
  const slots = generateSlots({
    week: hours.week,
    timezone: settings.timezone,
    now: settings.now,
    duration: settings.duration,
    buffer: settings.buffer,
    notice: settings.notice,
    horizon: settings.horizon,
    closed: closed.ranges,
    busy: settings.busy,
  });
  return { slots, problems };
}
