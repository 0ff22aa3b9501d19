// Every file of the feedparser corpus's sanitize/ folder (scripts, event handlers, javascript: URLs, styles and
// hundreds of elements and attributes) rendered in <popular-posts>: nothing executes, no on* attribute and no
// non-http(s) URL reaches the widget's DOM. Read in place from ../shared/corpora through the test server.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/popular-posts/define.js';
import type { PopularPosts } from '../../src/widgets/popular-posts/popular-posts.js';
import { corpusUrl } from '../helpers/index.js';

const corpus = (path: string) => corpusUrl(path, 'sanitize');
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'xlink:href',
  'cite',
  'longdesc',
  'usemap',
  'ping',
];

describe('<popular-posts> with the sanitize corpus', function () {
  this.timeout(240_000);
  let files: string[] = [];

  before(async function () {
    const response = await fetch(corpus('feedparser/cases.json'));
    if (response.status === 404) {
      console.log('corpus: ../shared/corpora/feedparser is absent; skipping the sanitize rendering test');
      this.skip();
    }
    files = ((await response.json()) as { file: string }[])
      .map((c) => c.file)
      .filter((f) => f.startsWith('wellformed/sanitize/'));
  });

  it('renders every sanitize/ file with no script run, no on* attribute and no non-http(s) URL', async () => {
    expect(files.length).to.be.greaterThan(700);
    const executed: string[] = [];
    const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open };
    window.alert =
      window.confirm =
      window.prompt =
      window.open =
        ((...args: unknown[]) => executed.push(String(args[0]))) as never;
    const onError = (event: ErrorEvent) => executed.push(`error: ${event.message}`);
    window.addEventListener('error', onError);
    const startUrl = location.href;
    const problems: string[] = [];
    let rendered = 0;
    try {
      for (let i = 0; i < files.length; i += 30) {
        const batch = files.slice(i, i + 30);
        const wrapper = fixtureSync<HTMLDivElement>(html`<div>
          ${batch.map((file) => html`<popular-posts src=${corpus(`feedparser/${file}`)} feed-type="auto" cache-ttl="0" loading="eager" snippet-words="60" show-comments data-file=${file}></popular-posts>`)}
        </div>`);
        const els = [...wrapper.querySelectorAll<PopularPosts>('popular-posts')];
        await Promise.all(
          els.map(
            (el) =>
              new Promise<void>((done) => {
                el.addEventListener('posts-load', () => done(), { once: true });
                el.addEventListener('posts-error', () => done(), { once: true });
              }),
          ),
        );
        await Promise.all(els.map((el) => el.updateComplete));
        await new Promise((r) => setTimeout(r, 20));
        for (const el of els) {
          const file = el.dataset.file;
          // Posts or, for files with only feed-level elements, the empty state; never an error.
          if (el.shadowRoot!.querySelector('[part~=list]:not([part~=skeleton]), [part=empty]')) rendered += 1;
          else problems.push(`${file}: not rendered`);
          for (const node of el.shadowRoot!.querySelectorAll('*')) {
            if (/^(script|iframe|object|embed|frame|style|link|meta|base|form|svg|math)$/.test(node.localName))
              problems.push(`${file}: <${node.localName}>`);
            for (const attr of node.attributes) {
              if (attr.name.startsWith('on')) problems.push(`${file}: ${attr.name} on <${node.localName}>`);
              if (URL_ATTRIBUTES.includes(attr.name) && !/^https?:\/\//i.test(attr.value))
                problems.push(`${file}: ${attr.name}="${attr.value}"`);
              if (attr.name === 'style') problems.push(`${file}: style attribute`);
            }
          }
        }
      }
    } finally {
      Object.assign(window, original);
      window.removeEventListener('error', onError);
    }
    expect(executed).to.deep.equal([]);
    expect(location.href).to.equal(startUrl);
    expect(problems).to.deep.equal([]);
    expect(rendered).to.equal(files.length);
  });
});
