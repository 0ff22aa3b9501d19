import { expect } from '@open-wc/testing';
import {
  buildRequest,
  EMPTY_ENTRY,
  googleFormFields,
  isRequired,
  mailtoUrl,
  validateEntry,
  whatsappUrl,
  type AppointmentRequest,
  type Entry,
} from '../../../src/core/booking/request.js';

const slot = { start: Date.parse('2026-03-09T04:30:00Z'), end: Date.parse('2026-03-09T05:20:00Z') };
const at = {
  slot,
  timezone: 'Asia/Kolkata',
  visitorTimezone: 'Europe/Berlin',
  page: 'https://blog.example/p/book.html',
};
const entry = (patch: Partial<Entry>): Entry => ({
  ...EMPTY_ENTRY,
  name: 'Asha',
  email: 'asha@example.com',
  consent: true,
  ...patch,
});

describe('booking: checking what the visitor typed', () => {
  it('accepts a complete entry', () => {
    expect(validateEntry(entry({}), { contact: 'email', fields: [] })).to.deep.equal({});
  });

  it('asks for a name, a valid email address and the consent', () => {
    expect(validateEntry({ ...EMPTY_ENTRY, email: 'asha@example' }, { contact: 'email', fields: [] })).to.deep.equal({
      name: 'booking.errorName',
      email: 'booking.errorEmail',
      consent: 'booking.errorConsent',
    });
  });

  it('uses the one email check of the forms (no spaces, lists or markup)', () => {
    for (const email of ['a b@example.com', 'a@example.com, b@example.com', '<a@example.com>', 'a@example.c']) {
      expect(validateEntry(entry({ email }), { contact: 'email', fields: [] }).email, email).to.equal(
        'booking.errorEmail',
      );
    }
    expect(validateEntry(entry({ email: '  asha@example.co.in ' }), { contact: 'email', fields: [] })).to.deep.equal(
      {},
    );
  });

  it('asks for a phone number of at least 7 digits with contact="phone", and both with "both"', () => {
    expect(validateEntry(entry({ phone: '12345' }), { contact: 'phone', fields: [] })).to.deep.equal({
      phone: 'booking.errorPhone',
    });
    expect(validateEntry(entry({ phone: '+91 (98765) 43-210' }), { contact: 'phone', fields: [] })).to.deep.equal({});
    expect(validateEntry(entry({ email: '', phone: 'call me' }), { contact: 'both', fields: [] })).to.deep.equal({
      email: 'booking.errorEmail',
      phone: 'booking.errorPhone',
    });
  });

  it('with contact="either" needs one of them, and checks the one given', () => {
    const either = { contact: 'either' as const, fields: [] };
    expect(validateEntry(entry({ email: '', phone: '' }), either)).to.deep.equal({ email: 'booking.errorContact' });
    expect(validateEntry(entry({ email: '', phone: '+91 98765 43210' }), either)).to.deep.equal({});
    expect(validateEntry(entry({ email: 'nope' }), either)).to.deep.equal({ email: 'booking.errorEmail' });
    expect(validateEntry(entry({ email: '', phone: '12' }), either)).to.deep.equal({ phone: 'booking.errorPhone' });
  });

  it('checks the age only when asked for and given', () => {
    expect(validateEntry(entry({ age: 'forty' }), { contact: 'email', fields: ['age'] })).to.deep.equal({
      age: 'booking.errorAge',
    });
    expect(validateEntry(entry({ age: '' }), { contact: 'email', fields: ['age'] })).to.deep.equal({});
    expect(validateEntry(entry({ age: 'forty' }), { contact: 'email', fields: [] })).to.deep.equal({});
  });

  it('marks as required what must be filled in', () => {
    expect(['name', 'email', 'phone'].filter((f) => isRequired(f as 'name', 'either'))).to.deep.equal(['name']);
    expect(['name', 'email', 'phone'].filter((f) => isRequired(f as 'name', 'both'))).to.deep.equal([
      'name',
      'email',
      'phone',
    ]);
  });
});

describe('booking: the request', () => {
  it('is built trimmed, in UTC, with only the fields and contacts the owner asked for', () => {
    const request = buildRequest(
      entry({
        name: '  Asha Rao ',
        phone: '+91 98765 43210',
        mode: 'phone',
        age: ' 34 ',
        concern: ' sleep ',
        firstVisit: true,
      }),
      { contact: 'email', fields: ['age', 'first-visit'], modes: ['online', 'phone'] },
      at,
    );
    expect(request).to.deep.equal({
      start: '2026-03-09T04:30:00.000Z',
      end: '2026-03-09T05:20:00.000Z',
      timezone: 'Asia/Kolkata',
      visitorTimezone: 'Europe/Berlin',
      mode: 'phone',
      name: 'Asha Rao',
      email: 'asha@example.com',
      phone: '',
      fields: { age: '34', firstVisit: true },
      page: 'https://blog.example/p/book.html',
    });
  });

  it('takes the first mode offered when the one chosen is no longer offered', () => {
    expect(
      buildRequest(entry({ mode: 'in-person' }), { contact: 'email', fields: [], modes: ['online'] }, at).mode,
    ).to.equal('online');
  });
});

describe('booking: the encodings', () => {
  const request: AppointmentRequest = {
    requestId: 'r-1',
    ...buildRequest(
      entry({ phone: '+91 98765 43210', concern: 'private', firstVisit: false }),
      { contact: 'both', fields: ['concern', 'first-visit'], modes: ['online'] },
      at,
    ),
  };

  it("opens WhatsApp at the number's digits with the text encoded", () => {
    expect(whatsappUrl('+91 98765-43210', 'Hello & 9:30, ok?')).to.equal(
      'https://wa.me/919876543210?text=Hello%20%26%209%3A30%2C%20ok%3F',
    );
    expect(whatsappUrl('12 34', 'Hello')).to.equal(undefined);
  });

  it('writes a mailto address with the @ readable and subject and body encoded', () => {
    expect(mailtoUrl(' dr+clinic@example.com ', 'Appointment', 'Line one\nAsha & co')).to.equal(
      'mailto:dr%2Bclinic@example.com?subject=Appointment&body=Line%20one%0AAsha%20%26%20co',
    );
    expect(mailtoUrl('dr at example.com', 'Appointment', 'x')).to.equal(undefined);
  });

  it('maps the request to Google Form entries through field-map, in both grammars', () => {
    const { fields, skipped } = googleFormFields(
      request,
      'Monday 9 March, 10:00',
      'name=entry.1 email:entry.2 when=entry.3, first-visit=entry.4 request-id=entry.5 concern=entry.6 bogus=entry.7 mode',
    );
    expect(fields).to.deep.equal({
      'entry.1': 'Asha',
      'entry.2': 'asha@example.com',
      'entry.3': 'Monday 9 March, 10:00',
      'entry.4': 'no',
      'entry.5': 'r-1',
      'entry.6': 'private',
    });
    expect(skipped).to.deep.equal(['bogus=entry.7', 'mode']);
  });

  it('sends nothing to a form whose field-map is empty', () => {
    expect(googleFormFields(request, 'x', '')).to.deep.equal({ fields: {}, skipped: [] });
  });
});
