// The demo blog's pretend server (connect middleware, used by `npm start`). Later widgets add their routes here.
/** @type {import('vite').Connect.NextHandleFunction} */
export function demoRoutes(req, res, next) {
  if (req.url === '/' || req.url === '/index.html') {
    res.statusCode = 302;
    res.setHeader('Location', '/demo/');
    res.end();
    return;
  }
  next();
}
