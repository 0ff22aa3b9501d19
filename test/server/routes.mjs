// Test server routes (Koa middleware for @web/test-runner).
//
//   /mock/<options>/<any path>?<any query>
//
// <options> is a comma-separated list of key=value (values URI-encoded), or "-" for none:
//   file=name      answer with test/fixtures/<name> ("~" stands for "/"); "{q}" in the name is replaced by the
//                  request's `q` (or `search`) parameter, lower-cased, letters/digits/dashes only, "none" when
//                  empty or when no such file exists (a server that answers each query differently)
//   corpus=name    answer with ../shared/corpora/<name> ("~" stands for "/")
//   body=text      answer with this text
//   type=mime      content type (default from the file extension, else application/json)
//   status=N       HTTP status (default 200)
//   failfirst=N    the first N requests under this log key get `status`, later ones 200
//   delay=ms       wait before answering
//   hang=1         never answer (until the client gives up); with failfirst=N only the first N requests hang
//   drop=1         close the connection without an answer (a network error)
//   dropfirst=N    the first N requests under this log key are dropped so (network errors), later ones answered
//   gate=name      hold the answer until the test opens the gate: POST /mock-gate/<name> (bounded at 60 s)
//   jsonp=param    wrap the body as JSONP when the query has this parameter (default: callback)
//   log=key        record the request under key (default: "default")
//   stored=key     answer with the body last PUT to /mock-store/<key> (large generated feeds)
//   csp=policy     send this Content-Security-Policy header (pages under Trusted Types)
//
//   GET /mock-log/<key>      the recorded requests: [{ method, path, query, headers, body, aborted }]
//                            (`headers`: content-type, accept and idempotency-key)
//                            (`aborted`: the client gave up before the answer was sent)
//   DELETE /mock-log/<key>   forget them
//   PUT /mock-store/<key>    keep the request body for `stored=key`
//   POST /mock-gate/<name>   lets every request held by `gate=name` (and any later one) answer
//
//   /demo-blog/...           the demo blog's own routes (see demoBlogRoutes below)
//
//   /script.google.com/<options>/macros/s/<deployment>/exec
//                            a Google Apps Script web app running integrations/google-apps-script/booking.gs with
//                            the in-memory stand-ins of test/integrations/apps-script-sandbox.mjs, answering as Google
//                            does: 302 to /script.googleusercontent.com/<options>/macros/echo?user_content_key=…,
//                            whose answer has Access-Control-Allow-Origin: *; a CORS preflight gets 405 with no CORS
//                            header. <options> as above: key=name (one script, Sheet and Calendar per key), now=ms
//                            (the script's clock; default the real one), settings=JSON (booking.gs SETTINGS to
//                            replace; BLOG_URL is '' unless given), dropfirst=N (drop the first N POSTs)
//   GET /apps-script-state/<key>   what that script received and wrote: { requests: [{ method, type, body }],
//                            rows (the Sheet, header first), events: [{ title, start, end, visibility, description }] }
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extname, resolve } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The corpora live beside the project (../shared/corpora); a git worktree one level deeper finds them further up.
// CORPORA=<path> overrides.
export const CORPORA =
  process.env.CORPORA ??
  [resolve(root, '../shared/corpora'), resolve(root, '../../shared/corpora')].find((dir) => existsSync(dir)) ??
  resolve(root, '../shared/corpora');
const logs = new Map();
const stored = new Map();
/** gate name -> { open, waiters } (see `gate=` above). */
const gates = new Map();
const gate = (name) => {
  if (!gates.has(name)) gates.set(name, { open: false, waiters: [] });
  return gates.get(name);
};

const TYPES = {
  '.json': 'application/json',
  '.js': 'application/javascript',
  '.jsonp': 'application/javascript',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
  '.txt': 'text/plain',
};

function parseOptions(segment) {
  const options = {};
  if (segment === '-') return options;
  for (const pair of segment.split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) options[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
  }
  return options;
}

function readBody(req) {
  return new Promise((done) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => done(''));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const scripts = new Map();

/** The Apps Script web app for these options (created on first use). */
async function appsScript(options) {
  const key = options.key ?? 'default';
  let entry = scripts.get(key);
  if (!entry) {
    const { loadBookingScript, webApp } = await import('../integrations/apps-script-sandbox.mjs');
    const now = options.now ? () => Number(options.now) : undefined;
    const settings = { BLOG_URL: '', ...(options.settings ? JSON.parse(options.settings) : {}) };
    entry = { site: webApp(loadBookingScript({ settings, now })), requests: [], posts: 0 };
    scripts.set(key, entry);
  }
  return entry;
}

async function appsScriptRoutes(ctx) {
  const state = /^\/apps-script-state\/([^/]+)$/.exec(ctx.path);
  if (state) {
    const entry = scripts.get(decodeURIComponent(state[1]));
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({
      requests: entry?.requests ?? [],
      rows: entry?.site.app.sheet?.rows ?? [],
      events: (entry?.site.app.calendar.events ?? []).map((e) => ({
        title: e.getTitle(),
        start: new Date(e.start).toISOString(),
        end: new Date(e.end).toISOString(),
        visibility: e.visibility,
        description: e.getDescription(),
      })),
    });
    return true;
  }
  const match = /^\/script\.(google|googleusercontent)\.com\/([^/]+)\/macros\/(?:s\/[^/]+\/exec|echo)$/.exec(ctx.path);
  if (!match) return false;
  const options = parseOptions(match[2]);
  const entry = await appsScript(options);
  ctx.respond = false;
  const query = Object.fromEntries(new URLSearchParams(ctx.querystring));
  if (match[1] === 'googleusercontent') {
    entry.site.echo(ctx.res, query);
    return true;
  }
  const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  entry.requests.push({ method: ctx.method, type: ctx.get('content-type'), body, preflight: ctx.method === 'OPTIONS' });
  if (ctx.method === 'POST' && options.dropfirst && ++entry.posts <= Number(options.dropfirst)) {
    ctx.req.socket.destroy();
    return true;
  }
  entry.site.exec(ctx.req, ctx.res, { body, query, echo: `/script.googleusercontent.com/${match[2]}/macros/echo` });
  return true;
}

export async function mockRoutes(ctx, next) {
  if (await appsScriptRoutes(ctx)) return;
  const logMatch = /^\/mock-log\/([^/]+)$/.exec(ctx.path);
  if (logMatch) {
    const key = decodeURIComponent(logMatch[1]);
    if (ctx.method === 'DELETE') logs.delete(key);
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(logs.get(key) ?? []);
    return;
  }
  const storeMatch = /^\/mock-store\/([^/]+)$/.exec(ctx.path);
  if (storeMatch && ctx.method === 'PUT') {
    stored.set(decodeURIComponent(storeMatch[1]), await readBody(ctx.req));
    ctx.status = 204;
    return;
  }
  const gateMatch = /^\/mock-gate\/([^/]+)$/.exec(ctx.path);
  if (gateMatch) {
    const held = gate(decodeURIComponent(gateMatch[1]));
    held.open = true;
    for (const release of held.waiters.splice(0)) release();
    ctx.status = 204;
    return;
  }
  const match = /^\/mock\/([^/]+)(\/.*)?$/.exec(ctx.path);
  if (!match) return next();

  const options = parseOptions(match[1]);
  const key = options.log ?? 'default';
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? '' : await readBody(ctx.req);
  const entries = logs.get(key) ?? [];
  const entry = {
    method: ctx.method,
    path: match[2] ?? '/',
    query: Object.fromEntries(new URLSearchParams(ctx.querystring)),
    headers: {
      'content-type': ctx.get('content-type'),
      accept: ctx.get('accept'),
      'idempotency-key': ctx.get('idempotency-key'),
      referer: ctx.get('referer'),
    },
    body,
    aborted: false,
  };
  entries.push(entry);
  logs.set(key, entries);
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) entry.aborted = true;
  });

  if (options.delay) await sleep(Number(options.delay));
  if (options.gate && !gate(options.gate).open) {
    await new Promise((r) => {
      gate(options.gate).waiters.push(r);
      setTimeout(r, 60_000);
    });
  }
  if (options.hang && (!options.failfirst || entries.length <= Number(options.failfirst))) {
    // Hold the request open until the client aborts (bounded so the server never leaks it).
    await new Promise((r) => {
      ctx.res.on('close', r);
      setTimeout(r, 60_000);
    });
    ctx.status = 504;
    return;
  }
  if (options.drop || (options.dropfirst && entries.length <= Number(options.dropfirst))) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }

  let text = options.stored !== undefined ? (stored.get(options.stored) ?? '') : (options.body ?? '');
  let type = options.type;
  let name = options.file ?? options.corpus;
  if (name?.includes('{q}')) {
    const q = String(ctx.query.q ?? ctx.query.search ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}-]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    const named = name.replace('{q}', q || 'none');
    name = existsSync(resolve(root, 'test/fixtures', named.replaceAll('~', '/'))) ? named : name.replace('{q}', 'none');
  }
  if (name) {
    const path = options.file
      ? resolve(root, 'test/fixtures', name.replaceAll('~', '/'))
      : resolve(CORPORA, name.replaceAll('~', '/'));
    if (!existsSync(path)) {
      ctx.status = 404;
      ctx.body = `no fixture ${name}`;
      return;
    }
    text = await readFile(path, 'latin1').then((raw) => Buffer.from(raw, 'latin1'));
    type ??= TYPES[extname(path)] ?? 'application/octet-stream';
  }
  const status = Number(options.status ?? 200);
  const failing = options.failfirst ? entries.length <= Number(options.failfirst) : true;
  ctx.status = failing ? status : 200;

  const callbackParam = options.jsonp ?? 'callback';
  const callback = ctx.query[callbackParam];
  ctx.set('Cache-Control', 'no-store');
  if (options.csp) ctx.set('Content-Security-Policy', options.csp);
  if (typeof callback === 'string' && /^[\w.$]+$/.test(callback)) {
    ctx.type = 'application/javascript';
    ctx.body = `// API callback\n${callback}(${text.toString()});`;
    return;
  }
  ctx.type = type ?? 'application/json';
  ctx.body = text;
}

/**
 * The demo blog's own server routes (demo/server/routes.js: its sample feed, form endpoints) under /demo-blog/,
 * so tests can use the demo's data as `npm start` serves it: `/demo-blog/feeds/posts/default?alt=json`.
 */
export async function demoBlogRoutes(ctx, next) {
  if (!ctx.path.startsWith('/demo-blog/')) return next();
  const { demoRoutes } = await import('../../demo/server/routes.js');
  ctx.respond = false;
  const { req, res } = ctx;
  req.url = req.url.slice('/demo-blog'.length);
  res.statusCode = 200; // Koa starts every response at 404; a connect handler expects Node's 200
  await new Promise((resolve) => {
    res.on('finish', resolve);
    res.on('close', resolve);
    demoRoutes(req, res, () => {
      res.statusCode = 404;
      res.end('not a demo route');
    });
  });
}
