// A production-like static server for the page benchmarks: the project's files gzipped (level 6, as a typical
// web server or CDN sends them), the demo blog's sample-data routes, and the demo post page in two variants:
//   /demo/post.html              the demo post page (demo/index.html) loading the built loader, dist/blog-widgets.js
//   /demo/post.html?widgets=0    the same page without the widgets: their tags left out (light-DOM content kept),
//                                no loader, no reserve stylesheet
// `delay(url)` may return milliseconds to hold a response back (the "everything 2 s late" page).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveFile } from '../scripts/static-server.mjs';
import { TAGS } from './pages.mjs';

const LOADER = /<script type="module" src="\/dist\/blog-widgets\.js"[^>]*><\/script>/;
// `loader`: for diagnosis, 'none' leaves the loader out (tags and reserve kept), 'end' moves it to the end of <body>.
// `dist`: for A/B runs, another build's folder beside dist/ (e.g. `dist-base`, main built apart; bench/lh-ab.mjs).
export function demoPost(withWidgets, loader, dist = 'dist', drop = '') {
  let html = readFileSync(new URL('../demo/index.html', import.meta.url), 'utf8').replace(
    '/src/index.ts',
    '/dist/blog-widgets.js',
  );
  if (loader === 'none') html = html.replace(LOADER, '');
  if (loader === 'low')
    html = html.replace(LOADER, '<script type="module" src="/dist/blog-widgets.js" fetchpriority="low"></script>');
  if (loader === 'async')
    html = html.replace(LOADER, '<script type="module" src="/dist/blog-widgets.js" async></script>');
  if (loader === 'end')
    html = html
      .replace(LOADER, '')
      .replace('</body>', '<script type="module" src="/dist/blog-widgets.js"></script></body>');
  // `drop`: for diagnosis, these tags (comma-separated) left out, their light-DOM content kept.
  for (const tag of (drop ?? '').split(',').filter((t) => TAGS.includes(t)))
    html = html.replace(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'), '$1');
  if (/^dist-[a-z0-9-]+$/.test(dist)) html = html.replace('/dist/blog-widgets.js', `/${dist}/blog-widgets.js`);
  if (withWidgets) return html;
  html = html.replace(LOADER, '').replace(/<style id="bw-reserve">.*?<\/style>/s, '');
  for (const tag of TAGS) html = html.replace(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'), '$1');
  return html;
}

export async function startBenchServer({ pages = {}, delay = () => 0 } = {}) {
  const { demoRoutes } = await import('../demo/server/routes.js');
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const send = () => {
      // Collect what a handler writes, then gzip it when the client accepts it.
      const chunks = [];
      const { writeHead, end, write } = res;
      let head = [200, {}];
      res.writeHead = (status, headers = {}) => ((head = [status, { ...head[1], ...headers }]), res);
      res.setHeader = (name, value) => ((head[1][name] = value), res);
      res.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
      res.end = (chunk) => {
        if (chunk) chunks.push(Buffer.from(chunk));
        let body = Buffer.concat(chunks);
        const headers = { ...head[1] };
        if (/gzip/.test(req.headers['accept-encoding'] ?? '') && body.length > 256) {
          body = gzipSync(body, { level: 6 });
          headers['Content-Encoding'] = 'gzip';
        }
        headers['Content-Length'] = body.length;
        writeHead.call(res, head[0], headers);
        end.call(res, body);
        void write;
      };
      const page =
        url.pathname === '/demo/post.html'
          ? demoPost(
              url.searchParams.get('widgets') !== '0',
              url.searchParams.get('loader'),
              url.searchParams.get('dist') ?? undefined,
              url.searchParams.get('drop') ?? '',
            )
          : pages[url.pathname];
      if (page != null) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return void res.end(typeof page === 'function' ? page(url) : page);
      }
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      demoRoutes(req, res, () => serveFile(req, res));
    };
    const ms = delay(url);
    if (ms) setTimeout(send, ms);
    else send();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
