// Measures the box every widget of the demo post page (demo/index.html) takes once rendered, at 360 px and at
// 1280 px, in the demo's theme: the figures behind src/loader/reserve.ts. `node scripts/measure-reserve.mjs`
// after `npm run build`. Prints tag, attributes, height in px and in em of the widget's font size.
import { readFileSync } from 'node:fs';
import { startBundleServer } from './e2e-server.mjs';
import { launchBrowser } from './static-server.mjs';

const demo = readFileSync('demo/index.html', 'utf8').replace('/src/index.ts', '/dist/blog-widgets.standalone.js');
const server = await startBundleServer({ '/demo/measure.html': demo });
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(`${server.origin}/demo/measure.html`, { waitUntil: 'networkidle0' });
    const rows = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('*')].filter(
        (el) => el.localName.includes('-') && customElements.get(el.localName),
      );
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 500));
      return els.map((el) => {
        const { height, width } = el.getBoundingClientRect();
        const font = parseFloat(getComputedStyle(el).fontSize);
        const attrs = [...el.attributes]
          .map((a) => `${a.name}=${a.value}`)
          .join(' ')
          .slice(0, 60);
        return `${el.localName.padEnd(18)} ${String(Math.round(width)).padStart(5)} x ${height.toFixed(1).padStart(7)} px = ${(height / font).toFixed(2).padStart(6)} em  ${attrs}`;
      });
    });
    console.log(`at ${width} px:\n${rows.join('\n')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
