// Smoke test of how the built loader (dist/blog-widgets.js) loads, and of the standalone file. Each case is a page:
// - plain: a `?v=2` query reaches the widget modules and nothing is requested twice; markup added later loads too;
// - cdn: the files under a versioned CDN-like path (/cdn/blog-widgets@1.0.0/dist/) still find each other;
// - demo at 360 px: the demo post page, every widget defined, no error; which modules load at once (first screen);
// - delayed: the same page with every chunk and feed 2 s late, and then the loader too: no layout shift (CLS 0);
// - failing: one widget's module fails: that widget shows a message with a retry that works, the other renders;
// - standalone: dist/blog-widgets.standalone.js alone defines every widget and fetches no other file of ours,
//   also under a strict Content-Security-Policy;
// - two versions: two loaders from two addresses: every widget defined once, each module fetched once.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { serveFile, launchBrowser, widgetTags } from './static-server.mjs';

if (!existsSync('dist/blog-widgets.js') || !existsSync('dist/blog-widgets.standalone.js')) {
  console.error('smoke-loader: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const { demoRoutes } = await import('../demo/server/routes.js');
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).size;
const tags = await widgetTags();
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const demo = readFileSync('demo/index.html', 'utf8');
const demoWith = (src) => demo.replace('/src/index.ts', src);
const script = (src) => `<script type="module" src="${src}"></script>`;
const plain = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>smoke</title>${head}</head><body>${body}</body></html>`;
const every = tags
  .map(
    (t) =>
      `<${t}${t === 'popular-posts' || t === 'featured-post' ? ' src="/test/fixtures/feeds/atom.xml"' : ''}></${t}>`,
  )
  .join('');
const pages = {
  '/plain.html': plain(
    script('/dist/blog-widgets.js?v=2'),
    '<share-buttons url="https://blog.example/a"></share-buttons><div style="height:4000px"></div><author-card name="A"></author-card>',
  ),
  '/cdn.html': plain(
    script('/cdn/blog-widgets@1.0.0/dist/blog-widgets.js'),
    '<share-buttons url="https://blog.example/a"></share-buttons><author-card name="A"></author-card>',
  ),
  '/demo/smoke.html': demoWith('/dist/blog-widgets.js'),
  '/failing.html': plain(
    script('/dist/blog-widgets.js'),
    '<share-buttons url="https://blog.example/a"></share-buttons><author-card name="A"></author-card>',
  ),
  '/standalone.html': plain(script('/dist/blog-widgets.standalone.js'), every),
  '/standalone-csp.html': plain(script('/dist/blog-widgets.standalone.js'), every),
  '/hindi.html': plain(
    script('/dist/blog-widgets.js'),
    '<share-buttons url="https://blog.example/a"></share-buttons><author-card name="A"></author-card>',
  ).replace('lang="en"', 'lang="hi"'),
  '/versions.html': plain(script('/dist/blog-widgets.js') + script('/v2/dist/blog-widgets.js'), every),
};
const headers = { '/standalone-csp.html': { 'Content-Security-Policy': CSP } };

let log = [];
const stamps = new Map();
let delay = () => 0;
let fail = () => false;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  log.push(req.url);
  stamps.set(req.url, Date.now());
  const go = () => {
    if (fail(url)) return void res.writeHead(500).end('failed on purpose');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (pages[url.pathname]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers[url.pathname] });
      return void res.end(pages[url.pathname]);
    }
    req.url = req.url.replace(/^\/(cdn\/blog-widgets@1\.0\.0|v2)\/dist\//, '/dist/');
    demoRoutes(req, res, () => serveFile(req, res));
  };
  const ms = delay(url);
  if (ms) setTimeout(go, ms);
  else go();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchBrowser();
const failures = [];
const ok = (name, what) => console.error(`smoke-loader: ${name} ok (${what})`);
/** Opens a page in a fresh context (no cache, no storage), collecting errors. */
async function open(path, { width = 1280, height = 800, before } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 500/.test(m.text()) &&
      errors.push(m.text()),
  );
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await before?.(page);
  log = [];
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}
const allDefined = (page, list = tags) =>
  page.evaluate(async (list) => {
    const late = new Promise((resolve) => setTimeout(resolve, 20_000, 'late'));
    const defined = await Promise.race([Promise.all(list.map((t) => customElements.whenDefined(t))), late]);
    if (defined === 'late')
      return list.filter((t) => !customElements.get(t)).map((t) => `${t} (not defined after 20 s)`);
    await Promise.all(list.flatMap((t) => [...document.querySelectorAll(t)].map((el) => el.updateComplete)));
    return list.filter((t) => [...document.querySelectorAll(t)].some((el) => !el.shadowRoot?.childElementCount));
  }, list);
const twice = (urls) => urls.filter((u, i) => urls.indexOf(u) !== i);
function check(name, problems, what) {
  if (problems.length) failures.push(`${name}:\n  ${problems.join('\n  ')}`);
  else ok(name, what);
}

try {
  {
    const { page, errors, close } = await open('/plain.html');
    const empty = await allDefined(page, ['share-buttons', 'author-card']);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<blog-search></blog-search>'));
    const later = await allDefined(page, ['blog-search']);
    await page.waitForNetworkIdle({ idleTime: 200 });
    const scripts = log.filter((u) => u.startsWith('/dist/'));
    const problems = [...errors, ...empty.concat(later).map((t) => `<${t}> rendered nothing`)];
    for (const u of twice(scripts)) problems.push(`${u} requested twice`);
    for (const m of ['share-buttons', 'author-card', 'blog-search'])
      if (!scripts.includes(`/dist/${m}.js?v=2`))
        problems.push(`/dist/${m}.js?v=2 not requested (the query was not passed on)`);
    if (scripts.some((u) => u.startsWith('/dist/chunks/') && u.includes('?')))
      problems.push('a chunk was requested with the query');
    check('plain page', problems, `${scripts.length} files, each once; ?v=2 passed on; a widget added later loaded`);
    await close();
  }
  {
    const { page, errors, close } = await open('/cdn.html');
    const empty = await allDefined(page, ['share-buttons', 'author-card']);
    const outside = log.filter((u) => /\.js/.test(u) && !u.startsWith('/cdn/blog-widgets@1.0.0/dist/'));
    check(
      'versioned CDN path',
      [
        ...errors,
        ...empty.map((t) => `<${t}> rendered nothing`),
        ...outside.map((u) => `fetched ${u} outside the CDN path`),
      ],
      'every file from /cdn/blog-widgets@1.0.0/dist/',
    );
    await close();
  }
  {
    // First with the browser never idle: what loads is what is in or near the first screen.
    const near = await open('/demo/smoke.html', {
      width: 360,
      height: 640,
      before: (p) => p.evaluateOnNewDocument(() => (window.requestIdleCallback = () => 0)),
    });
    await near.page.waitForNetworkIdle({ idleTime: 300 });
    const atOnce = log
      .filter((u) => /^\/dist\/[\w-]+\.js$/.test(u) && u !== '/dist/blog-widgets.js')
      .map((u) => u.slice(6, -3));
    const sheets = await near.page.evaluate(() => ({
      snippet: document.getElementById('bw-reserve')?.textContent,
      loader: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join(''),
      inline: [...(document.getElementById('bw-reserve')?.sheet?.cssRules ?? [])].map((r) => r.cssText).join(''),
    }));
    await near.close();
    const { page, errors, close } = await open('/demo/smoke.html', { width: 360, height: 640 });
    const empty = await allDefined(page);
    const first = budgets['first viewport'].widgets;
    const problems = [...errors, ...empty.map((t) => `<${t}> rendered nothing`)];
    for (const w of first)
      if (!atOnce.includes(w)) problems.push(`<${w}> (in the first screen) was not loaded at once`);
    for (const w of atOnce)
      if (!first.includes(w))
        problems.push(
          `<${w}> loaded at once: add it to "first viewport" in scripts/budgets.json, or it is not near the first screen`,
        );
    // The article paints first: no widget module or chunk is requested before the page's first contentful paint.
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ours: performance
        .getEntriesByType('resource')
        .filter((r) => /^\/dist\/(?!blog-widgets\.js)/.test(new URL(r.name).pathname))
        .map((r) => r.startTime),
    }));
    const firstOurs = Math.min(...order.ours);
    if (!(order.paint > 0) || firstOurs < order.paint)
      problems.push(
        `a widget file was requested at ${firstOurs.toFixed(0)} ms, before the first contentful paint (${order.paint?.toFixed(0)} ms)`,
      );
    if (sheets.inline !== sheets.loader)
      problems.push(
        `the demo's <style id="bw-reserve"> differs from the loader's rules:\n    demo:   ${sheets.inline}\n    loader: ${sheets.loader}`,
      );
    check(
      'demo post page at 360 px',
      problems,
      `every widget; at once after the first contentful paint (${order.paint.toFixed(0)} ms, first file at ${firstOurs.toFixed(0)} ms): ${atOnce.join(', ')}; the rest when near or idle; the snippet's reserve = the loader's`,
    );
    await close();
  }
  for (const withLoader of [false, true]) {
    const name = withLoader
      ? 'delayed loader, chunks and feeds (2 s), 360 px'
      : 'delayed chunks and feeds (2 s), 360 px';
    delay = (url) =>
      (url.pathname.startsWith('/dist/') && (withLoader || url.pathname !== '/dist/blog-widgets.js')) ||
      url.pathname.startsWith('/feeds/')
        ? 2000
        : 0;
    const { page, errors, close } = await open('/demo/smoke.html', { width: 360, height: 640 });
    await allDefined(page);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
    const cls = await page.evaluate(() => window.__cls);
    delay = () => 0;
    check(name, [...errors, ...(cls > 0 ? [`layout shift: CLS ${cls.toFixed(4)}`] : [])], `CLS ${cls.toFixed(3)}`);
    await close();
  }
  {
    let failed = 0;
    fail = (url) => url.pathname === '/dist/share-buttons.js' && failed++ === 0;
    const { page, errors, close } = await open('/failing.html');
    const empty = await allDefined(page, ['author-card']);
    await page.waitForSelector('share-buttons [data-bw-load-error] button');
    const shown = await page.$eval('share-buttons [data-bw-load-error]', (el) => ({
      role: el.getAttribute('role'),
      text: el.textContent,
    }));
    const problems = [
      ...errors.filter((e) => !/share-buttons/.test(e)),
      ...empty.map((t) => `<${t}> rendered nothing`),
    ];
    if (shown.role !== 'alert' || !shown.text.includes('Try again'))
      problems.push(`the failed widget shows ${JSON.stringify(shown)}`);
    await page.click('share-buttons [data-bw-load-error] button');
    const after = await allDefined(page, ['share-buttons']);
    if (after.length) problems.push('<share-buttons> did not render after "Try again"');
    if (await page.$('share-buttons [data-bw-load-error]')) problems.push('the message stayed after the retry');
    fail = () => false;
    check('failing chunk', problems, `"${shown.text}" in <share-buttons> only; the retry loads it`);
    await close();
  }
  {
    // A Hindi page: the widgets' Hindi strings load beside their code (no round trip after it), no English shows.
    const slow = ['/dist/share-buttons.js', '/dist/author-card.js'];
    delay = (url) => (slow.includes(url.pathname) ? 800 : 0);
    const { page, errors, close } = await open('/hindi.html', {
      before: (p) =>
        p.evaluateOnNewDocument(() => {
          window.__english = [];
          const look = () => {
            for (const el of document.querySelectorAll('share-buttons, author-card')) {
              const text = el.shadowRoot?.textContent ?? '';
              if (/\b(Share|Copy link|About the author)\b/.test(text))
                window.__english.push(`${el.localName}: ${text.trim().slice(0, 60)}`);
            }
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
    });
    const empty = await allDefined(page, ['share-buttons', 'author-card']);
    await page.waitForNetworkIdle({ idleTime: 200 });
    delay = () => 0;
    const english = await page.evaluate(() => window.__english);
    const hindi = log.filter((u) => /^\/dist\/chunks\/hi-/.test(u));
    const problems = [
      ...errors,
      ...empty.map((t) => `<${t}> rendered nothing`),
      ...english.slice(0, 3).map((t) => `English shown: ${t}`),
    ];
    for (const section of ['common', 'share', 'author'])
      if (!hindi.some((u) => u.includes(`/hi-${section}-`)))
        problems.push(`the Hindi ${section} strings were not requested`);
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname),
    );
    for (const u of hindi)
      if (!preloaded.includes(u))
        problems.push(`${u} was not preloaded with the widget's code (a round trip after it)`);
    // The widget modules are answered 800 ms late: a section asked for only once its module ran came after that.
    for (const u of hindi)
      if (stamps.get(u) >= Math.min(...slow.map((m) => stamps.get(m))) + 800)
        problems.push(`${u} was requested after the widget's code arrived`);
    for (const u of twice(log.filter((v) => v.startsWith('/dist/')))) problems.push(`${u} requested twice`);
    check('Hindi page', problems, `${hindi.length} Hindi sections preloaded beside the widget code; no English shown`);
    await close();
  }
  for (const path of ['/standalone.html', '/standalone-csp.html']) {
    const { page, errors, close } = await open(path, {
      before: (p) =>
        p.evaluateOnNewDocument(() => {
          window.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        }),
    });
    const empty = await allDefined(page);
    await page.waitForNetworkIdle({ idleTime: 200 });
    const ours = log.filter((u) => u.startsWith('/dist/') && u !== '/dist/blog-widgets.standalone.js');
    const violations = await page.evaluate(() => window.__violations);
    const problems = [
      ...errors,
      ...empty.map((t) => `<${t}> rendered nothing`),
      ...ours.map((u) => `fetched ${u}`),
      ...violations.map((v) => `CSP violation: ${v}`),
    ];
    check(
      path === '/standalone.html' ? 'standalone file' : 'standalone file, strict CSP',
      problems,
      `${tags.length} widgets from one file`,
    );
    await close();
  }
  {
    const { page, errors, close } = await open('/versions.html');
    const empty = await allDefined(page);
    await page.waitForNetworkIdle({ idleTime: 200 });
    const modules = log
      .filter((u) => /^\/(v2\/)?dist\/[\w-]+\.js/.test(u) && !u.includes('/blog-widgets.js'))
      .map((u) => u.replace(/^\/v2/, ''));
    const problems = [
      ...errors,
      ...empty.map((t) => `<${t}> rendered nothing`),
      ...twice(modules).map((u) => `${u} fetched from both copies`),
    ];
    check('two versions on one page', problems, 'each widget module fetched once');
    await close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}
if (failures.length) {
  console.error(`smoke-loader: FAILED\n${failures.join('\n')}`);
  process.exit(1);
}
