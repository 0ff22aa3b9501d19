import { expect } from '@open-wc/testing';
import { parseClosed } from '../../../src/core/booking/closed.js';
import { parseHours } from '../../../src/core/booking/hours.js';
import { generateSlots, parseBusy, slotsByDate, type SlotOptions } from '../../../src/core/booking/slots.js';
import { dateIn, instantAt, isValidZone, wallTime, zoneOffset } from '../../../src/core/booking/zones.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
/** "2026-03-06 07:30" as seen in a zone. */
function shown(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

function slots(partial: Partial<SlotOptions> & { hours: string; now: number; closed?: never }, closed = ''): number[] {
  const { hours, ...rest } = partial;
  return generateSlots({
    week: parseHours(hours).week,
    timezone: 'Asia/Kolkata',
    duration: 50,
    buffer: 10,
    notice: 0,
    horizon: 30,
    closed: parseClosed(closed).ranges,
    ...rest,
  }).map((s) => s.start);
}

describe('booking: hours syntax', () => {
  it('reads day ranges, lists and several intervals a day', () => {
    const { week, problems } = parseHours('mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00; sun,wed 9-9:30');
    expect(problems).to.deep.equal([]);
    expect(week[1]).to.deep.equal([
      { start: 600, end: 780 },
      { start: 840, end: 1080 },
    ]);
    expect(week[6]).to.deep.equal([{ start: 600, end: 840 }]);
    expect(week[0]).to.deep.equal([{ start: 540, end: 570 }]);
    expect(week[3]).to.deep.equal([
      { start: 540, end: 570 },
      { start: 600, end: 780 },
      { start: 840, end: 1080 },
    ]);
  });

  it('reads one part a line, exactly as parts separated by ";"', () => {
    const lines = parseHours('mon-fri 10:00-13:00 14:00-18:00\r\n  sat 10:00-14:00\n\nsun 9-9:30\n');
    expect(lines.problems).to.deep.equal([]);
    expect(lines.week).to.deep.equal(parseHours('mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00; sun 9-9:30').week);
    expect(lines.week[6]).to.deep.equal([{ start: 600, end: 840 }]); // Saturday kept
    expect(lines.week[1]).to.deep.equal([
      { start: 600, end: 780 },
      { start: 840, end: 1080 },
    ]); // lunch not bookable
  });

  it('accepts full day names, spaces around dashes, wrapping ranges and 24:00', () => {
    const { week, problems } = parseHours('Friday - Monday 20:00-24:00');
    expect(problems).to.deep.equal([]);
    expect(week.map((d) => d.length)).to.deep.equal([1, 1, 0, 0, 0, 1, 1]);
    expect(week[5]).to.deep.equal([{ start: 1200, end: 1440 }]);
  });

  it('rejects hours crossing midnight, naming the part, and keeps the rest', () => {
    const { week, problems } = parseHours('fri 22:00-02:00; sat 10:00-12:00');
    expect(problems).to.deep.equal([
      'could not read "fri 22:00-02:00": "22:00-02:00" crosses midnight or is empty; split it into two days',
    ]);
    expect(week[5]).to.deep.equal([]);
    expect(week[6]).to.deep.equal([{ start: 600, end: 720 }]);
  });

  it('names the part with a syntax error', () => {
    const { week, problems } = parseHours('mon-fry 10:00-12:00; tue 10:00-1x:00; wed; thu 9:00-10:00');
    expect(problems).to.deep.equal([
      'could not read "mon-fry 10:00-12:00": "fry" is not a day',
      'could not read "tue 10:00-1x:00": "10:00-1x:00" is not a time range like 10:00-13:00',
      'could not read "wed": no times after the days',
    ]);
    expect(week[4]).to.deep.equal([{ start: 540, end: 600 }]);
    expect(week[1]).to.deep.equal([]);
  });
});

describe('booking: closed dates', () => {
  it('reads dates and inclusive ranges, and warns about the rest', () => {
    const { ranges, problems } = parseClosed('2026-12-25 2026-12-30..2027-01-02, 2026-02-30 soon');
    expect(ranges).to.deep.equal([
      { from: '2026-12-25', to: '2026-12-25' },
      { from: '2026-12-30', to: '2027-01-02' },
    ]);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('"2026-02-30"');
    expect(problems[1]).to.contain('"soon"');
  });
});

describe('booking: time zones with Intl', () => {
  it('knows valid zones and offsets across DST', () => {
    expect(isValidZone('Asia/Kolkata')).to.equal(true);
    expect(isValidZone('Mars/Olympus')).to.equal(false);
    expect(isValidZone('')).to.equal(false);
    expect(zoneOffset(at('2026-03-08T06:59:00Z'), 'America/New_York')).to.equal(-5 * 3_600_000);
    expect(zoneOffset(at('2026-03-08T07:00:00Z'), 'America/New_York')).to.equal(-4 * 3_600_000);
    expect(zoneOffset(at('2026-03-08T07:00:00Z'), 'Asia/Kolkata')).to.equal(5.5 * 3_600_000);
  });

  it('has no instant for a skipped wall time and the earlier one for a repeated wall time', () => {
    const march29 = { year: 2026, month: 3, day: 29 };
    expect(instantAt(march29, 60 + 30, 'Europe/London')).to.equal(undefined);
    expect(iso(instantAt(march29, 30, 'Europe/London')!)).to.equal('2026-03-29T00:30:00Z');
    expect(iso(instantAt(march29, 120, 'Europe/London')!)).to.equal('2026-03-29T01:00:00Z');
    const october25 = { year: 2026, month: 10, day: 25 };
    expect(iso(instantAt(october25, 90, 'Europe/London')!)).to.equal('2026-10-25T00:30:00Z');
    expect(iso(instantAt(october25, 150, 'Europe/London')!)).to.equal('2026-10-25T02:30:00Z');
  });
  it("dates every quarter hour of the days around each DST change as the zone's own clock does", () => {
    // dateIn remembers offsets per day; each instant's date must still be the one its wall clock shows, also in
    // zones that change at midnight (Santiago), by half an hour (Lord Howe) or sit at :45 offsets (Chatham).
    const days: Array<[string, string]> = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['America/Santiago', '2026-04-05'],
      ['America/Santiago', '2026-09-06'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
      ['Pacific/Chatham', '2026-04-05'],
      ['Asia/Kolkata', '2026-03-08'],
    ];
    let checked = 0;
    for (const [zone, day] of days) {
      const from = at(`${day}T00:00:00Z`) - 2 * 86_400_000;
      for (let instant = from; instant < from + 4 * 86_400_000; instant += 15 * 60_000) {
        for (const t of [instant, instant + 14 * 60_000]) {
          const wall = wallTime(t, zone);
          expect(dateIn(t, zone), `${zone} ${iso(t)}`).to.deep.equal({
            year: wall.year,
            month: wall.month,
            day: wall.day,
          });
          checked += 1;
        }
      }
    }
    expect(checked).to.equal(days.length * 4 * 96 * 2);
  });
});

describe('booking: slots', () => {
  it('a practice in Asia/Kolkata seen from America/New_York moves an hour at the US switch', () => {
    // Friday 6 March 2026 … Monday 9 March: New York springs forward on Sunday 8 March, Kolkata does not.
    const now = at('2026-03-05T00:00:00Z');
    const starts = slots({ hours: 'mon-fri 18:00-20:00', now, horizon: 5 });
    expect(starts.map((s) => shown(s, 'Asia/Kolkata'))).to.deep.equal([
      '2026-03-05 18:00',
      '2026-03-05 19:00',
      '2026-03-06 18:00',
      '2026-03-06 19:00',
      '2026-03-09 18:00',
      '2026-03-09 19:00',
    ]);
    expect(starts.map((s) => shown(s, 'America/New_York'))).to.deep.equal([
      '2026-03-05 07:30',
      '2026-03-05 08:30',
      '2026-03-06 07:30',
      '2026-03-06 08:30',
      '2026-03-09 08:30',
      '2026-03-09 09:30',
    ]);
    expect(iso(starts[2])).to.equal('2026-03-06T12:30:00Z');
    expect(iso(starts[4])).to.equal('2026-03-09T12:30:00Z');
  });

  it('a practice in America/New_York keeps its wall-clock hours across its own switch', () => {
    const now = at('2026-03-06T00:00:00Z');
    const starts = generateSlots({
      week: parseHours('fri,mon 09:00-10:00').week,
      timezone: 'America/New_York',
      now,
      duration: 50,
      buffer: 10,
      notice: 0,
      horizon: 5,
    }).map((s) => s.start);
    expect(starts.map(iso)).to.deep.equal(['2026-03-06T14:00:00Z', '2026-03-09T13:00:00Z']);
    expect(starts.map((s) => shown(s, 'Asia/Kolkata'))).to.deep.equal(['2026-03-06 19:30', '2026-03-09 18:30']);
  });

  it('a practice in Europe/London on its DST nights skips the missing hour and does not double the repeated one', () => {
    const base = { timezone: 'Europe/London', duration: 50, buffer: 10, notice: 0, horizon: 1 };
    const spring = generateSlots({
      ...base,
      week: parseHours('sun 00:00-04:00').week,
      now: at('2026-03-28T23:00:00Z'),
    });
    expect(spring.map((s) => shown(s.start, 'Europe/London'))).to.deep.equal([
      '2026-03-29 00:00',
      '2026-03-29 02:00',
      '2026-03-29 03:00',
    ]);
    expect(spring.map((s) => iso(s.end))).to.deep.equal([
      '2026-03-29T00:50:00Z',
      '2026-03-29T01:50:00Z',
      '2026-03-29T02:50:00Z',
    ]);
    const autumn = generateSlots({
      ...base,
      week: parseHours('sun 00:00-04:00').week,
      now: at('2026-10-24T22:00:00Z'),
    });
    expect(autumn.map((s) => iso(s.start))).to.deep.equal([
      '2026-10-24T23:00:00Z',
      '2026-10-25T00:00:00Z',
      '2026-10-25T02:00:00Z',
      '2026-10-25T03:00:00Z',
    ]);
    // All sessions last 50 real minutes.
    expect(autumn.every((s) => s.end - s.start === 50 * 60_000)).to.equal(true);
  });

  it('respects the minimum notice to the minute', () => {
    const hours = 'mon-sun 10:00-13:00';
    // 10:00 Kolkata on 2 Dec 2026 is 04:30Z; with 24h notice from 04:30Z on 1 Dec it is exactly at the edge.
    const now = at('2026-12-01T04:30:00Z');
    const first = slots({ hours, now, notice: 24 * 3_600_000, horizon: 3 })[0];
    expect(iso(first)).to.equal('2026-12-02T04:30:00Z');
    const later = slots({ hours, now: now + 60_000, notice: 24 * 3_600_000, horizon: 3 })[0];
    expect(iso(later)).to.equal('2026-12-02T05:30:00Z');
    const ninety = slots({ hours, now: at('2026-12-01T04:00:00Z'), notice: 90 * 60_000, horizon: 1 });
    expect(iso(ninety[0])).to.equal('2026-12-01T05:30:00Z');
  });

  it('respects the horizon: a slot starting exactly at now + horizon days is out', () => {
    const now = at('2026-12-01T04:30:00Z');
    const starts = slots({ hours: 'mon-sun 10:00-11:00', now, horizon: 2 });
    expect(starts.map(iso)).to.deep.equal(['2026-12-01T04:30:00Z', '2026-12-02T04:30:00Z']);
    expect(slots({ hours: 'mon-sun 10:00-11:00', now: now - 1, horizon: 2 }).map(iso)).to.deep.equal([
      '2026-12-01T04:30:00Z',
      '2026-12-02T04:30:00Z',
    ]);
    expect(slots({ hours: 'mon-sun 10:00-11:00', now: now + 1, horizon: 2 }).map(iso)).to.deep.equal([
      '2026-12-02T04:30:00Z',
      '2026-12-03T04:30:00Z',
    ]);
    expect(slots({ hours: 'mon-sun 10:00-11:00', now, horizon: 0 })).to.deep.equal([]);
  });

  it('skips closed dates and ranges in the practice calendar', () => {
    const now = at('2026-12-24T00:00:00Z');
    const days = slots({ hours: 'mon-sun 10:00-11:00', now, horizon: 10 }, '2026-12-25 2026-12-27..2026-12-31').map(
      (s) => shown(s, 'Asia/Kolkata').slice(0, 10),
    );
    // The horizon ends at 2027-01-03T00:00Z, before that day's 10:00 (04:30Z).
    expect(days).to.deep.equal(['2026-12-24', '2026-12-26', '2027-01-01', '2027-01-02']);
  });

  it('hides busy times, including partial overlaps, and reads busy JSON leniently', () => {
    const now = at('2026-12-01T00:00:00Z');
    const busy = parseBusy([
      { start: '2026-12-01T06:19:00Z', end: '2026-12-01T06:40:00Z' },
      { start: '2026-12-01T12:30:00+05:30', end: '2026-12-01T13:00:00+05:30' },
      { start: 'soon', end: 'later' },
      'junk',
    ]);
    expect(busy).to.have.length(2);
    const starts = slots({ hours: 'tue 10:00-14:00', now, horizon: 1, busy });
    expect(starts.map((s) => shown(s, 'Asia/Kolkata'))).to.deep.equal(['2026-12-01 10:00', '2026-12-01 13:00']);
    expect(parseBusy({ start: 1 })).to.deep.equal([]);
  });

  it('needs the whole session (not the buffer) inside the interval', () => {
    const now = at('2026-12-01T00:00:00Z');
    const starts = slots({ hours: 'tue 10:00-12:50', now, horizon: 1 });
    expect(starts.map((s) => shown(s, 'Asia/Kolkata'))).to.deep.equal([
      '2026-12-01 10:00',
      '2026-12-01 11:00',
      '2026-12-01 12:00',
    ]);
  });

  it('groups slots by the date in the display zone', () => {
    const now = at('2026-12-01T00:00:00Z');
    const all = slots({ hours: 'tue 10:00-12:00', now, horizon: 1 }).map((start) => ({ start, end: start + 1 }));
    // 10:00 Kolkata on Tuesday is 23:30 on Monday in New York.
    const grouped = slotsByDate(all, 'America/New_York');
    expect([...grouped.keys()]).to.deep.equal(['2026-11-30', '2026-12-01']);
  });
});
