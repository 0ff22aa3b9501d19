/**
 * Closed dates: `2026-12-25 2026-12-30..2027-01-02` (single dates and inclusive ranges, space- or
 * comma-separated), in the practice's calendar.
 */
import { parseDateKey, dateKey, type CivilDate } from './zones.js';

export interface ClosedResult {
  /** Inclusive ranges as `YYYY-MM-DD` keys (which compare correctly as strings). */
  ranges: { from: string; to: string }[];
  problems: string[];
}

export function parseClosed(text: string): ClosedResult {
  const ranges: ClosedResult['ranges'] = [];
  const problems: string[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const [a, b, ...rest] = item.split('..');
    const from = parseDateKey(a);
    const to = b === undefined ? from : parseDateKey(b);
    if (!from || !to || rest.length) {
      problems.push(`could not read "${item}": not a date like 2026-12-25 or a range like 2026-12-30..2027-01-02`);
      continue;
    }
    const [x, y] = [dateKey(from), dateKey(to)].sort();
    ranges.push({ from: x, to: y });
  }
  return { ranges, problems };
}

export function isClosed(date: CivilDate | string, ranges: ClosedResult['ranges']): boolean {
  const key = typeof date === 'string' ? date : dateKey(date);
  return ranges.some((range) => key >= range.from && key <= range.to);
}
