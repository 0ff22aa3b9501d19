// <book-appointment transport="apps-script">: the demo blog's pretend Google Apps Script web app. It runs the real
// integrations/google-apps-script/booking.gs on the in-memory stand-ins of test/integrations/apps-script-sandbox.mjs
// (a pretend Sheet and Calendar, kept until the dev server stops; not Google's servers), and answers as a deployed
// web app does: a 302 to a googleusercontent-style address that carries the JSON.
//   POST /demo-gas/macros/s/demo/exec            a booking request (JSON as text/plain) -> 302 -> { ok, id } | { ok: false, kind, message }
//   GET  /demo-gas/macros/s/demo/exec?horizon=N  -> 302 -> the taken times [{ start, end }]
//   GET  /demo-gas/googleusercontent/macros/echo?user_content_key=…   the answer behind the 302
//   GET  /demo-gas/sheet                         what the pretend Sheet and Calendar hold (JSON)
import { readBody, sendJson } from '../http.js';
import { loadBookingScript, webApp } from '../../../test/integrations/apps-script-sandbox.mjs';

// The same values as the demo page's <book-appointment> (demo/index.html).
const site = webApp(
  loadBookingScript({
    settings: {
      TIME_ZONE: 'Asia/Kolkata',
      BLOG_URL: '', // the demo runs on whatever local address the dev server has
      HOURS: 'mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00',
      DURATION: 50,
      BUFFER: 10,
      NOTICE_HOURS: 24,
      HORIZON_DAYS: 30,
      CLOSED: '2026-12-25 2026-12-30..2027-01-02',
      CONTACT: 'either',
      MODES: 'online in-person phone',
    },
  }),
);

export default async function appsScript(req, res, next) {
  const url = new URL(req.url, 'http://demo');
  const query = Object.fromEntries(url.searchParams);
  if (url.pathname === '/demo-gas/sheet') {
    const { sheet, calendar } = site.app;
    sendJson(res, 200, {
      note: 'The demo\u2019s pretend Google Sheet and Calendar (in memory, not Google\u2019s).',
      rows: sheet?.rows ?? [],
      events: calendar.events.map((e) => ({
        title: e.getTitle(),
        start: e.getStartTime(),
        end: e.getEndTime(),
        visibility: e.visibility,
        description: e.getDescription(),
      })),
    });
    return;
  }
  if (url.pathname === '/demo-gas/googleusercontent/macros/echo') return site.echo(res, query);
  if (url.pathname !== '/demo-gas/macros/s/demo/exec') return next();
  const body = req.method === 'POST' ? await readBody(req) : '';
  // A relative address, so that it works wherever the demo's routes are mounted (the test server adds /demo-blog).
  site.exec(req, res, { body, query, echo: '../../../googleusercontent/macros/echo' });
}
