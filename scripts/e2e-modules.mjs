// End-to-end: every per-widget module works alone, as `import 'blog-widgets/<widget>.js'` gives it to npm users.
// For each dist/<folder>.js: a page that imports only that module defines only the tags declared in that folder
// (from custom-elements.json), and each of them renders, with no console error, in English and in Hindi, showing
// no string key where text belongs (each module carries only its own strings). The pages are Blogger pages (its
// generator meta), so the feed widgets read the demo blog's feed from the demo routes.
import { existsSync } from 'node:fs';
import { startBundleServer } from './e2e-server.mjs';
import { launchBrowser } from './static-server.mjs';
import { manifestWidgets } from './docs.mjs';

const widgets = manifestWidgets();
const allTags = widgets.map((w) => w.tagName);
const folders = new Map();
for (const widget of widgets) {
  const folder = /src\/widgets\/([^/]+)\//.exec(widget.modulePath)?.[1];
  if (!folder) continue;
  folders.set(folder, [...(folders.get(folder) ?? []), widget.tagName]);
}
const pages = {};
for (const [folder, tags] of folders) {
  if (!existsSync(`dist/${folder}.js`)) {
    console.error(`modules: dist/${folder}.js is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const lang of ['en', 'hi'])
    pages[`/${folder}-${lang}.html`] =
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="generator" content="Blogger"><link rel="icon" href="data:,"><title>${folder}</title>
    <script type="module" src="/dist/${folder}.js"></script></head><body>${tags.map((t) => `<${t}></${t}>`).join('')}</body></html>`;
}
const server = await startBundleServer(pages);
const browser = await launchBrowser();
const failures = [];
try {
  for (const [folder, tags] of folders)
    for (const lang of ['en', 'hi']) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.origin}/${folder}-${lang}.html`, { waitUntil: 'networkidle0' });
      const report = await page.evaluate(
        async (tags, allTags) => {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
          return {
            defined: allTags.filter((t) => customElements.get(t)),
            empty: tags.filter((t) => !document.querySelector(t).shadowRoot?.childElementCount),
            // Text and labels that look like a string key ('share.heading'): a table the module did not bring.
            keys: tags.flatMap((t) => {
              const root = document.querySelector(t).shadowRoot;
              const labels = [...(root?.querySelectorAll('*') ?? [])].flatMap((n) =>
                ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) ?? ''),
              );
              return (
                [root?.textContent ?? '', ...labels]
                  .join(' ')
                  .match(/\b(common|share|author|posts|search|subscribe|booking|translate)\.[a-z][\w.]*/gi) ?? []
              );
            }),
          };
        },
        tags,
        allTags,
      );
      const problems = [...errors];
      if (report.defined.join() !== tags.join()) problems.push(`defines [${report.defined}], expected only [${tags}]`);
      for (const tag of report.empty) problems.push(`<${tag}> rendered nothing`);
      if (report.keys.length)
        problems.push(`shows string keys instead of text: ${[...new Set(report.keys)].join(', ')}`);
      if (problems.length) failures.push(`dist/${folder}.js (${lang}): ${problems.join('; ')}`);
      else
        console.log(
          `modules: dist/${folder}.js alone defines only ${tags.map((t) => `<${t}>`).join(', ')}, and it renders in ${lang}`,
        );
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`modules: FAILED\n${failures.join('\n')}`);
  process.exit(1);
}
