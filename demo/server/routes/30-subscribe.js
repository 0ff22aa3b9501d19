// The subscribe form's pretend newsletter endpoint. Nothing leaves the machine; sign-ups live in memory until the
// demo server stops.
//   POST /demo-api/subscribe     JSON or form data { email, name?, consent? }
//                                200 { ok, message } | 409 already subscribed | 422 { message } | 429 after three tries a minute
//   GET  /demo-api/subscribers   what was received, as a small HTML page (JSON with Accept: application/json)
//
import { readBody, sendJson } from '../http.js';

const subscribers = [];
const attempts = new Map();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function parse(req, body) {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      return JSON.parse(body || '{}');
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

const escape = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function page() {
  const rows = subscribers
    .map(
      (s) =>
        `<tr><td>${escape(s.at)}</td><td>${escape(s.email)}</td><td>${escape(s.name)}</td><td>${escape(s.consent)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo subscribers</title>
<link rel="stylesheet" href="/demo/demo.css"></head><body><main class="demo-api">
<h1>What the demo newsletter endpoint received</h1>
<p>${subscribers.length} sign-up(s) since the demo server started. <a href="/demo/">Back to the blog</a></p>
<table><thead><tr><th>received</th><th>email</th><th>name</th><th>consent</th></tr></thead><tbody>${rows}</tbody></table>
</main></body></html>`;
}

export default function subscribe(req, res, next) {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/demo-api/subscribers' && req.method === 'GET') {
    if ((req.headers.accept ?? '').includes('application/json')) return sendJson(res, 200, subscribers);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(page());
    return;
  }
  if (path !== '/demo-api/subscribe') return next();
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use POST.' });
  readBody(req).then((body) => {
    const fields = parse(req, body);
    const email = String(fields.email ?? '')
      .trim()
      .toLowerCase();
    if (!EMAIL.test(email)) return sendJson(res, 422, { message: 'Please enter a valid email address.' });
    const now = Date.now();
    const recent = (attempts.get(email) ?? []).filter((t) => now - t < 60_000);
    recent.push(now);
    attempts.set(email, recent);
    if (recent.length > 3) return sendJson(res, 429, { message: 'Too many requests for this address.' });
    if (subscribers.some((s) => s.email === email))
      return sendJson(res, 409, { message: 'This address is already subscribed.' });
    subscribers.push({
      at: new Date(now).toISOString(),
      email,
      name: String(fields.name ?? ''),
      consent: String(fields.consent ?? ''),
    });
    return sendJson(res, 200, { ok: true, message: 'Subscribed.' });
  });
}
