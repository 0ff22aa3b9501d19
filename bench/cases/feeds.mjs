// Feed cases: normalising a 150-entry Blogger feed, and the first render of 10 posts once the data is there.
// The feed layer is bundled from src/ with esbuild into dist/bench/ (the library bundle exports only widgets).
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).bench;

export async function cases(ctx) {
  mkdirSync(`${root}dist/bench`, { recursive: true });
  await build({
    entryPoints: [`${root}src/core/feeds/index.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: `${root}dist/bench/feeds.js`,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'error',
  });
  let page;
  const ready = async () => {
    if (page) return page;
    page = await ctx.browser.newPage();
    await page.goto(`${ctx.origin}/bench/blank.html`);
    await page.evaluate(async () => {
      window.feeds = await import('/dist/bench/feeds.js');
      window.feedText = await (await fetch('/test/fixtures/feeds/blogger-150.json')).text();
      await import('/dist/blog-widgets.standalone.js');
      // Ten posts with local images, cached as a widget on a page would find them after a first load.
      const data = JSON.parse(window.feedText);
      data.feed.entry = data.feed.entry.slice(0, 10);
      for (const e of data.feed.entry)
        if (e.media$thumbnail) e.media$thumbnail.url = `${location.origin}/demo/data/images/leaf.svg`;
      const feed = window.feeds.parseBloggerJson(data);
      const src = `${location.origin}/bench-blog/feeds/posts/default`;
      const key = window.feeds.feedKey(window.feeds.resolveSource(src), { max: 25, label: undefined });
      localStorage.setItem(`blog-widgets:cache:${key}`, JSON.stringify({ time: Date.now(), key, value: feed }));
      window.benchSrc = src;
    });
    return page;
  };
  return [
    {
      name: 'normalise a 150-entry Blogger feed',
      budget: budgets['normalise a 150-entry Blogger feed'],
      measure: async () =>
        (await ready()).evaluate(() => {
          const data = JSON.parse(window.feedText);
          const start = performance.now();
          const feed = window.feeds.parseBloggerJson(data);
          const ms = performance.now() - start;
          if (feed.posts.length !== 150) throw new Error(`expected 150 posts, got ${feed.posts.length}`);
          return ms;
        }),
    },
    {
      name: 'first render of 10 posts after data',
      budget: budgets['first render of 10 posts after data'],
      measure: async () =>
        (await ready()).evaluate(async () => {
          const main = document.querySelector('main');
          main.replaceChildren();
          const el = document.createElement('popular-posts');
          for (const [k, v] of Object.entries({
            src: window.benchSrc,
            max: '10',
            loading: 'eager',
            'show-comments': '',
            layout: 'list',
          }))
            el.setAttribute(k, v);
          const start = performance.now();
          main.append(el);
          await el.updateComplete;
          const ms = performance.now() - start;
          const shown = el.shadowRoot.querySelectorAll('[part=item]').length;
          if (shown !== 10) throw new Error(`expected 10 posts, got ${shown}`);
          return ms;
        }),
    },
  ];
}
