// The demo blog's pretend server (connect middleware used by `npm start`): nothing here leaves the machine.
// Each file in ./routes/ exports `default` as a connect handler `(req, res, next)`; they run in name order.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('./routes/', import.meta.url));
const handlers = await Promise.all(
  readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map(async (name) => (await import(pathToFileURL(folder + name).href)).default),
);

/** @type {import('vite').Connect.NextHandleFunction} */
export function demoRoutes(req, res, next) {
  let index = 0;
  const step = (error) => {
    if (error) return next(error);
    const handler = handlers[index++];
    if (!handler) return next();
    try {
      handler(req, res, step);
    } catch (thrown) {
      next(thrown);
    }
  };
  step();
}

/** Reads a request body as text (for the demo's form endpoints). */
export function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

/** Sends JSON. */
export function sendJson(res, status, value) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
}
