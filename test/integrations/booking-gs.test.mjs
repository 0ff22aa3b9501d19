// integrations/google-apps-script/booking.gs under Node, with the in-memory stand-ins of apps-script-sandbox.mjs
// (not Google's servers). Run: node --test test/integrations/*.test.mjs (part of npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadBookingScript, webApp } from './apps-script-sandbox.mjs';

// Tuesday 1 December 2026, 09:30 in Kolkata.
const NOW = Date.parse('2026-12-01T04:00:00Z');
const SETTINGS = {
  BLOG_URL: 'https://drmeera.blogspot.com',
  HOURS: 'mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00',
  CONTACT: 'either',
  MODES: 'online in-person',
  CLOSED: '2026-12-25 2026-12-30..2027-01-02',
};
const load = (settings = {}) => loadBookingScript({ settings: { ...SETTINGS, ...settings }, now: () => NOW });
let n = 0;
const request = (overrides = {}) => ({
  requestId: `req-${String(++n).padStart(8, '0')}`,
  // Thursday 3 December, 10:00-10:50 in Kolkata.
  start: '2026-12-03T04:30:00.000Z',
  end: '2026-12-03T05:20:00.000Z',
  timezone: 'Asia/Kolkata',
  visitorTimezone: 'Europe/London',
  mode: 'online',
  name: 'Asha Verma',
  email: 'asha@example.com',
  phone: '',
  fields: { age: '34', concern: 'Trouble sleeping since the exams', firstVisit: true },
  page: 'https://drmeera.blogspot.com/p/book.html',
  ...overrides,
});
const post = (app, body) => app.post(JSON.stringify(body));
const at = (local) => new Date(Date.parse(`${local}+05:30`)).toISOString();
const slot = (local, minutes = 50) => ({ start: at(local), end: new Date(Date.parse(at(local)) + minutes * 60_000).toISOString() });

test('a request on the grid: { ok, id }, one row in the sheet, one private event with a discreet title', () => {
  const app = load();
  const body = request();
  assert.deepEqual(post(app, body), { ok: true, id: body.requestId });
  const [header, row] = app.sheet.rows;
  assert.deepEqual(header.slice(0, 4), ['Request id', 'Received', 'Start', 'End']);
  assert.equal(row[0], body.requestId);
  assert.equal(row[1].getTime(), NOW);
  assert.equal(row[2].toISOString(), body.start);
  assert.equal(row[3].toISOString(), body.end);
  assert.deepEqual(row.slice(4, 10), ['Asia/Kolkata', 'Europe/London', 'online', 'Asha Verma', 'asha@example.com', '']);
  assert.deepEqual(JSON.parse(row[10]), body.fields);
  assert.equal(row[12], 'requested');
  const [event] = app.calendar.events;
  assert.equal(event.getTitle(), 'Appointment (requested)');
  assert.equal(event.visibility, 'PRIVATE');
  assert.equal(event.getStartTime().toISOString(), body.start);
  assert.equal(row[13], event.getId());
  // The details are in the private description only.
  assert.match(event.getDescription(), /Asha Verma/);
  assert.match(event.getDescription(), /Trouble sleeping/);
  assert.doesNotMatch(event.getTitle(), /Asha|sleep/i);
  assert.equal(app.lock.taken, 1);
  assert.equal(app.lock.released, 1);
});

test('a retry with the same request id gets the first answer; no second row or event', () => {
  const app = load();
  const body = request();
  const first = post(app, body);
  assert.deepEqual(post(app, body), first);
  assert.deepEqual(post(app, { ...body, name: 'Changed' }), first);
  assert.equal(app.sheet.rows.length, 2);
  assert.equal(app.calendar.events.length, 1);
});

test('a second visitor asking for the same time is told it is taken; so is a time overlapping an own event', () => {
  const app = load();
  post(app, request());
  const second = post(app, request({ name: 'Ravi' }));
  assert.equal(second.ok, false);
  assert.equal(second.kind, 'slot-taken');
  assert.equal(app.calendar.events.length, 1);
  app.calendar.addOwnEvent('Dentist', Date.parse(at('2026-12-03T11:30')), Date.parse(at('2026-12-03T12:30')));
  assert.equal(post(app, request(slot('2026-12-03T11:00'))).kind, 'slot-taken');
  // An all-day event (a birthday) does not block.
  app.calendar.addOwnEvent('Birthday', Date.parse(at('2026-12-04T00:00')), Date.parse(at('2026-12-05T00:00')), { allDay: true });
  assert.equal(post(app, request(slot('2026-12-04T10:00'))).ok, true);
});

test('a refusal repeated with the same id is the same refusal, even once the time is free', () => {
  const app = load();
  const first = post(app, request());
  const refused = request({ name: 'Ravi' });
  assert.equal(post(app, refused).kind, 'slot-taken');
  app.calendar.events.find((e) => e.getTag('blog-widgets-request') === first.id).deleteEvent();
  assert.equal(post(app, refused).kind, 'slot-taken');
  assert.equal(post(app, { ...refused, requestId: 'another-id-1' }).ok, true);
});

test('times: on the grid and inside the hours, not past or too soon, not closed, not beyond the horizon', () => {
  const app = load();
  const kind = (times) => post(app, request(times)).kind ?? 'ok';
  assert.equal(kind(slot('2026-12-03T11:00')), 'ok'); // 10:00 + 60 min (50 + 10 buffer)
  assert.equal(kind(slot('2026-12-03T10:30')), 'invalid'); // between two slots
  assert.equal(kind(slot('2026-12-03T10:00', 60)), 'invalid'); // not a session's length
  assert.equal(kind(slot('2026-12-03T12:20')), 'closed'); // would end after 13:00
  assert.equal(kind(slot('2026-12-03T13:00')), 'closed'); // lunch
  assert.equal(kind(slot('2026-12-06T10:00')), 'closed'); // a Sunday
  assert.equal(kind(slot('2026-12-05T13:00')), 'ok'); // Saturday 10-14: 10, 11, 12, 13
  assert.equal(kind(slot('2026-12-01T14:00')), 'closed'); // today, inside the 24 h notice
  assert.equal(kind(slot('2026-11-30T10:00')), 'closed'); // past
  assert.equal(kind(slot('2026-12-25T10:00')), 'closed'); // closed date
  assert.equal(kind(slot('2026-12-31T10:00')), 'closed'); // closed range
  assert.equal(kind(slot('2027-01-04T10:00')), 'closed'); // beyond 30 days
});

test('fields: the same rules and limits as the widget', () => {
  const app = load();
  const kind = (overrides, settings) => post(settings ? load(settings) : app, request(overrides)).kind ?? 'ok';
  assert.equal(kind({ name: '  ' }), 'invalid');
  assert.equal(kind({ name: 'x'.repeat(201) }), 'invalid');
  assert.equal(kind({ email: '', phone: '' }), 'invalid'); // either: one of them
  assert.equal(kind({ ...slot('2026-12-07T10:00'), email: '', phone: '+91 98765 43210' }), 'ok');
  assert.equal(kind({ email: 'not-an-address' }), 'invalid');
  assert.equal(kind({ email: '', phone: '12' }), 'invalid');
  assert.equal(kind({ email: 'asha@example.com' }, { CONTACT: 'both' }), 'invalid');
  assert.equal(kind({ mode: 'phone' }), 'invalid'); // not offered
  assert.equal(kind({ fields: { age: 'thirty' } }), 'invalid');
  assert.equal(kind({ fields: { concern: 'x'.repeat(2001) } }), 'invalid');
  assert.equal(kind({ timezone: 'Europe/Paris' }), 'invalid');
  assert.equal(kind({ page: 'https://elsewhere.example/p/book.html' }), 'invalid');
  assert.equal(kind({ requestId: 'short' }), 'invalid');
  assert.equal(app.post('{not json').kind, 'invalid');
  assert.equal(app.post(JSON.stringify(request({ name: 'x'.repeat(30_000) }))).kind, 'invalid');
  assert.equal(app.calendar.events.length, 1);
});

test('nothing a visitor types becomes a spreadsheet formula', () => {
  const app = load();
  post(app, request({ name: '=HYPERLINK("https://evil.example","x")', phone: '+91 98765 43210' }));
  const row = app.sheet.rows[1];
  assert.equal(row[7], '\'=HYPERLINK("https://evil.example","x")');
  assert.equal(row[9], "'+91 98765 43210");
  assert.deepEqual(app.sheet.formulas(), []);
});

test('the lock: writes happen only while it is held; a lock held elsewhere gets "busy", nothing written', () => {
  const app = load();
  app.lock.refuse = true;
  const answer = post(app, request());
  assert.equal(answer.ok, false);
  assert.equal(answer.kind, 'busy');
  assert.equal(app.calendar.events.length, 0);
  app.lock.refuse = false;
  assert.equal(post(app, request()).ok, true);
  assert.equal(app.lock.held, false);
  // The stand-in's Sheet and Calendar refuse writes without the lock: an unlocked write would have thrown above.
  assert.throws(() => app.calendar.createEvent('x', new Date(NOW), new Date(NOW + 1)), /without the script lock/);
});

test('doGet: only the taken times of the next `horizon` days, nothing about the events', () => {
  const app = load();
  post(app, request());
  app.calendar.addOwnEvent('Therapy: Asha', Date.parse(at('2026-12-20T10:00')), Date.parse(at('2026-12-20T11:00')));
  app.calendar.addOwnEvent('Holiday', Date.parse(at('2026-12-10T00:00')), Date.parse(at('2026-12-11T00:00')), { allDay: true });
  assert.deepEqual(app.get({ horizon: '30' }), [
    { start: '2026-12-03T04:30:00.000Z', end: '2026-12-03T05:20:00.000Z' },
    { start: at('2026-12-20T10:00'), end: at('2026-12-20T11:00') },
  ]);
  assert.deepEqual(app.get({ horizon: '7' }), [{ start: '2026-12-03T04:30:00.000Z', end: '2026-12-03T05:20:00.000Z' }]);
  assert.equal(app.get({}).length, 2); // HORIZON_DAYS
  assert.doesNotMatch(app.doGet({}).getContent(), /Asha|Therapy|Holiday/);
});

test('every slot the widget offers is accepted by the script, and each is refused once taken', async () => {
  // The widget's own slot generator, compiled from src/ for this test.
  const entry = fileURLToPath(new URL('../../src/core/booking/index.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  const booking = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
  const hours = booking.parseHours(SETTINGS.HOURS);
  const closed = booking.parseClosed(SETTINGS.CLOSED);
  const slots = booking.generateSlots({ week: hours.week, timezone: 'Asia/Kolkata', now: NOW, duration: 50, buffer: 10, notice: 86_400_000, horizon: 30, closed: closed.ranges });
  assert.ok(slots.length > 100, `${slots.length} slots`);
  const app = load();
  for (const s of slots) {
    const body = request({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() });
    assert.deepEqual(post(app, body), { ok: true, id: body.requestId }, body.start);
  }
  assert.equal(app.calendar.events.length, slots.length);
  assert.equal(post(app, request({ start: new Date(slots[7].start).toISOString(), end: new Date(slots[7].end).toISOString() })).kind, 'slot-taken');
});

test('over HTTP, as a web app: 302 to the content address, text/plain accepted, no CORS preflight', async () => {
  const site = webApp(load({ BLOG_URL: '' }));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const query = Object.fromEntries(url.searchParams);
    if (url.pathname === '/macros/echo') return site.echo(res, query);
    let body = '';
    for await (const chunk of req) body += chunk;
    site.exec(req, res, { body, query, echo: '/macros/echo' });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const exec = `${base}/macros/s/AKfy-test/exec`;
    const first = await fetch(exec, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=utf-8' }, body: JSON.stringify(request()), redirect: 'manual' });
    assert.equal(first.status, 302);
    assert.match(first.headers.get('location'), /^\/macros\/echo\?user_content_key=\w+&lib=/);
    const answer = await fetch(new URL(first.headers.get('location'), base));
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    assert.match(answer.headers.get('content-type'), /^application\/json/);
    assert.equal((await answer.json()).ok, true);
    const followed = await fetch(`${exec}?horizon=30`);
    assert.equal(followed.redirected, true);
    assert.equal((await followed.json()).length, 1);
    const preflight = await fetch(exec, { method: 'OPTIONS', headers: { Origin: 'https://drmeera.blogspot.com', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 405);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  } finally {
    server.close();
  }
});

test('the widget limits its fields to the lengths the script accepts', async () => {
  const { readFile } = await import('node:fs/promises');
  const steps = await readFile(new URL('../../src/core/booking/request.ts', import.meta.url), 'utf8');
  const widget = /const MAX_LENGTH = \{([^}]*)\}/.exec(steps)[1];
  const limits = loadBookingScript().context.LIMITS;
  for (const name of ['name', 'email', 'phone', 'concern']) {
    assert.equal(Number(new RegExp(`\\b${name}: (\\d+)`).exec(widget)[1]), limits[name], name);
  }
});
