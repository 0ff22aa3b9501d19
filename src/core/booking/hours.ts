/**
 * Weekly opening hours in a small readable syntax:
 *
 *   `mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00`
 *
 * Parts are separated by `;` or by line breaks (one part a line reads exactly as `;` does). Each part names days (a day, a range `mon-fri`, or a list `mon,wed,fri`, ranges and
 * lists mixed) followed by one or more intervals `HH:MM-HH:MM` (`10-13` and `9:30-12` also read; `24:00` ends a
 * day). An interval that ends at or before it starts would cross midnight and is rejected. A later part adds to the
 * days it names. Every part that cannot be read is reported by name and skipped; the rest still count.
 */

/** Minutes after midnight, `[start, end)`. */
export interface Interval {
  start: number;
  end: number;
}

/** Intervals per weekday, index 0 = Sunday … 6 = Saturday, sorted and merged. */
export type WeeklyHours = Interval[][];

export interface HoursResult {
  week: WeeklyHours;
  /** One sentence per part that could not be read, naming the part. */
  problems: string[];
}

const NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A day by its English name or a prefix of it of at least three letters: `mon`, `tues`, `thursday`. */
function readDay(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = NAMES.findIndex((name) => name.startsWith(lower));
  return index < 0 ? undefined : index;
}

function readDays(spec: string): number[] | string {
  const days = new Set<number>();
  for (const item of spec.split(',').filter(Boolean)) {
    const range = item.split('-');
    if (range.length > 2) return `"${item}" is not a day or a range of days`;
    const from = readDay(range[0]);
    if (from === undefined) return `"${range[0]}" is not a day`;
    if (range.length === 1) {
      days.add(from);
      continue;
    }
    const to = readDay(range[1]);
    if (to === undefined) return `"${range[1]}" is not a day`;
    // `fri-mon` wraps over the weekend.
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  if (!days.size) return 'no days named';
  return [...days];
}

function readTime(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

function readInterval(text: string): Interval | string {
  const pieces = text.split('-');
  if (pieces.length !== 2) return `"${text}" is not a time range like 10:00-13:00`;
  const start = readTime(pieces[0]);
  const end = readTime(pieces[1]);
  if (start === undefined || end === undefined || start === 24 * 60)
    return `"${text}" is not a time range like 10:00-13:00`;
  if (end <= start) return `"${text}" crosses midnight or is empty; split it into two days`;
  return { start, end };
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else out.push({ ...interval });
  }
  return out;
}

/** Reads the `hours` syntax. */
export function parseHours(text: string): HoursResult {
  const week: WeeklyHours = [[], [], [], [], [], [], []];
  const problems: string[] = [];
  for (const raw of text.split(/[;\r\n]/)) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (!part) continue;
    // Days may be written with spaces around commas and dashes: "mon - fri", "mon, wed".
    const normal = part.replace(/\s*([,-])\s*/g, '$1');
    const at = normal.search(/\s\d/);
    if (at < 0) {
      problems.push(`could not read "${part}": no times after the days`);
      continue;
    }
    const days = readDays(normal.slice(0, at));
    if (typeof days === 'string') {
      problems.push(`could not read "${part}": ${days}`);
      continue;
    }
    const intervals: Interval[] = [];
    for (const piece of normal
      .slice(at + 1)
      .split(/[\s,]+/)
      .filter(Boolean)) {
      const interval = readInterval(piece);
      if (typeof interval === 'string') problems.push(`could not read "${part}": ${interval}`);
      else intervals.push(interval);
    }
    for (const day of days) week[day].push(...intervals);
  }
  return { week: week.map(merge), problems };
}
