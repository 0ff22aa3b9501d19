// <book-appointment>: a pretend booking endpoint. Requests are kept in memory (until the dev server restarts):
//   POST /demo-api/bookings        JSON { start, end, timezone, visitorTimezone, mode, name, email, phone, fields, page }
//                                  200 { ok, id }; 422 { error } when the time is already taken or a field is missing
//   GET  /demo-api/bookings        what it received, newest first (JSON)
//   GET  /demo-api/bookings/busy   the taken times, for busy-src: [{ start, end }]
import { readBody, sendJson } from '../http.js';

const bookings = [];

export default async function booking(req, res, next) {
  const path = req.url.split('?')[0];
  if (path === '/demo-api/bookings/busy' && req.method === 'GET') {
    sendJson(
      res,
      200,
      bookings.map(({ start, end }) => ({ start, end })),
    );
    return;
  }
  if (path !== '/demo-api/bookings') return next();
  if (req.method === 'GET') {
    sendJson(res, 200, [...bookings].reverse());
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'Use GET or POST.' });
    return;
  }
  let data;
  try {
    data = JSON.parse(await readBody(req));
  } catch {
    sendJson(res, 400, { error: 'The request is not JSON.' });
    return;
  }
  const start = Date.parse(data?.start);
  const end = Date.parse(data?.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || !String(data?.name ?? '').trim()) {
    sendJson(res, 422, { error: 'A start, an end and a name are needed.' });
    return;
  }
  if (bookings.some((b) => Date.parse(b.start) < end && start < Date.parse(b.end))) {
    sendJson(res, 422, { error: 'Someone has just booked this time. Please choose another.' });
    return;
  }
  const id = `demo-${bookings.length + 1}`;
  bookings.push({ id, receivedAt: new Date().toISOString(), ...data });
  sendJson(res, 200, { ok: true, id });
}
