// npm run screenshots: a picture of every widget in the manifest, taken from the demo blog (served as `npm start`
// serves it) in headless Chromium, light and dark: demo/media/screenshots/<tag>-light.png and <tag>-dark.png.
// The README's generated API block of each widget shows them (scripts/docs.mjs); `npm test` fails when one is missing.
// `node scripts/screenshots.mjs share-buttons` takes only the named widgets.
import { mkdirSync } from 'node:fs';
import { startDemoServer } from './e2e-server.mjs';
import { launchBrowser } from './static-server.mjs';
import { manifestWidgets, screenshotPath } from './docs.mjs';

const only = process.argv.slice(2);
const tags = manifestWidgets()
  .map((w) => w.tagName)
  .filter((tag) => !only.length || only.includes(tag));
const MARGIN = 16;

mkdirSync('demo/media/screenshots', { recursive: true });
const server = await startDemoServer();
const browser = await launchBrowser();
const missing = [];
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: theme },
    ]);
    await page.goto(`${server.origin}/demo/${theme === 'dark' ? '?theme=dark' : ''}`, { waitUntil: 'networkidle0' });
    for (const tag of tags) {
      const handle = await page.$(tag);
      if (!handle) {
        missing.push(`<${tag}> is not in demo/index.html`);
        continue;
      }
      // Bring it into view (widgets may load below-the-fold data lazily), let it load and settle.
      await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => {});
      await handle.evaluate(async (el) => {
        await el.updateComplete;
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      // The clip is in page coordinates: the element's box plus the scroll position.
      const box = await handle.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      });
      if (!box || box.width === 0 || box.height === 0) {
        missing.push(`<${tag}> has no size in the demo`);
        continue;
      }
      const path = screenshotPath(tag, theme);
      await page.screenshot({
        path,
        clip: {
          x: Math.max(0, box.x - MARGIN),
          y: Math.max(0, box.y - MARGIN),
          width: Math.ceil(box.width + 2 * MARGIN),
          height: Math.ceil(box.height + 2 * MARGIN),
        },
        captureBeyondViewport: true,
      });
      console.log(`screenshots: ${path} (${Math.round(box.width)}x${Math.round(box.height)})`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (missing.length) {
  console.error(`screenshots: FAILED\n${[...new Set(missing)].join('\n')}`);
  process.exit(1);
}
