// Foundation cases: evaluating the bundle and defining every tag; first render of each widget, alone and 50 at once.
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).bench;

/** Attributes that let each widget render without a network. Later widgets add theirs. */
export const SAMPLE_ATTRIBUTES = {
  'author-card': { name: 'Dr. Meera Rao', credentials: 'Ph.D., Counselling Psychologist', 'cta-href': '#book' },
  'share-buttons': { url: 'https://blog.example/post.html' },
  'book-appointment': { timezone: 'Asia/Kolkata', hours: 'mon-sat 10:00-18:00', action: '/demo-api/bookings' },
  'translate-toggle': { languages: 'en hi ur' },
  'popular-posts': { src: '/test/fixtures/feeds/atom.xml', 'cache-ttl': '0' },
  'featured-post': { src: '/test/fixtures/feeds/atom.xml', 'cache-ttl': '0' },
  'subscribe-form': { action: '/demo-api/subscribe', fields: 'name' },
};

async function freshPage(ctx) {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/bench/blank.html`);
  return page;
}

export async function cases(ctx) {
  let page;
  const withBundle = async () => {
    if (!page) {
      page = await freshPage(ctx);
      await page.evaluate(async () => import('/dist/blog-widgets.standalone.js'));
    }
    return page;
  };
  const renderCase = (tag, count) => ({
    name: count === 1 ? `first render: <${tag}>` : `first render: 50 × <${tag}>`,
    budget: count === 1 ? budgets['first render, each widget'] : budgets['first render, 50 of each widget'],
    measure: async () =>
      (await withBundle()).evaluate(
        async (tag, attrs, count) => {
          const main = document.querySelector('main');
          main.replaceChildren();
          const els = Array.from({ length: count }, () => {
            const el = document.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            return el;
          });
          const start = performance.now();
          main.append(...els);
          await Promise.all(els.map((el) => el.updateComplete));
          return performance.now() - start;
        },
        tag,
        SAMPLE_ATTRIBUTES[tag] ?? {},
        count,
      ),
  });
  return [
    {
      name: 'evaluate bundle + define every tag',
      budget: budgets['define all tags'],
      measure: async (ctx, run) => {
        const fresh = await freshPage(ctx);
        const ms = await fresh.evaluate(
          async (run, tags) => {
            const start = performance.now();
            await import(`/dist/blog-widgets.standalone.js?run=${run}`);
            if (!tags.every((t) => customElements.get(t))) throw new Error('not every tag defined');
            return performance.now() - start;
          },
          run,
          ctx.tags,
        );
        await fresh.close();
        return ms;
      },
    },
    ...ctx.tags.flatMap((tag) => [renderCase(tag, 1), renderCase(tag, 50)]),
  ];
}
