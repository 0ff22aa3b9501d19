// Diagnosis: what the demo post page requests and when, at a phone's size (412 × 823, as Lighthouse's mobile run),
// with the page's LCP time: `node bench/requests.mjs [path]`.
import { startBenchServer } from './server.mjs';
import { launchBrowser } from '../scripts/static-server.mjs';

const path = process.argv[2] ?? '/demo/post.html';
const server = await startBenchServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    window.__lcps = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        window.__lcp = e.startTime;
        window.__lcps.push(
          `${e.startTime.toFixed(0)} ms, size ${e.size}: ${e.element ? e.element.outerHTML.slice(0, 90) : '(in a shadow root or gone)'} ${e.url}`,
        );
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 1500));
  const out = await page.evaluate(() => ({
    lcp: window.__lcp,
    lcps: window.__lcps,
    load: performance.getEntriesByType('navigation')[0].loadEventStart,
    res: performance
      .getEntriesByType('resource')
      .map((r) => [
        Math.round(r.startTime),
        Math.round(r.responseEnd),
        r.transferSize,
        r.initiatorType,
        r.name.replace(location.origin, ''),
      ]),
  }));
  console.log(
    `LCP ${out.lcp.toFixed(0)} ms, load event ${out.load.toFixed(0)} ms; candidates:\n  ${out.lcps.join('\n  ')}`,
  );
  for (const r of out.res) console.log(r.join('\t'));
} finally {
  await browser.close();
  await server.close();
}
