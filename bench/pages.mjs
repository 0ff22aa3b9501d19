import { widgetTags } from '../scripts/static-server.mjs';

// The pages of bench/page.mjs (also read by bench/loaf.mjs).
export const NETWORKS = ['facebook', 'linkedin', 'whatsapp', 'telegram', 'email'];
export const BARS = 20;
// Every page starts as a post does, with a paragraph of the article (the loader starts after the page's own first
// contentful paint; a page of nothing but widgets would make it wait for its fallback).
const doc = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body><p>Many people tell me the same thing in their first session: they know they are overthinking, and they cannot stop.</p>${body}</body></html>`;
const oursBar = `<share-buttons url="https://blog.example/post" networks="${NETWORKS.join(' ')}"></share-buttons>`;
const theirsBar = `<div class="shareon" data-url="https://blog.example/post">${NETWORKS.map((n) => `<a class="${n}"></a>`).join('')}</div>`;
// Every widget's tag, as custom-elements.json lists them (the same list the loader has).
export const TAGS = await widgetTags();
const ATTRS = {
  'author-card': 'name="Dr. Meera Rao"',
  'book-appointment': 'timezone="Asia/Kolkata" hours="mon-sat 10:00-18:00" action="/demo-api/bookings"',
  'popular-posts': 'src="/test/fixtures/feeds/atom.xml" loading="eager"',
  'featured-post': 'src="/test/fixtures/feeds/atom.xml" loading="eager"',
  'subscribe-form': 'action="/demo-api/subscribe"',
  'share-buttons': 'url="https://blog.example/post"',
};
export const pages = {
  '/bench/ours.html': doc(
    '<script type="module" src="/dist/blog-widgets.js"></script>',
    Array(BARS).fill(oursBar).join(''),
  ),
  // shareon's own instructions: the script with `init` after the bars.
  '/bench/theirs.html': doc(
    '<link rel="stylesheet" href="/node_modules/shareon/dist/shareon.min.css">',
    `${Array(BARS).fill(theirsBar).join('')}<script src="/node_modules/shareon/dist/shareon.iife.js" init></script>`,
  ),
  '/bench/fifty.html': doc(
    '<script type="module" src="/dist/blog-widgets.js"></script>',
    TAGS.map((t) =>
      Array(50)
        .fill(`<${t} ${ATTRS[t] ?? ''}></${t}>`)
        .join(''),
    ).join(''),
  ),
};
// The floor: the least any Lit component pays for its first render (a LitElement rendering just the five links
// into its shadow root; no styles, no strings, no attributes), bundled with Lit by bench/page.mjs.
export const FLOOR_JS = '/node_modules/.cache/blog-widgets-bench/lit-floor.js';
export const FLOOR_SOURCE = `import { LitElement, html } from 'lit';
class BenchFloor extends LitElement {
  static properties = { url: {} };
  render() {
    const u = encodeURIComponent(this.url ?? '');
    return html\`${NETWORKS.map((n) => `<a part="button" href="https://${n}.example/share?u=\${u}">${n}</a>`).join('')}\`;
  }
}
customElements.define('bench-floor', BenchFloor);
`;
pages['/bench/floor.html'] = doc(
  `<script type="module" src="${FLOOR_JS}"></script>`,
  Array(BARS).fill('<bench-floor url="https://blog.example/post"></bench-floor>').join(''),
);
// One kind at a time, for diagnosis (bench/loaf.mjs fifty-book-appointment).
for (const t of TAGS)
  pages[`/bench/fifty-${t}.html`] = doc(
    '<script type="module" src="/dist/blog-widgets.js"></script>',
    Array(50)
      .fill(`<${t} ${ATTRS[t] ?? ''}></${t}>`)
      .join(''),
  );
