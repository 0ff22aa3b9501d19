import { expect } from '@open-wc/testing';
import {
  addMonths,
  firstDayOfWeek,
  monthGrid,
  monthKey,
  monthOf,
  nextFocus,
  weekdayColumns,
} from '../../../src/core/booking/calendar.js';
import type { CivilDate } from '../../../src/core/booking/zones.js';

/** The grid as a visitor reads it: day numbers, blanks as '.'. */
const read = (weeks: (CivilDate | undefined)[][]) =>
  weeks.map((week) => week.map((d) => (d ? String(d.day) : '.')).join(' '));

describe('booking: the month calendar', () => {
  it('lays March 2026 out from Monday: Sunday the 1st alone at the end of the first week', () => {
    expect(read(monthGrid({ year: 2026, month: 3 }, 1))).to.deep.equal([
      '. . . . . . 1',
      '2 3 4 5 6 7 8',
      '9 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 31 . . . . .',
    ]);
  });

  it('lays the same month out from Sunday in five weeks', () => {
    expect(read(monthGrid({ year: 2026, month: 3 }, 0))).to.deep.equal([
      '1 2 3 4 5 6 7',
      '8 9 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
      '29 30 31 . . . .',
    ]);
  });

  it('fills February 2026 from Sunday in exactly four weeks, and knows leap years', () => {
    expect(read(monthGrid({ year: 2026, month: 2 }, 0))).to.have.length(4);
    const leap = monthGrid({ year: 2028, month: 2 }, 6).flat().filter(Boolean);
    expect(leap).to.have.length(29);
    expect(leap[28]).to.deep.equal({ year: 2028, month: 2, day: 29 });
  });

  it('orders the weekday columns from the first day of the week', () => {
    expect(weekdayColumns(1)).to.deep.equal([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayColumns(6)).to.deep.equal([6, 0, 1, 2, 3, 4, 5]);
  });

  it("adds months, keeping the day or taking the shorter month's last", () => {
    expect(addMonths({ year: 2026, month: 1, day: 31 }, 1)).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 12, day: 15 }, 1)).to.deep.equal({ year: 2027, month: 1, day: 15 });
    expect(addMonths({ year: 2026, month: 1, day: 10 }, -1)).to.deep.equal({ year: 2025, month: 12, day: 10 });
    expect(addMonths({ year: 2028, month: 2, day: 29 }, 12)).to.deep.equal({ year: 2029, month: 2, day: 28 });
  });

  it('names the month of a day, and compares months as text', () => {
    expect(monthOf('2026-03-09')).to.deep.equal({ year: 2026, month: 3 });
    expect(monthKey({ year: 2026, month: 3 })).to.equal('2026-03');
    expect(monthKey({ year: 2026, month: 10 }) > monthKey({ year: 2026, month: 9 })).to.equal(true);
  });

  it('reads the first day of the week from the language (Monday in en-GB, Sunday in en-US)', () => {
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(0);
    expect(firstDayOfWeek('not a language!')).to.equal(0);
  });
});

describe("booking: where the grid's focus goes", () => {
  // Wednesday 11 March 2026.
  const from = '2026-03-11';
  const go = (key: string, rtl: boolean, firstDay = 1, shiftKey = false) =>
    nextFocus(from, { key, shiftKey }, { rtl, firstDay });

  it('moves by a day with the arrows in LTR: right is the next day', () => {
    expect(go('ArrowRight', false)).to.equal('2026-03-12');
    expect(go('ArrowLeft', false)).to.equal('2026-03-10');
  });

  it('mirrors the arrows in RTL: right is the day before', () => {
    expect(go('ArrowRight', true)).to.equal('2026-03-10');
    expect(go('ArrowLeft', true)).to.equal('2026-03-12');
  });

  it('moves by a week up and down, in either direction', () => {
    for (const rtl of [false, true]) {
      expect(go('ArrowDown', rtl)).to.equal('2026-03-18');
      expect(go('ArrowUp', rtl)).to.equal('2026-03-04');
    }
  });

  it('goes to the first and last day of the week, which follows the first day of the week', () => {
    expect(go('Home', false, 1)).to.equal('2026-03-09'); // Monday
    expect(go('End', false, 1)).to.equal('2026-03-15'); // Sunday
    expect(go('Home', true, 0)).to.equal('2026-03-08'); // Sunday
    expect(go('End', true, 0)).to.equal('2026-03-14'); // Saturday
    expect(go('Home', false, 6)).to.equal('2026-03-07'); // Saturday
  });

  it('moves by a month with PageUp/PageDown, and by a year with Shift', () => {
    expect(go('PageDown', false)).to.equal('2026-04-11');
    expect(go('PageUp', false)).to.equal('2026-02-11');
    expect(go('PageDown', true, 1, true)).to.equal('2027-03-11');
    expect(go('PageUp', false, 1, true)).to.equal('2025-03-11');
    expect(nextFocus('2026-03-31', { key: 'PageDown' }, { rtl: false, firstDay: 1 })).to.equal('2026-04-30');
  });

  it('crosses month and year ends with the arrows', () => {
    expect(nextFocus('2026-12-31', { key: 'ArrowRight' }, { rtl: false, firstDay: 1 })).to.equal('2027-01-01');
    expect(nextFocus('2026-03-01', { key: 'ArrowUp' }, { rtl: false, firstDay: 1 })).to.equal('2026-02-22');
  });

  it('leaves other keys (Enter, Space, letters, Tab) to the widget', () => {
    for (const key of ['Enter', ' ', 'a', 'Tab']) expect(go(key, false)).to.equal(undefined);
    expect(nextFocus('not a date', { key: 'ArrowRight' }, { rtl: false, firstDay: 1 })).to.equal(undefined);
  });
});
