// Small helpers for the demo's route files. They live apart from routes.js because routes.js loads the route files
// with a top-level await: a route file importing routes.js back would wait for itself.

/** Reads a request body as text. */
export function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', () => resolve(''));
  });
}

/** Sends JSON. */
export function sendJson(res, status, value) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
}
