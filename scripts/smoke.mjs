// Smoke test of the built loader, dist/blog-widgets.js, as a blog owner uses it: one script tag in a plain page.
// (scripts/smoke-loader.mjs covers how it loads: delayed and failing chunks, the standalone file, two versions.)
// - every widget's tag is defined, every widget renders, zero console errors;
// - the script included a second time (another URL) still gives zero errors;
// - under a strict Content-Security-Policy every widget renders with no violation reported;
// - code loaded on demand stays out of the way: a Blogger blog showing every widget fetches no on-demand file,
//   an Atom feed fetches the feed-format chunk and shows its posts, and under the strict policy picking a day and a
//   time in <book-appointment> loads its later steps and shows the details form, and focusing <subscribe-form>'s
//   address field fetches its sending code.
import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser, startServer, widgetTags } from './static-server.mjs';

if (!existsSync('dist/blog-widgets.js')) {
  console.error('smoke: dist/blog-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
const tags = await widgetTags();
// Attributes that give each widget something to show without any network.
const ATTRS = {
  'author-card': 'name="Dr. Test" credentials="Ph.D." cta-href="#book"',
  'share-buttons': 'url="https://blog.example/post.html?utm_source=x"',
  'book-appointment':
    'timezone="Asia/Kolkata" hours="mon-sat 10:00-18:00" action="/demo-api/bookings" crisis-note="Not for emergencies."',
  'translate-toggle': 'languages="en hi ur"',
  // A same-origin fixture feed without images: no request leaves the page's server.
  'popular-posts': 'src="/test/fixtures/feeds/atom.xml" loading="eager"',
  'featured-post': 'src="/test/fixtures/feeds/atom.xml" loading="eager"',
  'subscribe-form': 'action="/demo-api/subscribe" fields="name" consent="I agree"',
};
// A Blogger blog: the feed widgets read the page's own Blogger feed (same origin) instead.
const BLOGGER_ATTRS = { ...ATTRS, 'popular-posts': 'loading="eager"', 'featured-post': 'loading="eager"' };
const bodyOf = (attrs) => tags.map((tag) => `<${tag} ${attrs[tag] ?? ''}><p>Light DOM text</p></${tag}>`).join('\n');
const page = (scripts, lang = 'en', { attrs = ATTRS, head = '' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>smoke</title>${head}${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body>${bodyOf(attrs)}</body></html>`;
// How many posts each feed holds; <popular-posts> shows up to its default max, 5.
const FEED_POSTS = {
  atom: (readFileSync('test/fixtures/feeds/atom.xml', 'utf8').match(/<entry>/g) ?? []).length,
  blogger: JSON.parse(readFileSync('test/fixtures/feeds/blogger.json', 'utf8')).feed.entry.length,
};
const PIXEL = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
// Trusted Types: the policy list an owner needs (README, "Trusted Types"); the bundle included twice.
const TT_CSP = `${CSP}; require-trusted-types-for 'script'; trusted-types blog-widgets lit-html 'allow-duplicates'`;
const TT_ATTRS = { ...ATTRS, 'subscribe-form': 'action="/tt-api/subscribe"' };
const TT_REPLY = JSON.stringify({ message: 'Asha &amp; Co: <b>you are in</b>' });
const server = await startServer({
  '/tt.html': {
    html: page(['/dist/blog-widgets.js', '/dist/blog-widgets.js?again=1'], 'en', { attrs: TT_ATTRS }),
    headers: { 'Content-Security-Policy': TT_CSP },
  },
  '/tt-api/subscribe': { html: TT_REPLY, headers: { 'Content-Type': 'application/json' } },
  '/once.html': { html: page(['/dist/blog-widgets.js']) },
  '/twice.html': { html: page(['/dist/blog-widgets.js', '/dist/blog-widgets.js?again=1']) },
  '/csp.html': { html: page(['/dist/blog-widgets.js']), headers: { 'Content-Security-Policy': CSP } },
  // Tamil is not in the bundle: its table loads as a chunk next to it, which the strict policy must allow.
  '/csp-ta.html': { html: page(['/dist/blog-widgets.js'], 'ta'), headers: { 'Content-Security-Policy': CSP } },
  '/blogger.html': {
    html: page(['/dist/blog-widgets.js'], 'en', {
      attrs: BLOGGER_ATTRS,
      head: '<meta name="generator" content="Blogger">',
    }),
  },
  '/feeds/posts/default': {
    html: readFileSync('test/fixtures/feeds/blogger.json', 'utf8'),
    headers: { 'Content-Type': 'application/json' },
  },
  '/favicon.ico': { html: '', headers: { 'Content-Type': 'image/x-icon' } },
});
const browser = await launchBrowser();
const failures = [];
try {
  for (const name of ['once', 'twice', 'csp', 'csp-ta', 'blogger', 'tt']) {
    // Every page is a first visit: its own context, so no feed cached in storage by an earlier page.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const errors = [];
    const scripts = [];
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') scripts.push(url.pathname);
      // The Blogger fixture's thumbnails are on Google's image host: answer them here, nothing leaves the machine.
      if (url.origin !== server.origin)
        void request.respond({ status: 200, contentType: 'image/svg+xml', body: PIXEL });
      else void request.continue();
    });
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await tab.goto(`${server.origin}/${name}.html`, { waitUntil: 'networkidle0' });
    const report = await tab.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.map((tag) => document.querySelector(tag)?.updateComplete));
      return {
        undefinedTags: tags.filter((tag) => !customElements.get(tag)),
        emptyWidgets: tags.filter((tag) => {
          const el = document.querySelector(tag);
          return !el?.shadowRoot || el.shadowRoot.childElementCount === 0 || el.getBoundingClientRect().height === 0;
        }),
        violations: window.__violations,
        shareHeading: document.querySelector('share-buttons')?.shadowRoot?.querySelector('[part~="heading"]')
          ?.textContent,
        popularItems: document.querySelector('popular-posts')?.shadowRoot?.querySelectorAll('[part~="item"]').length,
        featuredTitle: document
          .querySelector('featured-post')
          ?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent?.trim(),
      };
    }, tags);
    const problems = [
      ...report.undefinedTags.map((t) => `<${t}> not defined`),
      ...report.emptyWidgets.map((t) => `<${t}> rendered nothing`),
      ...report.violations.map((v) => `CSP violation: ${v}`),
      ...errors.map((e) => `console error: ${e}`),
    ];
    if (name === 'csp-ta' && report.shareHeading !== 'பகிர்க:') {
      problems.push(`the Tamil table did not load: <share-buttons> heading is ${JSON.stringify(report.shareHeading)}`);
    }
    if (name === 'csp') {
      const form = await tab.evaluate(async () => {
        const el = document.querySelector('book-appointment');
        el.shadowRoot.querySelector('td[aria-disabled="false"]')?.click();
        await el.updateComplete;
        el.shadowRoot.querySelector('.times button')?.click();
        await el.updateComplete;
        return el.shadowRoot.querySelector('form[part~="form"] label[for="f-name"]')?.textContent.trim();
      });
      // The label's text comes with the steps chunk too: a key here would mean their strings did not.
      if (form !== 'Name')
        problems.push(
          `<book-appointment> showed no details form with its "Name" field after a day and a time were picked (${JSON.stringify(form)})`,
        );
      if (!scripts.some((path) => path.startsWith('/dist/chunks/steps-')))
        problems.push('<book-appointment> did not load its steps chunk');
      await tab.evaluate(() =>
        document.querySelector('subscribe-form').shadowRoot.querySelector('input[type="email"]').focus(),
      );
      await tab.waitForNetworkIdle({ idleTime: 100 });
      if (!scripts.some((path) => path.startsWith('/dist/chunks/signup-')))
        problems.push('<subscribe-form> did not fetch its sending code on focus');
    }
    if (name === 'tt') {
      const signup = await tab.evaluate(async () => {
        const el = document.querySelector('subscribe-form');
        el.minTime = 0;
        const email = el.shadowRoot.querySelector('input[type="email"]');
        email.value = 'asha@example.com';
        email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        const done = new Promise((resolve) => {
          el.addEventListener('subscribe-success', () => resolve('success'), { once: true });
          el.addEventListener('subscribe-error', (e) => resolve(`error: ${e.detail.reason}`), { once: true });
        });
        el.shadowRoot.querySelector('button[part~="button"]').click();
        return done;
      });
      if (signup !== 'success') problems.push(`<subscribe-form> read the 2xx reply as ${signup}`);
    }
    const source = name === 'blogger' ? 'blogger' : 'atom';
    const shown = Math.min(FEED_POSTS[source], 5);
    if (report.popularItems !== shown)
      problems.push(`<popular-posts> shows ${report.popularItems} posts from the ${source} feed, not ${shown}`);
    if (!report.featuredTitle) problems.push(`<featured-post> shows no post title from the ${source} feed`);
    const chunks = scripts.filter((path) =>
      /^\/dist\/chunks\/(formats|page-translation|steps|signup|bn|mr|ta|te|ur)-/.test(path),
    );
    if (name === 'blogger' && chunks.length)
      problems.push(`a Blogger page fetched on-demand code it does not need: ${chunks.join(', ')}`);
    if (source === 'atom' && !chunks.some((path) => path.startsWith('/dist/chunks/formats-')))
      problems.push('the Atom feed did not load the feed-format chunk');
    if (problems.length) failures.push(`${name}.html:\n  ${problems.join('\n  ')}`);
    else console.log(`smoke: ${name}.html ok (${tags.length} widgets defined and rendered, 0 errors)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`smoke: FAILED\n${failures.join('\n')}`);
  process.exit(1);
}
