import { expect } from '@open-wc/testing';
import { freeSlots, resolveZones } from '../../../src/core/booking/schedule.js';

describe('booking: from attributes to what can be booked', () => {
  it('keeps valid zones and says nothing', () => {
    expect(resolveZones('Asia/Kolkata', 'Europe/Berlin', 'UTC')).to.deep.equal({
      practiceZone: 'Asia/Kolkata',
      visitorZone: 'Europe/Berlin',
      problems: [],
    });
  });

  it("falls back to the browser's zone for an unknown visitor zone, and to the visitor's for a missing practice zone", () => {
    const zones = resolveZones('', 'Mars/Olympus', 'Asia/Tokyo');
    expect(zones.visitorZone).to.equal('Asia/Tokyo');
    expect(zones.practiceZone).to.equal('Asia/Tokyo');
    expect(zones.problems.map((p) => [p.attribute, p.why])).to.deep.equal([
      ['visitor-timezone', '"Mars/Olympus" is not an IANA time zone'],
      ['timezone', 'missing (the practice\u2019s IANA time zone, like Asia/Kolkata)'],
    ]);
  });

  it('offers the free slots of the hours, and reports what in hours and closed could not be read', () => {
    const { slots, problems } = freeSlots({
      hours: 'mon 10:00-12:00; funday 9-5',
      closed: 'someday',
      timezone: 'UTC',
      now: Date.parse('2026-03-01T00:00:00Z'),
      duration: 50,
      buffer: 10,
      notice: 0,
      horizon: 7,
      busy: [{ start: Date.parse('2026-03-02T11:00:00Z'), end: Date.parse('2026-03-02T11:50:00Z') }],
    });
    expect(slots.map((s) => new Date(s.start).toISOString())).to.deep.equal(['2026-03-02T10:00:00.000Z']);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['hours', 'closed']);
  });
});
