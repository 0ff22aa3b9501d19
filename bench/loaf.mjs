// Diagnosis: which scripts make the long frames of a page (Long Animation Frames API), e.g.
// `node bench/loaf.mjs /demo/post.html` or `node bench/loaf.mjs fifty`. Prints frames over 50 ms with their scripts.
import { startBenchServer } from './server.mjs';
import { launchBrowser } from '../scripts/static-server.mjs';

const path = process.argv[2] ?? '/demo/post.html';
const server = await startBenchServer({ pages: (await import('./pages.mjs')).pages });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            type: s.invokerType,
            src: s.sourceURL.replace(/^https?:\/\/[^/]+/, ''),
            fn: s.sourceFunctionName,
            duration: Math.round(s.duration),
            forcedStyleAndLayout: Math.round(s.forcedStyleAndLayoutDuration),
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`${server.origin}${path.startsWith('/') ? path : `/bench/${path}.html`}`, {
    waitUntil: 'networkidle0',
  });
  await new Promise((r) => setTimeout(r, 3000));
  const frames = await page.evaluate(() => window.__frames);
  for (const f of frames.filter((x) => x.duration > Number(process.env.MIN ?? 50))) {
    console.log(`frame at ${f.start.toFixed(0)} ms: ${f.duration.toFixed(0)} ms (blocking ${f.blocking.toFixed(0)})`);
    for (const s of f.scripts)
      console.log(`   ${s.duration} ms ${s.type} ${s.invoker} ${s.src} ${s.fn} layout ${s.forcedStyleAndLayout}`);
  }
} finally {
  await browser.close();
  await server.close();
}
