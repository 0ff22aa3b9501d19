// <blog-search>: filtering 500 posts for a query (RSS, Atom and JSON Feed sources are filtered in the browser).
// The case bundles src/core/feeds/search.ts on the fly with esbuild and times `rankMatches` itself. Each post's
// folded text is computed at its first query and reused, as in the widget, where every keystroke searches again.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).bench;

const WORDS = [
  'anxiety',
  'sleep',
  'stress',
  'family',
  'exam',
  'grief',
  'calm',
  'work',
  'चिंता',
  'नींद',
  'तनाव',
  'café',
  'résumé',
];

export async function cases(ctx) {
  const { outputFiles } = await build({
    entryPoints: ['src/core/feeds/search.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const code = outputFiles[0].text;
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/bench/blank.html`);
  await page.evaluate(
    async (code, words) => {
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      window.search = await import(url);
      window.posts = Array.from({ length: 500 }, (_, i) => ({
        id: String(i),
        url: `https://blog.example/p/${i}.html`,
        title: `${words[i % words.length]} and ${words[(i * 7) % words.length]}: notes from session ${i}`,
        summary: `A short summary about ${words[(i * 3) % words.length]} with several ordinary words to read through, number ${i}.`,
        labels: [words[(i * 5) % words.length], 'Self-help'],
      }));
    },
    code,
    WORDS,
  );
  return [
    {
      name: 'blog-search: filter 500 posts for a query',
      budget: budgets['blog-search: filter 500 posts'],
      measure: async (_ctx, run) =>
        page.evaluate(
          (query) => {
            const start = performance.now();
            const found = window.search.rankMatches(window.posts, query);
            const ms = performance.now() - start;
            if (!found.length) throw new Error(`nothing found for ${query}`);
            return ms;
          },
          `${WORDS[run % WORDS.length]} ${run % 2 ? 'notes' : ''}`.trim(),
        ),
    },
    {
      // For the record: the first query over freshly loaded posts also folds their text once (no budget).
      name: 'blog-search: first query over 500 fresh posts',
      measure: async (_ctx, run) =>
        page.evaluate(
          (query) => {
            const fresh = window.posts.map((post) => ({ ...post }));
            const start = performance.now();
            window.search.rankMatches(fresh, query);
            return performance.now() - start;
          },
          WORDS[run % WORDS.length],
        ),
    },
  ];
}
