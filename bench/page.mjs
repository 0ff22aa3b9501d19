// Page benchmarks in headless Chromium (no throttling), pages served gzipped by bench/server.mjs:
// - 20 share bars: <share-buttons> through the loader against shareon (the lightest ethical share-button library),
//   each page loaded afresh, alternating; time from navigation start until all 20 bars are usable (our buttons
//   rendered; shareon's links given their addresses), medians, the ratio ours/theirs and both byte counts (gzip);
// - 50 of every widget through the loader: time until all 400 are rendered, and the longest main-thread task.
// Budgets in scripts/budgets.json ("page"); writes bench/page.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startBenchServer } from './server.mjs';
import { launchBrowser } from '../scripts/static-server.mjs';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { BARS, FLOOR_JS, FLOOR_SOURCE, NETWORKS, TAGS, pages } from './pages.mjs';
import { median } from './common.mjs';

const budget = JSON.parse(readFileSync(new URL('../scripts/budgets.json', import.meta.url), 'utf8')).page;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
// The Lit floor's bundle (Lit's production build, minified), served from node_modules/.cache.
const floorFile = new URL(`..${FLOOR_JS}`, import.meta.url);
mkdirSync(new URL('.', floorFile), { recursive: true });
await build({
  stdin: { contents: FLOOR_SOURCE, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: floorFile.pathname,
  logLevel: 'error',
});
const server = await startBenchServer({ pages });
const browser = await launchBrowser();
const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
async function measure(path, usable) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(usable, { polling: 'raf', timeout: 60_000 });
  const result = await page.evaluate(() => ({ at: performance.now(), longest: window.__longest }));
  await context.close();
  return result;
}
const oursUsable = (n) =>
  `document.querySelectorAll('share-buttons').length === ${n} && [...document.querySelectorAll('share-buttons')].every((el) => el.shadowRoot?.querySelector('[part~="button"]'))`;
const floorUsable = (n) =>
  `document.querySelectorAll('bench-floor').length === ${n} && [...document.querySelectorAll('bench-floor')].every((el) => el.shadowRoot?.querySelector('[part~="button"]'))`;
const theirsUsable = (n) => `document.querySelectorAll('.shareon a[href]').length === ${n * NETWORKS.length}`;
const fiftyUsable = `${JSON.stringify(TAGS)}.every((t) => customElements.get(t)) && [...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})].every((el) => el.shadowRoot?.childElementCount && !el.isUpdatePending) && [...document.querySelectorAll('popular-posts')].every((el) => el.shadowRoot.querySelector('[part~="list"]:not([part~="skeleton"]) > [part~="item"]')) && [...document.querySelectorAll('featured-post')].every((el) => el.shadowRoot.querySelector('[part~="title"]')) && [...document.querySelectorAll('book-appointment')].every((el) => el.shadowRoot.querySelector('[part~="calendar"]'))`;

const ours = [];
const theirs = [];
const floor = [];
const fifty = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    ours.push(await measure('/bench/ours.html', oursUsable(BARS)));
    theirs.push(await measure('/bench/theirs.html', theirsUsable(BARS)));
    floor.push(await measure('/bench/floor.html', floorUsable(BARS)));
  }
  for (let i = 0; i < Math.min(RUNS, 5); i += 1) fifty.push(await measure('/bench/fifty.html', fiftyUsable));
} finally {
  await browser.close();
  await server.close();
}
const imports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/from"\.\/chunks\/([^"]+)"/g)].map((m) => `dist/chunks/${m[1]}`);
const ourBytes = gz(['dist/blog-widgets.js', 'dist/share-buttons.js', ...imports('dist/share-buttons.js')]);
const theirBytes = gz(['node_modules/shareon/dist/shareon.iife.js', 'node_modules/shareon/dist/shareon.min.css']);
const o = median(ours.map((r) => r.at));
const t = median(theirs.map((r) => r.at));
const fl = median(floor.map((r) => r.at));
const floorBytes = gz([floorFile.pathname]);
const f = median(fifty.map((r) => r.at));
const longest = median(fifty.map((r) => r.longest));
console.log(
  `${BARS} share bars usable, from navigation start (median of ${RUNS}): ours ${o.toFixed(1)} ms (${ourBytes} B gzip: loader, share-buttons, shared chunk), shareon ${t.toFixed(1)} ms (${theirBytes} B gzip: js and css); ratio ours/theirs ${(o / t).toFixed(2)}`,
);
console.log(
  `the Lit floor, 20 LitElements rendering the same five links and nothing else: ${fl.toFixed(1)} ms (${floorBytes} B gzip), ratio floor/shareon ${(fl / t).toFixed(2)}; ours/floor ${(o / fl).toFixed(2)}`,
);
console.log(
  `50 of every widget (400) usable: ${f.toFixed(0)} ms (budget ${budget['50 of every widget: usable (ms)']}); ${longest ? `longest task ${longest.toFixed(0)} ms` : 'no long task (none of 50 ms or more)'} (budget ${budget['longest task (ms)']})`,
);
writeFileSync(
  new URL('./page.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), shareBars: { ours, theirs, floor, ourBytes, theirBytes, floorBytes, ratio: o / t, floorRatio: fl / t }, fifty }, null, 2)}\n`,
);
if (f > budget['50 of every widget: usable (ms)'] || longest > budget['longest task (ms)']) {
  console.error('bench: a page budget is missed');
  process.exit(1);
}
