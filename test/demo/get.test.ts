// The "Get this widget" configurator (demo/get.html): built from custom-elements.json, live preview with the
// widget's own warnings, and snippets that parse as XML and work when loaded in a page.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/index.js';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/index.js';
import { Configurator } from '../../demo/get/configurator.js';
import {
  CDN_URL,
  fieldFor,
  htmlToXml,
  reserveStyle,
  snippet,
  widgetsFrom,
  type Manifest,
} from '../../demo/get/model.js';
import { RESERVE } from '../../src/loader/reserve.js';

let root: HTMLElement;
let app: Configurator;

async function open(widget = 'share-buttons'): Promise<Configurator> {
  root = document.createElement('div');
  document.body.append(root);
  app = new Configurator(root, { manifestUrl: '/custom-elements.json', samplesUrl: '/demo/index.html', widget });
  await app.start();
  await app.settled();
  return app;
}

const control = <T extends HTMLElement = HTMLInputElement>(name: string) =>
  root.querySelector<T>(`[data-field="${name}"] [name="${name}"]`)!;
const snippetText = (form: string) => root.querySelector(`[data-snippet="${form}"]`)!.textContent!;
const previewEl = () => root.querySelector<HTMLElement>('[data-stage] > *')!;

async function input(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await app.settled();
}

afterEach(() => {
  app?.stop();
  root?.remove();
  document.documentElement.lang = 'en';
});

describe('configurator (demo/get.html)', () => {
  it('is accessible', async () => {
    await open('author-card');
    await expect(root).to.be.accessible();
  });

  it('is accessible with the page styles, light and dark', async () => {
    const links = await Promise.all(
      ['/demo/demo.css', '/demo/get/get.css'].map(
        (href) =>
          new Promise<HTMLLinkElement>((resolve, reject) => {
            const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
            link.onload = () => resolve(link);
            link.onerror = reject;
            document.head.append(link);
          }),
      ),
    );
    try {
      await open('author-card');
      await expect(root).to.be.accessible();
      document.documentElement.classList.add('dark');
      await expect(root).to.be.accessible();
    } finally {
      document.documentElement.classList.remove('dark');
      links.forEach((link) => link.remove());
    }
  });

  it('is accessible in Hindi, with its own strings translated', async () => {
    await open();
    app.setLanguage('hi');
    await app.settled();
    expect(root.querySelector('h1')!.textContent).to.equal('यह विजेट पाएँ');
    expect(root.querySelector('[data-copy="gadget"]')!.textContent!.trim()).to.equal('कॉपी करें');
    await expect(root).to.be.accessible();
  });

  it('offers every widget in the manifest and a control per attribute, chosen by type', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = widgetsFrom(manifest).map((w) => w.tag);
    await open();
    expect([...root.querySelectorAll<HTMLInputElement>('input[name=widget]')].map((r) => r.value)).to.deep.equal(tags);
    expect(control('url').type).to.equal('text');
    expect(control('networks').localName).to.equal('textarea');
    const layout = control<HTMLSelectElement>('layout');
    expect(layout.localName).to.equal('select');
    // ShareLayout is only an alias in the manifest: its values are read from the description.
    expect([...layout.options].map((o) => o.value)).to.deep.equal(['icons', 'labels', 'both']);
    expect(layout.value).to.equal('both');
    // Help text is the manifest's description, with the default shown.
    const help = root.querySelector('#field-networks-help')!.textContent!;
    expect(help).to.contain('Networks to show, in order');
    expect(help).to.contain('Default: native whatsapp x facebook linkedin email copy');
    expect(root.querySelector('#field-layout-help')!.textContent).to.contain('Default: both');
  });

  it('chooses number ranges, enums, checkboxes and lists from the manifest types', () => {
    const number = fieldFor({
      name: 'max',
      type: { text: 'number' },
      default: '5',
      description: 'How many posts (1–20).',
    });
    expect(number).to.include({ control: 'number', min: 1, max: 20, defaultValue: '5' });
    const unbounded = fieldFor({ name: 'size', type: { text: 'number' }, description: 'Pixels.' });
    expect([unbounded.control, unbounded.min, unbounded.max]).to.deep.equal(['number', undefined, undefined]);
    const union = fieldFor({
      name: 'layout',
      type: { text: "'list' | 'cards'" },
      default: "'list'",
      description: 'How.',
    });
    expect(union.control).to.equal('select');
    expect(union.options).to.deep.equal(['list', 'cards']);
    expect(fieldFor({ name: 'thumbnails', type: { text: 'boolean' }, default: 'false' }).control).to.equal('checkbox');
    expect(fieldFor({ name: 'labels', type: { text: 'string[]' } }).control).to.equal('textarea');
    expect(fieldFor({ name: 'hours', type: { text: 'string' } }).control).to.equal('textarea');
    expect(fieldFor({ name: 'title', type: { text: 'string' }, description: 'A `b` and `c`.' }).control).to.equal(
      'text',
    );
    // An alias whose description lists words that do not include its default is not taken for a list of choices.
    expect(
      fieldFor({
        name: 'source',
        type: { text: 'FeedSource' },
        default: "'auto'",
        description: 'Say `rss` or `atom` URL.',
      }).control,
    ).to.equal('text');
    expect(
      fieldFor({ name: 'layout', type: { text: 'Layout' }, default: "'a'", description: '`a` or `b`.' }).options,
    ).to.deep.equal(['a', 'b']);
  });

  it('previews the widget live with the chosen attributes', async () => {
    await open();
    await input(control('networks'), 'whatsapp email');
    await input(control<HTMLSelectElement>('layout'), 'icons');
    const el = previewEl();
    expect(el.localName).to.equal('share-buttons');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=button]')];
    expect(buttons.map((b) => b.dataset.network)).to.deep.equal(['whatsapp', 'email']);
    expect(buttons.every((b) => b.textContent!.trim() === '')).to.equal(true); // icons only
  });

  it('shows the warning the widget logs next to the control, and clears it when fixed', async () => {
    await open();
    await input(control('networks'), 'whatsapp bogus');
    const warning = root.querySelector('[data-field="networks"] [data-warning="networks"]');
    expect(warning?.textContent).to.contain(
      '[share-buttons] attribute "networks": unknown value "bogus" skipped (known: native, whatsapp, x, facebook, linkedin, telegram, reddit, pinterest, email, copy); using "whatsapp"',
    );
    expect(root.querySelector('[data-field="layout"] .warning')).to.equal(null);
    await input(control('networks'), 'whatsapp');
    expect(root.querySelector('[data-warning="networks"]')).to.equal(null);
  });

  it('writes only what differs from the defaults, in all forms, plus the npm import', async () => {
    await open();
    await input(control('networks'), '  whatsapp\n email ');
    await input(control<HTMLSelectElement>('layout'), 'both');
    const element = '<share-buttons networks="whatsapp email"></share-buttons>';
    const head = `${reserveStyle('share-buttons')}\n<script type="module" src="${CDN_URL}" fetchpriority="low"></script>`;
    expect(snippetText('html')).to.equal(`${head}\n${element}`);
    expect(snippetText('gadget')).to.equal(`${head}\n${element}`);
    expect(snippetText('theme')).to.contain(element);
    expect(snippetText('npm')).to.contain("import 'blog-widgets/share-buttons.js';");
  });

  it('offers the Apps Script transport and the UPI fee for book-appointment', async () => {
    await open('book-appointment');
    const transport = control<HTMLSelectElement>('transport');
    expect([...transport.options].map((o) => o.value).filter(Boolean)).to.deep.equal([
      'endpoint',
      'apps-script',
      'whatsapp',
      'mailto',
      'google-forms',
    ]);
    for (const name of ['upi', 'fee', 'upi-name']) expect(control(name), name).to.exist;
    await input(transport, 'apps-script');
    await input(control('action'), 'https://script.google.com/macros/s/AKfycbx/exec');
    await input(control('upi'), 'drname@okbank');
    await input(control('fee'), '500');
    const html = snippetText('html');
    expect(html).to.contain('transport="apps-script"');
    expect(html).to.contain('action="https://script.google.com/macros/s/AKfycbx/exec"');
    expect(html).to.contain('upi="drname@okbank" fee="500"');
  });

  it('writes a theme snippet that is well-formed XML and keeps every value', async () => {
    await open();
    const text = 'Tom & Jerry say "hi" <3';
    const url = 'https://blog.example/p.html?a=1&b=2';
    await input(control('text'), text);
    await input(control('url'), url);
    const theme = snippetText('theme');
    expect(theme).to.contain('&amp;');
    const doc = new DOMParser().parseFromString(`<root>${theme}</root>`, 'application/xml');
    expect(doc.querySelector('parsererror')?.textContent ?? '').to.equal('');
    const el = doc.querySelector('share-buttons')!;
    expect(el.getAttribute('text')).to.equal(text);
    expect(el.getAttribute('url')).to.equal(url);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(CDN_URL);
  });

  it('writes content inside the tag as XML too (void elements closed, entities escaped)', async () => {
    await open('author-card');
    const bio =
      '<p>Line one<br>Line & two</p><img src="/test/fixtures/author.svg" alt="A"><a slot="links" href="https://e.x/?a=1&b=2">Link</a>';
    await input(root.querySelector<HTMLTextAreaElement>('#field-content')!, bio);
    const doc = new DOMParser().parseFromString(`<root>${snippetText('theme')}</root>`, 'application/xml');
    expect(doc.querySelector('parsererror')?.textContent ?? '').to.equal('');
    expect(doc.querySelector('author-card > p')!.textContent).to.equal('Line oneLine & two');
    expect(doc.querySelector('author-card > a')!.getAttribute('href')).to.equal('https://e.x/?a=1&b=2');
    expect(htmlToXml('<br><hr>')).to.equal('<br/><hr/>');
    // The preview shows the content, without anything that could run.
    await input(
      root.querySelector<HTMLTextAreaElement>('#field-content')!,
      '<p onclick="alert(1)">Bio</p><script>x()</script>',
    );
    expect(previewEl().innerHTML).to.equal('<p>Bio</p>');
  });

  it('writes a plain HTML snippet that works when loaded in a page', async () => {
    await open();
    await input(control('networks'), 'whatsapp email');
    await input(control<HTMLSelectElement>('layout'), 'icons');
    // The page loads the library from this server instead of the CDN.
    const page = snippetText('html').replace(CDN_URL, '/src/index.ts');
    const frame = document.createElement('iframe');
    frame.title = 'snippet';
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>t</title></head><body>${page}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('share-buttons')?.shadowRoot?.querySelector('[part=button]'),
        'snippet did not render',
        { timeout: 8000 },
      );
      const el = frame.contentDocument!.querySelector('share-buttons')!;
      const networks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=button]')].map((b) => b.dataset.network);
      expect(networks).to.deep.equal(['whatsapp', 'email']);
    } finally {
      frame.remove();
    }
  });

  it("carries the widget's box, so that nothing moves before the script has run", async () => {
    await open('book-appointment');
    for (const form of ['html', 'gadget', 'theme'])
      expect(snippetText(form), form).to.match(
        /^(<!--.*-->\n)?<style>book-appointment:not\(:defined\)\{[^<]+\}<\/style>\n<script /,
      );
    // The page before the script has arrived: the widget, not defined yet, already has its height.
    const page = snippetText('html').replace(/<script[^>]*><\/script>/, '');
    const frame = document.createElement('iframe');
    frame.title = 'snippet';
    frame.style.width = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>t</title></head><body style="font-size:16px">${page}<p id="after">After</p></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const el = frame.contentDocument!.querySelector('book-appointment')!;
      expect(el.getBoundingClientRect().height).to.be.closeTo(RESERVE['book-appointment'][0][1] * 16, 1);
      expect(frame.contentDocument!.getElementById('after')!.getBoundingClientRect().top).to.be.at.least(
        el.getBoundingClientRect().bottom,
      );
    } finally {
      frame.remove();
    }
    // A tag the loader does not know gets no style.
    expect(reserveStyle('demo-list')).to.equal('');
  });

  it('switches widget with the arrow keys and copies a snippet from the keyboard', async () => {
    await open('author-card');
    const choices = [...root.querySelectorAll<HTMLInputElement>('input[name=widget]')].map((input) => input.value);
    const next = choices[(choices.indexOf('author-card') + 1) % choices.length];
    root.querySelector<HTMLInputElement>('input[name=widget][value="author-card"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await app.settled();
    expect(previewEl().localName).to.equal(next);
    expect(root.querySelector<HTMLInputElement>(`input[name=widget][value="${next}"]`)!.checked).to.equal(true);
    root.querySelector<HTMLButtonElement>('[data-copy="gadget"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[data-copy-status]')!.textContent!.trim() !== '', 'no copy status');
    expect(root.querySelector('[data-copy-status]')!.textContent).to.equal('Copied to the clipboard: Blogger gadget.');
  });

  it('gives a widget that is new to the manifest its controls and snippets, with no change here', async () => {
    const manifest: Manifest = {
      modules: [
        {
          path: 'src/widgets/demo-list/demo-list.ts',
          declarations: [
            {
              kind: 'class',
              name: 'DemoList',
              customElement: true,
              tagName: 'demo-list',
              summary: 'A list.',
              attributes: [
                { name: 'max', type: { text: 'number' }, default: '5', description: 'How many (1–20).' },
                {
                  name: 'layout',
                  type: { text: "'list' | 'cards'" },
                  default: "'list'",
                  description: 'How they look.',
                },
                { name: 'thumbnails', type: { text: 'boolean' }, default: 'false', description: 'Show pictures.' },
                { name: 'hours', type: { text: 'string' }, default: "''", description: 'When, one rule a line.' },
              ],
            },
          ],
        },
      ],
    };
    root = document.createElement('div');
    document.body.append(root);
    const url = URL.createObjectURL(new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
    app = new Configurator(root, { manifestUrl: url });
    await app.start();
    URL.revokeObjectURL(url);
    const max = control('max');
    expect([max.type, max.min, max.max, max.placeholder]).to.deep.equal(['number', '1', '20', '5']);
    expect(root.querySelector('#field-max-help')!.textContent).to.contain('A number from 1 to 20.');
    expect([...control<HTMLSelectElement>('layout').options].map((o) => o.value)).to.deep.equal(['list', 'cards']);
    expect(control('thumbnails').type).to.equal('checkbox');
    expect(control('hours').localName).to.equal('textarea');
    await input(control('max'), '3');
    await input(control<HTMLSelectElement>('layout'), 'cards');
    control('thumbnails').click();
    await input(control<HTMLTextAreaElement>('hours'), 'mon-fri 10:00-17:00\nsat 10:00-13:00');
    expect(snippetText('html')).to.contain(
      '<demo-list max="3" layout="cards" thumbnails hours="mon-fri 10:00-17:00\nsat 10:00-13:00"></demo-list>',
    );
    const xml = new DOMParser().parseFromString(`<root>${snippetText('theme')}</root>`, 'application/xml');
    expect(xml.querySelector('parsererror')).to.equal(null);
    const el = xml.querySelector('demo-list')!;
    expect(el.getAttribute('thumbnails')).to.equal('true');
    expect(el.getAttribute('hours')).to.equal('mon-fri 10:00-17:00\nsat 10:00-13:00');
    expect(previewEl().getAttribute('max')).to.equal('3');
    expect(snippetText('npm')).to.contain("import 'blog-widgets/demo-list.js';");
  });

  it('starts every widget from its own defaults: the untouched snippet sets no attribute', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    for (const widget of widgetsFrom(manifest)) {
      await open(widget.tag);
      const doc = new DOMParser().parseFromString(`<root>${snippetText('gadget')}</root>`, 'application/xml');
      expect(doc.querySelector('parsererror'), widget.tag).to.equal(null);
      const attributes = [...doc.querySelector(widget.tag)!.attributes].map((a) => `${a.name}="${a.value}"`);
      expect(attributes, `untouched <${widget.tag}>`).to.deep.equal([]);
      // Each checkbox shows the widget's own default.
      for (const field of widget.fields.filter((f) => f.control === 'checkbox')) {
        expect(control(field.name).checked, `${widget.tag} ${field.name}`).to.equal(field.defaultValue === 'true');
      }
      app.stop();
      root.remove();
    }
  });

  it('round-trips every boolean: checking and unchecking (or the reverse) gives the untouched snippet back', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    for (const widget of widgetsFrom(manifest)) {
      const booleans = widget.fields.filter((f) => f.control === 'checkbox');
      if (!booleans.length) continue;
      await open(widget.tag);
      const untouched = snippetText('html');
      for (const field of booleans) {
        control(field.name).click();
        await app.settled();
        const on = field.defaultValue !== 'true';
        // Off a default that is on is written as ="false" (the only way to say it in HTML); on as a bare attribute.
        const written = on ? ` ${field.name}>` : ` ${field.name}="false">`;
        expect(snippetText('html'), `${widget.tag} ${field.name}`).to.contain(written);
        expect(previewEl().getAttribute(field.name), `preview ${widget.tag} ${field.name}`).to.equal(on ? '' : 'false');
        control(field.name).click();
        await app.settled();
        expect(snippetText('html'), `${widget.tag} ${field.name} back`).to.equal(untouched);
        expect(previewEl().hasAttribute(field.name)).to.equal(false);
      }
      app.stop();
      root.remove();
    }
  });

  it('builds the npm line from the widget folder, so new widgets get theirs', () => {
    const manifest: Manifest = {
      modules: [
        {
          path: 'src/widgets/popular-posts/featured-post.ts',
          declarations: [
            { kind: 'class', name: 'FeaturedPost', customElement: true, tagName: 'featured-post', attributes: [] },
          ],
        },
      ],
    };
    const [widget] = widgetsFrom(manifest);
    expect(snippet('npm', widget, {})).to.contain("import 'blog-widgets/popular-posts.js';");
  });
});
