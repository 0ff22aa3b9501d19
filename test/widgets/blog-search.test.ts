import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/widgets/blog-search/define.js';
import type { BlogSearch } from '../../src/widgets/blog-search/blog-search.js';
import { captureWarnings, logKey, received, root, waitUntil } from '../helpers/index.js';

const input = (el: BlogSearch) => root(el).querySelector<HTMLInputElement>('input')!;
const options = (el: BlogSearch) => [...root(el).querySelectorAll<HTMLElement>('[role=option]')];
const titles = (el: BlogSearch) => options(el).map((o) => o.querySelector('.title')!.textContent!.trim());
const status = (el: BlogSearch) => root(el).querySelector('[role=status]')!.textContent!.trim();
const message = (el: BlogSearch) => root(el).querySelector('[part=status]')?.textContent!.replace(/\s+/g, ' ').trim();

/** Types like a person: focus the field and send the keys. */
async function type(el: BlogSearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
}

/** Puts `text` in the field in one go, as pasting does (one query, whatever the typing speed of the machine). */
function paste(el: BlogSearch, text: string) {
  input(el).focus();
  input(el).value = text;
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Types `text` and waits for the results of the whole text (each keystroke may search on its way there). */
async function resultsFor(el: BlogSearch, text: string) {
  const expected = (input(el).selectionStart === 0 ? '' : input(el).value) + text;
  const results = new Promise<CustomEvent>((resolve) => {
    const listener = (event: CustomEvent) => {
      if (event.detail.query !== expected.trim()) return;
      el.removeEventListener('search-results', listener);
      resolve(event);
    };
    el.addEventListener('search-results', listener);
  });
  await type(el, text);
  const event = await results;
  await el.updateComplete;
  return event;
}

/** A Blogger feed on the test server that answers each `q` with test/fixtures/search/q-<q>.json. */
const bloggerSrc = (key: string, extra = '') => `/mock/log=${key},file=search~q-{q}.json${extra}/feeds/posts/default`;

describe('<blog-search>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is accessible', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" src=${bloggerSrc(logKey())}></blog-search>`,
    );
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('label')!.textContent).to.equal('Search this blog');
  });

  it('asks a Blogger feed for q= on the same origin and shows the results, accessible while open', async () => {
    const key = logKey('blogger');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key)}></blog-search>`,
    );
    const event = await resultsFor(el, 'anxiety');
    expect(event.detail.query).to.equal('anxiety');
    expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help', 'Exam anxiety and sleep']);
    const request = (await received(key)).find((r) => r.query.q === 'anxiety')!;
    expect(request.path).to.equal('/feeds/posts/default');
    expect(request.query).to.include({ alt: 'json', q: 'anxiety' });
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => status(el) === '2 results');
    await expect(el).to.be.accessible();
  });

  it('uses JSONP for a Blogger feed on another origin', async () => {
    const key = logKey('jsonp');
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${other + bloggerSrc(key)}></blog-search>`,
    );
    await resultsFor(el, 'anx');
    expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help']);
    const request = (await received(key)).find((r) => r.query.q === 'anx')!;
    expect(request.query.alt).to.equal('json-in-script');
    expect(request.query.callback).to.match(/^__blogWidgetsJsonp/);
  });

  it('asks WordPress with search= and goes to /?s= on Enter', async () => {
    const key = logKey('wp');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="wordpress" debounce="0" src=${`/mock/log=${key},file=search~wordpress.json/`}></blog-search>`,
    );
    await resultsFor(el, 'grief');
    expect(titles(el)).to.deep.equal(['Living with grief – a gentle guide', 'Helping children through grief']);
    const request = (await received(key)).find((r) => r.query.search === 'grief')!;
    expect(request.path).to.equal('/wp-json/wp/v2/posts');
    el.addEventListener('search', (e) => e.preventDefault());
    const search = oneEvent(el, 'search');
    await sendKeys({ press: 'Enter' });
    const { detail } = await search;
    expect(detail.query).to.equal('grief');
    expect(new URL(detail.url).pathname + new URL(detail.url).search).to.equal(
      `/mock/log=${key},file=search~wordpress.json/?s=grief`,
    );
  });

  it('filters an RSS feed itself, accent-insensitively, and finds Hindi posts', async () => {
    const key = logKey('rss');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="rss" debounce="0" src=${`/mock/log=${key},file=search~feed.rss/feed.xml`}></blog-search>`,
    );
    await resultsFor(el, 'चिंता');
    expect(titles(el)).to.deep.equal(['चिंता से कैसे निपटें']);
    input(el).select();
    await resultsFor(el, 'resume');
    expect(titles(el)).to.deep.equal(['Résumé stress and career change']);
    expect(root(el).querySelector('mark')!.textContent).to.equal('Résumé');
    // One download serves every query, even those typed while it was on its way.
    expect(await received(key)).to.have.length(1);
  });

  it('finds the Hindi posts of the demo blog for a Hindi query', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src="/demo-blog/feeds/posts/default"></blog-search>`,
    );
    paste(el, 'नींद');
    await oneEvent(el, 'search-results');
    await el.updateComplete;
    expect(titles(el)).to.include('अच्छी नींद के लिए पाँच छोटे बदलाव');
    expect(titles(el).every((t) => /[\u0900-\u097F]/.test(t))).to.equal(true);
    expect([...root(el).querySelectorAll('mark')].map((m) => m.textContent)).to.include('नींद');
  });

  it('highlights the matched words as text and never inserts HTML from the feed', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${`/mock/file=search~blogger.json/feeds/posts/default`}></blog-search>`,
    );
    await resultsFor(el, 'cafe');
    expect(titles(el)[2]).to.equal('Café conversations: talking about feelings <script>alert(1)</script>');
    expect(root(el).querySelector('script')).to.equal(null);
    expect([...root(el).querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Café']);
  });

  it('when typing fast, aborts older requests and shows only the latest answer', async () => {
    const key = logKey('fast');
    const el = await fixture<BlogSearch>(
      // Every answer 3 s late: the request for "anx" is still on its way when the visitor types on, however slow the
      // machine (with 0.3 s it once answered first under load).
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key, ',delay=3000')}></blog-search>`,
    );
    const seen: string[] = [];
    el.addEventListener('search-results', (e) => seen.push(e.detail.query));
    await type(el, 'anx');
    await aTimeout(100);
    await type(el, 'iety');
    await waitUntil(() => seen.length > 0, 'no results', { timeout: 8000 });
    await aTimeout(400);
    expect(seen).to.deep.equal(['anxiety']);
    expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help', 'Exam anxiety and sleep']);
    const requests = await received(key);
    const anx = requests.find((r) => r.query.q === 'anx');
    expect(anx?.aborted, 'the request for "anx" was aborted').to.equal(true);
    expect(requests.find((r) => r.query.q === 'anxiety')?.aborted).to.equal(false);
  });

  it('debounces, waits for min-chars and answers repeated queries from the cache', async () => {
    const key = logKey('cache');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="400" src=${bloggerSrc(key)}></blog-search>`,
    );
    await type(el, 'a');
    await aTimeout(600);
    expect(await received(key), 'one letter is below min-chars').to.have.length(0);
    await resultsFor(el, 'nx');
    expect(
      (await received(key)).map((r) => r.query.q),
      'one request after typing stops',
    ).to.deep.equal(['anx']);
    input(el).select();
    await resultsFor(el, 'anx');
    expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help']);
    expect(
      (await received(key)).map((r) => r.query.q),
      'the repeated query came from the cache',
    ).to.deep.equal(['anx']);
  });

  it('says so when nothing matches, with a link to the full search', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
    );
    await resultsFor(el, 'zebra');
    expect(options(el)).to.have.length(0);
    expect(message(el)).to.equal('No posts match “zebra”. See all results');
    await waitUntil(() => status(el) === 'No posts match “zebra”.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry when the search fails, and retry recovers', async () => {
    const key = logKey('fail');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key, ',status=500,failfirst=1')}></blog-search>`,
    );
    paste(el, 'anx');
    await waitUntil(() => message(el)?.startsWith('Search is not available right now.'), 'no error shown');
    await expect(el).to.be.accessible();
    const results = oneEvent(el, 'search-results');
    root(el).querySelector<HTMLButtonElement>('[part=status] button')!.click();
    await results;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help']);
  });

  it('gives up on a search that never answers', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" timeout="600" src=${bloggerSrc(logKey(), ',hang=1')}></blog-search>`,
    );
    await type(el, 'anx');
    await el.updateComplete;
    expect(root(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('.spinner')).to.exist;
    await waitUntil(() => message(el)?.startsWith('Search is not available right now.'), 'no error shown', {
      timeout: 3000,
    });
    expect(root(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
  });

  describe('keyboard', () => {
    it('moves with Up and Down, opens the highlighted post with Enter', async () => {
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
      );
      await resultsFor(el, 'anxiety');
      const active = () => input(el).getAttribute('aria-activedescendant');
      const selected = () => options(el).findIndex((o) => o.getAttribute('aria-selected') === 'true');
      expect(active()).to.equal(null);
      await sendKeys({ press: 'ArrowDown' });
      expect([selected(), active()]).to.deep.equal([0, options(el)[0].id]);
      await sendKeys({ press: 'ArrowDown' });
      expect(selected()).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect(selected()).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(selected()).to.equal(1);
      expect(root(el).activeElement).to.equal(input(el));
      el.addEventListener('search-select', (e) => e.preventDefault());
      const chosen = oneEvent(el, 'search-select');
      await sendKeys({ press: 'Enter' });
      expect((await chosen).detail.post.url).to.equal('https://quietmind.example/2025/03/post-102.html');
    });

    it('Enter with nothing highlighted goes to the Blogger search page', async () => {
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
      );
      await resultsFor(el, 'anx');
      el.addEventListener('search', (e) => e.preventDefault());
      const search = oneEvent(el, 'search');
      await sendKeys({ press: 'Enter' });
      const { detail } = await search;
      expect(new URL(detail.url).pathname).to.match(/\/search$/);
      expect(new URL(detail.url).searchParams.get('q')).to.equal('anx');
    });

    it('Escape closes, then clears; Tab leaves', async () => {
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
      );
      await resultsFor(el, 'anx');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root(el).querySelector('[role=listbox]')).to.equal(null);
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('anx');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      await resultsFor(el, 'anx');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part=button]'));
      expect(root(el).querySelector('[role=listbox]')).to.equal(null);
    });
  });

  describe('the popup follows the visitor', () => {
    /** Lets the answers held by `gate=name` go. */
    const release = (name: string) => fetch(`/mock-gate/${name}`, { method: 'POST' });
    /** Clicks like a person: the mouse moves to the middle of `target` and presses there. */
    async function click(target: Element) {
      const box = target.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    }
    const popup = (el: BlogSearch) => root(el).querySelector('[part=popup]');
    // A wrong key or click must fail the test, not take the test page away.
    const proto = customElements.get('blog-search')!.prototype as unknown as { navigate: (url: string) => void };
    const navigate = proto.navigate;
    const visited: string[] = [];
    beforeEach(() => {
      visited.length = 0;
      proto.navigate = (url: string) => void visited.push(url);
    });
    afterEach(() => {
      proto.navigate = navigate;
    });

    for (const how of ['Tab', 'a click elsewhere'] as const) {
      it(`opens no popup when the answer arrives after the visitor left the field (${how})`, async () => {
        const key = logKey('left');
        const page =
          await fixture(html`<div><blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key, `,gate=${key}`)}></blog-search>
          <p id="elsewhere" style="padding: 2rem">Elsewhere</p></div>`);
        const el = page.querySelector('blog-search')!;
        paste(el, 'anx');
        await waitUntil(async () => (await received(key)).length === 1, 'no request');
        if (how === 'Tab') await sendKeys({ press: 'Tab' });
        else await click(page.querySelector('#elsewhere')!);
        expect(root(el).activeElement === input(el), 'focus still in the field').to.equal(false);
        const results = oneEvent(el, 'search-results');
        await release(key);
        await results;
        await el.updateComplete;
        expect(Boolean(popup(el)), 'popup shown').to.equal(false);
        expect(input(el).getAttribute('aria-expanded')).to.equal('false');
        // Coming back to the field shows what was found.
        input(el).focus();
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help']);
        expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      });
    }

    it('keeps the popup closed when Escape was pressed while searching', async () => {
      const key = logKey('escape');
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key, `,gate=${key}`)}></blog-search>`,
      );
      paste(el, 'anx');
      await waitUntil(() => message(el) === 'Searching…', 'not searching');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(Boolean(popup(el)), 'popup shown').to.equal(false);
      const results = oneEvent(el, 'search-results');
      await release(key);
      await results;
      await el.updateComplete;
      expect(Boolean(popup(el)), 'popup shown').to.equal(false);
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('anx');
    });

    it('"Try again" works by mouse and by keyboard', async () => {
      const key = logKey('retry');
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(key, ',status=500,failfirst=2')}></blog-search>`,
      );
      paste(el, 'anx');
      await waitUntil(() => message(el)?.startsWith('Search is not available right now.'), 'no error shown');
      // By mouse: the popup does not close under the pointer.
      await click(root(el).querySelector('[part=status] button')!);
      await waitUntil(
        () =>
          (message(el) ?? '').startsWith('Search is not available right now.') && root(el).activeElement === input(el),
        'mouse retry did not run',
      );
      await waitUntil(async () => (await received(key)).length === 2, 'no second request');
      // By keyboard: Tab reaches the button, Enter presses it, and the results come.
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.textContent?.trim()).to.equal('Try again');
      const results = oneEvent(el, 'search-results');
      await sendKeys({ press: 'Enter' });
      await results;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Anxiety at work: small steps that help']);
      expect(root(el).activeElement === input(el), 'focus back in the field').to.equal(true);
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    });

    for (const how of ['mouse', 'keyboard'] as const) {
      it(`"See all results" opens the full search by ${how}`, async () => {
        const el = await fixture<BlogSearch>(
          html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
        );
        await resultsFor(el, 'zebra');
        el.addEventListener('search', (e) => e.preventDefault());
        const search = oneEvent(el, 'search');
        const link = root(el).querySelector<HTMLAnchorElement>('[part=status] a')!;
        if (how === 'mouse') {
          await click(link);
        } else {
          await sendKeys({ press: 'Tab' });
          expect(root(el).activeElement === link, 'focus on the link').to.equal(true);
          await sendKeys({ press: 'Enter' });
        }
        const { detail } = await search;
        expect(detail.query).to.equal('zebra');
        expect(new URL(detail.url).searchParams.get('q')).to.equal('zebra');
      });
    }

    it('scrolls the highlighted result into view as Up and Down move through a long list', async () => {
      const el =
        await fixture<BlogSearch>(html`<blog-search feed-type="blogger" debounce="0" max="12" style="--bw-search-max-height: 8rem"
        src=${bloggerSrc(logKey())}></blog-search>`);
      await resultsFor(el, 'sleep');
      expect(options(el)).to.have.length(12);
      const box = popup(el)!;
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight * 2);
      const visible = (option: HTMLElement) => {
        const a = option.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
      };
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(visible(options(el)[i]), `option ${i} after ArrowDown`).to.equal(true);
      }
      await sendKeys({ press: 'ArrowDown' }); // wraps to the first
      await el.updateComplete;
      expect(visible(options(el)[0]), 'first after wrapping').to.equal(true);
      await sendKeys({ press: 'ArrowUp' }); // and back to the last
      await el.updateComplete;
      expect(visible(options(el)[11]), 'last after ArrowUp').to.equal(true);
    });
  });

  it('names an untitled post as the other widgets do: its first words, else its date (never its address)', async () => {
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
    );
    await resultsFor(el, 'slept');
    expect(titles(el)).to.deep.equal([
      'Slept badly again last night, so this morning…',
      'March 10, 2025',
      'नींद के लिए शाम को फ़ोन दूर रखें…',
    ]);
  });

  it('uses the action and param attributes for the full search page', async () => {
    const el =
      await fixture<BlogSearch>(html`<blog-search feed-type="rss" debounce="0" action="https://static.example/search/" param="query"
      src=${'/mock/file=search~feed.rss/feed.xml'}></blog-search>`);
    await type(el, 'sleep');
    el.addEventListener('search', (e) => e.preventDefault());
    const search = oneEvent(el, 'search');
    root(el).querySelector<HTMLButtonElement>('[part=button]')!.click();
    expect((await search).detail.url).to.equal('https://static.example/search/?query=sleep');
  });

  it('takes over a plain light-DOM form, using its action and field name', async () => {
    const el =
      await fixture<BlogSearch>(html`<blog-search feed-type="rss" debounce="0" src=${'/mock/file=search~feed.rss/feed.xml'}>
      <form action="/site-search"><input name="terms" aria-label="Search" /><button>Search</button></form>
    </blog-search>`);
    expect(el.querySelector('form')!.getBoundingClientRect().height).to.equal(0);
    await type(el, 'calm');
    el.addEventListener('search', (e) => e.preventDefault());
    const search = oneEvent(el, 'search');
    await sendKeys({ press: 'Enter' });
    const url = new URL((await search).detail.url);
    expect(url.pathname + url.search).to.equal('/site-search?terms=calm');
  });

  it('speaks Hindi on a Hindi page', async () => {
    document.documentElement.setAttribute('lang', 'hi');
    const el = await fixture<BlogSearch>(
      html`<blog-search feed-type="blogger" debounce="0" src=${bloggerSrc(logKey())}></blog-search>`,
    );
    expect(root(el).querySelector('label')!.textContent).to.equal('इस ब्लॉग में खोजें');
    await resultsFor(el, 'anxiety');
    await waitUntil(() => status(el) === '2 परिणाम');
    expect(options(el)[0].querySelector('.date')!.textContent).to.equal('12 मार्च 2025');
    await expect(el).to.be.accessible();
  });

  it('warns about bad numbers and keeps working', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<BlogSearch>(html`<blog-search max="lots" debounce="-5"></blog-search>`);
      expect([el.max, el.debounce]).to.deep.equal([6, 0]);
      expect(warnings.messages).to.deep.equal([
        '[blog-search] attribute "max": "lots" is not a number; using 6',
        '[blog-search] attribute "debounce": -5 is below the minimum 0; using 0',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
