// "/" opens the demo blog.
export default function home(req, res, next) {
  if (req.url === '/' || req.url === '/index.html') {
    res.statusCode = 302;
    res.setHeader('Location', '/demo/');
    res.end();
    return;
  }
  next();
}
