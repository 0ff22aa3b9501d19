// Servers for the end-to-end scripts and the screenshots (not a test itself):
// - startDemoServer(): the demo exactly as `npm start` serves it (Vite's dev server with the project's vite.config.ts,
//   so the demo's sample-data routes answer), on a free loopback port.
// - startBundleServer(pages): a plain node server for "a fresh blog page": the given pages, the demo's sample-data
//   routes (demo/server/routes.js) and the project's files (dist/ etc.), with no Vite in between.
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function startDemoServer() {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    clearScreen: false,
    // No dependency discovery: lit is plain ESM, and a mid-test "optimized dependencies changed, reloading" would
    // make the scripts flaky.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer.address();
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.png': 'image/png',
};

export async function startBundleServer(pages = {}) {
  const { demoRoutes } = await import('../demo/server/routes.js');
  const serveFile = async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const page = pages[url.pathname];
    if (page != null) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(typeof page === 'function' ? page() : page);
      return;
    }
    demoRoutes(req, res, (error) => {
      if (error) return void res.writeHead(500).end(String(error));
      serveFile(req, res);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
