// End-to-end: a blog owner uses the configurator (demo/get.html, served as `npm start` serves it), picks a widget,
// sets options with the form controls, copies the Blogger gadget snippet, and pastes it into a fresh page that loads
// the BUILT bundle (dist/blog-widgets.js instead of the CDN URL). The widget must render what was chosen.
//
// Cases run for every widget that is in custom-elements.json; a case whose widget is not there yet is listed as
// "not in the manifest" (never silently skipped). To add a case: an entry in CASES.
import { existsSync } from 'node:fs';
import { startBundleServer, startDemoServer } from './e2e-server.mjs';
import { launchBrowser } from './static-server.mjs';
import { manifestWidgets } from './docs.mjs';

const CDN_URL = 'https://cdn.jsdelivr.net/npm/blog-widgets@1/dist/blog-widgets.js';

/** Top-level elements in the widget's shadow root that match `selector` (nested matches are not counted twice). */
const countParts = (page, tag, selector) =>
  page.evaluate(
    (tag, selector) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) return -1;
      return [...root.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector)).length;
    },
    tag,
    selector,
  );

const CASES = [
  {
    tag: 'share-buttons',
    set: { networks: 'whatsapp email', layout: 'icons' },
    expectInSnippet: ['networks="whatsapp email"', 'layout="icons"'],
    async check(page) {
      const result = await page.evaluate(() => {
        const buttons = [...document.querySelector('share-buttons').shadowRoot.querySelectorAll('[part~="button"]')];
        return { networks: buttons.map((b) => b.dataset.network), texts: buttons.map((b) => b.textContent.trim()) };
      });
      assert(
        result.networks.join(' ') === 'whatsapp email',
        `expected exactly the whatsapp and email buttons, got [${result.networks}]`,
      );
      assert(
        result.texts.every((t) => t === ''),
        `layout=icons should show no visible labels, got [${result.texts}]`,
      );
      return `${result.networks.length} buttons (${result.networks.join(', ')}), icons only`;
    },
  },
  {
    // Enabled by itself once <popular-posts> is in custom-elements.json. The fresh page gets the demo blog's feed at
    // /feeds/posts/default from the demo routes. If the widget names its cards differently, adjust POSTS below.
    tag: 'popular-posts',
    set: { max: '3', layout: 'cards' },
    expectInSnippet: ['max="3"', 'layout="cards"'],
    async check(page) {
      const POSTS = '[part~="list"]:not([part~="skeleton"]) > [part~="item"]';
      await page
        .waitForFunction(
          (selector) =>
            (document.querySelector('popular-posts')?.shadowRoot?.querySelectorAll(selector).length ?? 0) > 0,
          { timeout: 10_000 },
          POSTS,
        )
        .catch(() => {});
      const cards = await countParts(page, 'popular-posts', POSTS);
      assert(cards === 3, `expected three posts (${POSTS}), got ${cards}`);
      const layout = await page.evaluate(() => {
        const host = document.querySelector('popular-posts');
        const list = host.shadowRoot.querySelector('[part~="list"]:not([part~="skeleton"])');
        return { attribute: host.getAttribute('layout'), display: getComputedStyle(list).display };
      });
      assert(
        layout.attribute === 'cards' && layout.display === 'grid',
        `expected the cards layout (a grid), got ${JSON.stringify(layout)}`,
      );
      return '3 cards (a grid)';
    },
  },
];

class Failure extends Error {}
function assert(condition, message) {
  if (!condition) throw new Failure(message);
}

if (!existsSync('dist/blog-widgets.js')) {
  console.error('e2e: dist/blog-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
const tags = new Set(manifestWidgets().map((w) => w.tagName));
const toRun = CASES.filter((c) => tags.has(c.tag));
for (const c of CASES.filter((c) => !tags.has(c.tag)))
  console.log(`e2e: case <${c.tag}> not run: not in custom-elements.json yet`);

let freshHtml = '';
const demo = await startDemoServer();
const bundle = await startBundleServer({ '/fresh.html': () => freshHtml, '/favicon.ico': '' });
const browser = await launchBrowser();
const failures = [];
const ran = [];
try {
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(demo.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  for (const testCase of toRun) {
    const where = `<${testCase.tag}>`;
    const errors = [];
    try {
      // 1. The configurator.
      const page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(`configurator: ${error}`));
      await page.goto(`${demo.origin}/demo/get.html`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('input[name="widget"]');
      await page.click(`input[name="widget"][value="${testCase.tag}"]`);
      await page.waitForSelector(`form[data-widget="${testCase.tag}"]`);
      for (const [name, value] of Object.entries(testCase.set)) {
        const selector = `[data-field="${name}"] [name="${name}"]`;
        const kind = await page.$eval(selector, (el) => (el.localName === 'input' ? el.type : el.localName));
        if (kind === 'select-one' || kind === 'select') {
          await page.select(selector, value);
        } else if (kind === 'checkbox') {
          const checked = await page.$eval(selector, (el) => el.checked);
          if (checked !== (value === 'true')) await page.click(selector);
        } else {
          await page.click(selector, { clickCount: 3 });
          await page.$eval(selector, (el) => {
            el.value = '';
            el.dispatchEvent(new Event('input', { bubbles: true }));
          });
          await page.type(selector, value);
        }
      }
      // The preview settles first (its module loads after the page's first paint; the page re-renders when it has
      // rendered): a click while the page re-renders once found no box for the copy button under load.
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-stage] > *');
        return !el || (customElements.get(el.localName) && el.shadowRoot?.childElementCount && !el.isUpdatePending);
      });
      // The configurator's own warnings for these values: there should be none.
      const warnings = await page.$$eval('[data-warning]', (els) => els.map((el) => el.textContent.trim()));
      assert(!warnings.length, `the configurator warned: ${warnings.join(' | ')}`);
      // 2. Copy the Blogger gadget snippet, read it back from the clipboard (or, failing that, from the page).
      await (await page.waitForSelector('[data-copy="gadget"]', { visible: true })).click();
      await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent.trim());
      const shown = await page.$eval('[data-snippet="gadget"]', (el) => el.textContent);
      let snippet = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
      const source = snippet ? 'clipboard' : 'snippet text (clipboard unreadable here)';
      if (snippet) assert(snippet === shown, 'the clipboard holds something other than the snippet shown');
      else snippet = shown;
      for (const part of testCase.expectInSnippet) assert(snippet.includes(part), `snippet lacks ${part}:\n${snippet}`);
      assert(snippet.includes(CDN_URL), 'snippet does not load the library from the CDN');
      await page.close();

      // 3. A fresh Blogger page (Blogger's generator meta, as every blogspot page has) with that snippet and the
      //    built bundle.
      freshHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Blogger"><link rel="icon" href="data:,"><title>A blog post</title></head><body><main>${snippet.replace(
        CDN_URL,
        '/dist/blog-widgets.js',
      )}</main></body></html>`;
      const fresh = await browser.newPage();
      fresh.on('pageerror', (error) => errors.push(`fresh page: ${error}`));
      fresh.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn')
          errors.push(`fresh page console ${message.type()}: ${message.text()}`);
      });
      await fresh.goto(`${bundle.origin}/fresh.html`, { waitUntil: 'networkidle0' });
      await fresh.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        await document.querySelector(tag).updateComplete;
      }, testCase.tag);
      const what = await testCase.check(fresh);
      await fresh.close();
      assert(!errors.length, errors.join('\n'));
      ran.push(
        `${where}: ${Object.entries(testCase.set)
          .map(([k, v]) => `${k}="${v}"`)
          .join(' ')} -> ${what} (snippet from the ${source})`,
      );
    } catch (error) {
      failures.push(
        `${where}: ${error instanceof Failure ? error.message : (error.stack ?? error)}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`,
      );
    }
  }
} finally {
  await browser.close();
  await bundle.close();
  await demo.close();
}
for (const line of ran) console.log(`e2e: ok ${line}`);
if (failures.length || !ran.length) {
  console.error(`e2e: FAILED\n${failures.join('\n') || 'no case ran'}`);
  process.exit(1);
}
console.log(`e2e: configurator cases run: ${toRun.map((c) => c.tag).join(', ')}`);
