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

// Helpers for route files, importable from here or (by route files themselves) from ./http.js.
export { readBody, sendJson } from './http.js';
