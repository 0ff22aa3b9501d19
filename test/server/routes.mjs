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
//   hang=1         never answer (until the client gives up)
//   drop=1         close the connection without an answer (a network error)
//   gate=name      hold the answer until the test opens the gate: POST /mock-gate/<name> (bounded at 60 s)
//   jsonp=param    wrap the body as JSONP when the query has this parameter (default: callback)
//   log=key        record the request under key (default: "default")
//
//   GET /mock-log/<key>      the recorded requests: [{ method, path, query, headers, body, aborted }]
//                            (`aborted`: the client gave up before the answer was sent)
//   DELETE /mock-log/<key>   forget them
//   POST /mock-gate/<name>   lets every request held by `gate=name` (and any later one) answer
//
//   /demo-blog/...           the demo blog's own routes (see demoBlogRoutes below)
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

export async function mockRoutes(ctx, next) {
  const logMatch = /^\/mock-log\/([^/]+)$/.exec(ctx.path);
  if (logMatch) {
    const key = decodeURIComponent(logMatch[1]);
    if (ctx.method === 'DELETE') logs.delete(key);
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(logs.get(key) ?? []);
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
    headers: { 'content-type': ctx.get('content-type'), accept: ctx.get('accept') },
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
  if (options.hang) {
    // Hold the request open until the client aborts (bounded so the server never leaks it).
    await new Promise((r) => {
      ctx.res.on('close', r);
      setTimeout(r, 60_000);
    });
    ctx.status = 504;
    return;
  }
  if (options.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }

  let text = options.body ?? '';
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
