import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, googleCalendarUrl } from '../../../src/core/booking/ics.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('booking: .ics files', () => {
  const event = {
    uid: 'a1b2c3@blog-widgets',
    start: Date.parse('2026-03-09T12:30:00Z'),
    end: Date.parse('2026-03-09T13:20:00Z'),
    stamp: Date.parse('2026-03-01T08:00:00Z'),
    summary: 'Appointment; with Dr. Rao, online',
    description: `Line one\nLine two with a backslash \\ and ${'परामर्श सत्र '.repeat(12)}`,
    status: 'TENTATIVE' as const,
  };

  it('is valid RFC 5545 that an independent parser reads back', () => {
    const text = buildIcs(event);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(lines).to.include.members([
      'DTSTAMP:20260301T080000Z',
      'DTSTART:20260309T123000Z',
      'DTEND:20260309T132000Z',
      'UID:a1b2c3@blog-widgets',
    ]);

    const component = new ICAL.Component(ICAL.parse(text));
    const vevent = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal(event.summary);
    expect(vevent.description).to.equal(event.description);
    expect(vevent.uid).to.equal(event.uid);
    expect(vevent.startDate.toJSDate().getTime()).to.equal(event.start);
    expect(vevent.endDate.toJSDate().getTime()).to.equal(event.end);
    expect(vevent.startDate.zone.tzid).to.equal('UTC');
  });

  it('escapes TEXT and folds without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'स'.repeat(60)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    for (const part of parts) {
      expect(octets(part)).to.be.at.most(75);
      expect(part).not.to.contain('\uFFFD');
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(`DESCRIPTION:${'स'.repeat(60)}`);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('links to Google Calendar with UTC dates', () => {
    const url = new URL(googleCalendarUrl({ start: event.start, end: event.end, title: 'Appointment' }));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Appointment');
    expect(url.searchParams.get('dates')).to.equal('20260309T123000Z/20260309T132000Z');
    expect(url.searchParams.has('details')).to.equal(false);
  });
});
