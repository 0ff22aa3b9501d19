// Diagnosis: a CPU profile of a page load, summed by function (self time), e.g. `node bench/profile.mjs fifty`
// or `node bench/profile.mjs /demo/post.html`. Prints the 25 costliest functions with their file and line.
import { startBenchServer } from './server.mjs';
import { launchBrowser } from '../scripts/static-server.mjs';
import { pages } from './pages.mjs';

const path = process.argv[2] ?? '/demo/post.html';
const server = await startBenchServer({ pages });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}${path.startsWith('/') ? path : `/bench/${path}.html`}`, {
    waitUntil: 'networkidle0',
  });
  await new Promise((r) => setTimeout(r, 2000));
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^https?:\/\/[^/]+/, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  for (const [k, ms] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25)))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
