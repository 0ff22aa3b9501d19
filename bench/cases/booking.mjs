// <book-appointment>: computing 30 days of slots (the engine alone, bundled from src/core/booking with esbuild) and
// the first render of the calendar from the built bundle. Budgets from issue 6.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).bench;

const entry = fileURLToPath(new URL('../../src/core/booking/index.ts', import.meta.url));
const ATTRS = {
  timezone: 'Asia/Kolkata',
  'visitor-timezone': 'America/New_York',
  hours: 'mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00',
  closed: '2026-12-25 2026-12-30..2027-01-02',
  horizon: '30',
};

export async function cases(ctx) {
  const engine = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'booking',
    write: false,
    target: 'es2022',
  });
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/bench/blank.html`);
  await page.evaluate(engine.outputFiles[0].text);
  await page.evaluate(async () => import('/dist/blog-widgets.standalone.js'));
  let run = 0;
  return [
    {
      name: '<book-appointment>: 30 days of slots',
      budget: budgets['book-appointment: 30 days of slots'],
      measure: async () =>
        page.evaluate(
          (hours, offset) => {
            const { parseHours, parseClosed, generateSlots } = window.booking;
            // A different "now" on every run so no cache of a previous run's days helps.
            const now = Date.parse('2026-03-01T00:00:00Z') + offset * 86_400_000 * 31;
            const start = performance.now();
            const slots = generateSlots({
              week: parseHours(hours).week,
              timezone: 'Asia/Kolkata',
              now,
              duration: 50,
              buffer: 10,
              notice: 86_400_000,
              horizon: 30,
              closed: parseClosed('2026-12-25 2026-12-30..2027-01-02').ranges,
            });
            const ms = performance.now() - start;
            if (slots.length < 100) throw new Error(`only ${slots.length} slots`);
            return ms;
          },
          ATTRS.hours,
          run++,
        ),
    },
    {
      name: '<book-appointment>: first render of the calendar',
      budget: budgets['book-appointment: first render of the calendar'],
      measure: async () =>
        page.evaluate(async (attrs) => {
          const main = document.querySelector('main');
          main.replaceChildren();
          const el = document.createElement('book-appointment');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          const start = performance.now();
          main.append(el);
          await el.updateComplete;
          const ms = performance.now() - start;
          if (!el.shadowRoot.querySelector('table[role=grid] td[tabindex="0"]')) throw new Error('no calendar');
          return ms;
        }, ATTRS),
    },
  ];
}
