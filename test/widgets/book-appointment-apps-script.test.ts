// <book-appointment transport="apps-script">, sending to a local server that answers as a Google Apps Script web app
// does (test/server/routes.mjs: booking.gs on in-memory stand-ins, a 302 to a googleusercontent-style address,
// text/plain bodies, no CORS preflight answered), and retries after network failures with the same idempotency key.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import type { AppointmentRequest, BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { retryPolicy } from '../../src/core/net/retry.js';
import { logKey, received, routeOptions, mock, root, $, $$, text, waitUntil } from '../helpers/index.js';
import { BOOKING_NOW, bookingFixture, clickAndWait, statusTexts } from '../helpers/booking.js';

// Monday 2 March 2026, 00:00 UTC (05:30 in Kolkata). Free times: weekdays 18:00 and 19:00 in Kolkata.
const NOW = BOOKING_NOW;
const SETTINGS = {
  TIME_ZONE: 'Asia/Kolkata',
  HOURS: 'mon-fri 18:00-20:00',
  HORIZON_DAYS: 14,
  CONTACT: 'email',
  MODES: 'online',
};
/** A fresh Apps Script web app (its own Sheet and Calendar) at a script.google.com-style path. */
const script = (key: string, extra: Record<string, string | number> = {}) =>
  `/script.google.com/${routeOptions({ key, now: NOW, settings: JSON.stringify(SETTINGS), ...extra })}/macros/s/AKfycbTest/exec`;

interface ScriptState {
  requests: { method: string; type: string; body: string; preflight: boolean }[];
  rows: unknown[][];
  events: { title: string; start: string; end: string; visibility: string; description: string }[];
}
const state = async (key: string): Promise<ScriptState> =>
  (await fetch(`/apps-script-state/${key}`, { cache: 'no-store' })).json();

const heading = (el: BookAppointment) => text($(el, '.step'));
const startsOn = (el: BookAppointment) => $$(el, '.times button').map((b) => b.dataset.start);

const setup = (attrs: Record<string, string>) =>
  bookingFixture({
    timezone: 'Asia/Kolkata',
    'visitor-timezone': 'Asia/Kolkata',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    ...attrs,
  });

async function fill(el: BookAppointment, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#f-${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const consent = $<HTMLInputElement>(el, '#f-consent');
  if (!consent.checked) consent.click();
  await el.updateComplete;
}

/** 3 March, the time starting at `start` (or the first), details, review. */
async function toReview(
  el: BookAppointment,
  start?: string,
  details = { name: 'Asha Verma', email: 'asha@example.com' },
) {
  await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
  const button = start ? $(el, `.times button[data-start="${start}"]`) : $$(el, '.times button')[0];
  await clickAndWait(el, button);
  await fill(el, details);
  await clickAndWait(el, $(el, 'form button[type=submit]'));
  expect(heading(el)).to.equal('Check and send');
}

const SIX = '2026-03-03T12:30:00.000Z'; // 18:00 in Kolkata
const SEVEN = '2026-03-03T13:30:00.000Z';

describe('<book-appointment transport="apps-script">', () => {
  let delays: number[];
  before(() => {
    delays = retryPolicy.delays;
    retryPolicy.delays = [0, 0, 0]; // no clock in these tests: retries follow one another at once
  });
  after(() => {
    retryPolicy.delays = delays;
  });

  it('sends text/plain (no preflight), follows the 302, reads { ok, id }; the Sheet and Calendar have it', async () => {
    const key = logKey('gas-ok');
    const el = await setup({ transport: 'apps-script', action: script(key) });
    await waitUntil(
      async () => (await state(key)).requests.some((r) => r.method === 'GET'),
      'busy times asked of the web app',
    );
    await toReview(el);
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    const detail = (await sent).detail;
    await el.updateComplete;
    expect(heading(el)).to.equal('Request sent');
    const { requests, rows, events } = await state(key);
    expect(requests.some((r) => r.preflight)).to.equal(false);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(posts[0].type).to.equal('text/plain;charset=utf-8');
    const body = JSON.parse(posts[0].body) as AppointmentRequest;
    expect(body.requestId).to.match(/^[0-9a-f-]{32,36}$/);
    expect(detail.id).to.equal(body.requestId);
    expect(detail.status).to.equal(200);
    expect(rows).to.have.length(2);
    expect(rows[1].slice(0, 1)).to.deep.equal([body.requestId]);
    expect(rows[1][7]).to.equal('Asha Verma');
    expect(events.map((e) => [e.title, e.start, e.visibility])).to.deep.equal([
      ['Appointment (requested)', SIX, 'PRIVATE'],
    ]);
  });

  it('hides the times the web app says are taken (busy-src defaults to the same URL)', async () => {
    const key = logKey('gas-busy');
    const first = await setup({ transport: 'apps-script', action: script(key) });
    await toReview(first);
    $(first, '.send').click();
    await oneEvent(first, 'appointment-sent');
    const later = await setup({ transport: 'apps-script', action: script(key), horizon: '13' });
    await waitUntil(
      () => later.shadowRoot!.querySelector('.status')?.textContent?.trim() !== 'Checking which times are free…',
    );
    await clickAndWait(later, $(later, 'td[data-date="2026-03-03"]'));
    expect(startsOn(later)).to.deep.equal([SEVEN]);
    const gets = (await state(key)).requests.filter((r) => r.method === 'GET');
    expect(gets.length).to.be.greaterThan(0);
  });

  it('"slot taken": back to the calendar with a message, the time gone, everything typed kept; the next time books', async () => {
    const key = logKey('gas-taken');
    const a = await setup({ transport: 'apps-script', action: script(key) });
    const b = await setup({ transport: 'apps-script', action: script(key) });
    await toReview(b, SIX, { name: 'Ravi Kumar', email: 'ravi@example.com' });
    await toReview(a, SIX);
    $(a, '.send').click();
    await oneEvent(a, 'appointment-sent');

    const refused = oneEvent(b, 'appointment-error');
    $(b, '.send').click();
    expect((await refused).detail.kind).to.equal('slot-taken');
    await b.updateComplete;
    expect(heading(b)).to.equal('Choose a date and time');
    expect(text($(b, '.taken[role=alert]'))).to.equal(
      'Someone has just taken that time. Please pick another one: everything you typed is kept.',
    );
    await waitUntil(() => startsOn(b).length === 1, 'the taken time is hidden');
    expect(startsOn(b)).to.deep.equal([SEVEN]);
    expect(root(b).activeElement).to.equal($(b, '.step'));
    await expect(b).to.be.accessible();
    await clickAndWait(b, $(b, `.times button[data-start="${SEVEN}"]`));
    expect($(b, '.taken')).to.equal(null);
    expect($<HTMLInputElement>(b, '#f-name').value).to.equal('Ravi Kumar');
    expect($<HTMLInputElement>(b, '#f-email').value).to.equal('ravi@example.com');
    expect($<HTMLInputElement>(b, '#f-consent').checked).to.equal(true);
    await clickAndWait(b, $(b, 'form button[type=submit]'));
    const sent = oneEvent(b, 'appointment-sent');
    $(b, '.send').click();
    await sent;
    const { events, requests } = await state(key);
    expect(events.map((e) => e.start)).to.deep.equal([SIX, SEVEN]);
    const ids = requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body).requestId);
    expect(new Set(ids).size).to.equal(3); // a new request (another time) has a new key
  });

  it('retries a dropped connection with the same request id; one row, one event', async () => {
    const key = logKey('gas-drop');
    const el = await setup({ transport: 'apps-script', action: script(key, { dropfirst: 2 }) });
    await toReview(el);
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    await sent;
    const { requests, rows, events } = await state(key);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(3);
    expect(new Set(posts.map((p) => p.body)).size).to.equal(1);
    expect(rows).to.have.length(2);
    expect(events).to.have.length(1);
  });

  it('an answer the script could not give (an HTML error page) is shown as an error, the entry kept', async () => {
    const el = await setup({
      transport: 'apps-script',
      action: mock({ body: '<!DOCTYPE html><title>Error</title>', type: 'text/html' }, '/book'),
    });
    await toReview(el);
    const failed = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    expect((await failed).detail.kind).to.equal('server');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(
      'The request was not accepted (error 200). Nothing was lost: try again.',
    );
    expect(text($(el, 'dl'))).to.contain('Asha Verma');
  });
});

describe('<book-appointment> idempotency key and retries (endpoint)', () => {
  let delays: number[];
  before(() => {
    delays = retryPolicy.delays;
    retryPolicy.delays = [0, 0, 0];
  });
  after(() => {
    retryPolicy.delays = delays;
  });

  it('a network failure is retried with the same request and Idempotency-Key, then succeeds', async () => {
    const log = logKey('book-dropfirst');
    const el = await setup({ action: mock({ dropfirst: 2, body: '{"ok":true,"id":"r-1"}', log }, '/book') });
    await toReview(el);
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    expect((await sent).detail.id).to.equal('r-1');
    const requests = await received(log);
    expect(requests).to.have.length(3);
    const key = requests[0].headers['idempotency-key'];
    expect(key).to.equal(JSON.parse(requests[0].body).requestId);
    expect(requests.map((r) => r.headers['idempotency-key'])).to.deep.equal([key, key, key]);
    expect(new Set(requests.map((r) => r.body)).size).to.equal(1);
  });

  it('while a network failure is retried, says the connection dropped', async () => {
    // Every request dropped: Chromium may itself send a POST again on another connection (see below), so only a
    // server that never answers is sure to make the widget retry.
    const el = await setup({ action: mock({ drop: 1, log: logKey('book-retrying') }, '/book') });
    await toReview(el);
    const texts = statusTexts(el);
    const failed = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    await failed;
    await el.updateComplete;
    expect(texts.slice(0, 2)).to.deep.equal(['Sending…', 'The connection dropped. Trying again…']);
    expect(text($(el, '[role=status]'))).to.equal('');
  });

  it('after the retries, says so with a retry button, keeps everything, and the retry keeps the key', async () => {
    const log = logKey('book-drop');
    const el = await setup({ action: mock({ drop: 1, log }, '/book') });
    await toReview(el);
    const failed = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(
      'Could not reach the practice. Check your connection; nothing was lost: try again.',
    );
    expect(text($(el, '.send'))).to.equal('Try again');
    expect(text($(el, 'dl'))).to.contain('Asha Verma');
    // The first try and three retries (Chromium itself may send a POST again once when a reused connection drops).
    const tries = (await received(log)).length;
    expect(tries).to.be.within(4, 8);
    const again = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    await again;
    const requests = await received(log);
    expect(requests.length).to.be.greaterThanOrEqual(tries + 4);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
    // Another request (changed details) is another key.
    await clickAndWait(el, $(el, '.back'));
    await fill(el, { name: 'Asha V.' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    const third = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    await third;
    expect(new Set((await received(log)).map((r) => r.headers['idempotency-key'])).size).to.equal(2);
  });

  it('right after the browser comes back online, a send that fails is retried (same key) and goes through', async () => {
    const log = logKey('book-online-drop');
    const el = await setup({ action: mock({ dropfirst: 1, body: '{}', log }, '/book') });
    await toReview(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      $(el, '.send').click();
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal(
        'You are offline. Your request will be sent as soon as the connection returns.',
      );
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    const sent = oneEvent(el, 'appointment-sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    const requests = await received(log);
    expect(requests.length).to.be.greaterThanOrEqual(2);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
  });

  it('"closed" (no longer offered) also goes back to the calendar, saying so', async () => {
    const el = await setup({
      action: mock({ status: 422, body: '{"ok":false,"kind":"closed","message":"Too soon."}' }, '/book'),
    });
    await toReview(el);
    const refused = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    expect((await refused).detail.kind).to.equal('closed');
    await el.updateComplete;
    expect(text($(el, '.taken'))).to.equal(
      'That time can no longer be booked. Please pick another one: everything you typed is kept.',
    );
    expect(startsOn(el)).to.deep.equal([SEVEN]);
  });

  it('a 409 from an endpoint is "slot taken" too', async () => {
    const el = await setup({ action: mock({ status: 409, body: '{"ok":false,"kind":"slot-taken"}' }, '/book') });
    await toReview(el);
    const refused = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    expect((await refused).detail.kind).to.equal('slot-taken');
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose a date and time');
    expect(startsOn(el)).to.deep.equal([SEVEN]);
  });
});
