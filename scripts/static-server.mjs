// A tiny static file server over the project folder, for the smoke test, benchmarks and screenshots.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Answers a request with the project file at its path (never outside the project), uncached; 404 when none. */
export async function serveFile(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(path);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

/**
 * Starts a server on a free loopback port. `pages` maps a path to `{ html, headers }` served as they are;
 * everything else comes from the project folder.
 */
export function startServer(pages = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
      res.end(page.html);
      return;
    }
    await serveFile(req, res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Launches headless Chromium with puppeteer-core, or exits with one clear line when there is none. */
export async function launchBrowser() {
  const { findChrome, CHROME_ARGS } = await import('./find-chrome.mjs');
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(
      'No Chrome or Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

/** Tag names of every widget, from the manifest. */
export async function widgetTags() {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
}
