// The translate toggle's Google provider, without Google: the demo serves the same stand-in for Google's Translate
// Element that the tests use (test/fixtures/translate/google-element.js), so nothing is sent anywhere.
// It marks translated text with "[hi] " instead of translating it.
import { readFile } from 'node:fs/promises';

const STAND_IN = new URL('../../../test/fixtures/translate/google-element.js', import.meta.url);

export default async function translate(req, res, next) {
  if (!req.url?.startsWith('/demo-api/translate/element.js')) return next();
  try {
    const body = await readFile(STAND_IN);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  } catch (error) {
    next(error);
  }
}
