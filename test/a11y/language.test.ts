// After a visitor picks Urdu, the widgets' own strings are Urdu and right to left, while text from the feed and
// from the owner keeps the page's language and its own direction (dir="auto" or the owner's language).
import { expect, fixture, html } from '@open-wc/testing';
import { addWidgets, loaded } from '../helpers/widgets.js';
import { parentOf, searchFor, rendered, waitUntil } from '../helpers/index.js';

/** The language that applies to `node`: the nearest lang attribute in the flat tree (slotted nodes via their slot). */
function langOf(node: Element): string | undefined {
  for (let el: Element | null = node; el; el = el.assignedSlot ?? parentOf(el)) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang')!;
  }
  return undefined;
}

const choose = (lang: string | undefined) =>
  document.dispatchEvent(
    new CustomEvent('language-change', { detail: lang ? { lang, previous: 'en' } : { lang: 'en', original: true } }),
  );

describe('language and direction of text', function () {
  this.timeout(30_000);
  afterEach(() => choose(undefined));

  it("after the visitor picks Urdu, feed and owner text keep the page's language and direction", async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const widgets = addWidgets(box);
    const author = widgets.find((w) => w.localName === 'author-card')!;
    author.innerHTML = '<p>I help adults with anxiety.</p>';
    await waitUntil(() => widgets.every(loaded), 'never loaded', { timeout: 15_000 });
    choose('ur');
    const by = (tag: string) => widgets.find((w) => w.localName === tag)!;
    await rendered(...widgets);
    const q = (tag: string, selector: string) => {
      const found = by(tag).shadowRoot!.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`${tag}: no ${selector}`);
      return found;
    };
    const wrong: string[] = [];
    const expectText = (what: string, el: Element, lang: string, dir: 'ltr' | 'rtl') => {
      const got = `${langOf(el)} ${getComputedStyle(el).direction}`;
      if (got !== `${lang} ${dir}`) wrong.push(`${what}: ${got}, not ${lang} ${dir}`);
    };
    // Theirs: English, left to right.
    expectText('popular-posts title', q('popular-posts', 'a[part~=title]'), 'en', 'ltr');
    expectText('popular-posts heading attribute', q('popular-posts', '[part~=heading]'), 'en', 'ltr');
    expectText('featured-post title', q('featured-post', '[part~=title]'), 'en', 'ltr');
    expectText('featured-post snippet', q('featured-post', '[part~=snippet]'), 'en', 'ltr');
    expectText('crisis note', q('book-appointment', '[part~=crisis]'), 'en', 'ltr');
    expectText('consent text', q('subscribe-form', 'label[for=consent]'), 'en', 'ltr');
    expectText('author name', q('author-card', '[part~=name]'), 'en', 'ltr');
    expectText('author credentials', q('author-card', '[part~=credentials]'), 'en', 'ltr');
    expectText('author bio', author.querySelector('p')!, 'en', 'ltr');
    expectText('author call to action (cta-label)', q('author-card', '[part~=cta]'), 'en', 'ltr');
    // Ours: Urdu, right to left.
    expectText('share heading', q('share-buttons', '[part~=heading]'), 'ur', 'rtl');
    expectText('booking step', q('book-appointment', '.step'), 'ur', 'rtl');
    expectText('subscribe email label', q('subscribe-form', 'label[for=email]'), 'ur', 'rtl');
    expect(wrong).to.deep.equal([]);
  });

  it('a Hindi post title in an English list reads right: its direction from its own text', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const [posts] = addWidgets(box).filter((w) => w.localName === 'popular-posts');
    await waitUntil(() => loaded(posts), 'never loaded', { timeout: 15_000 });
    const titles = [...posts.shadowRoot!.querySelectorAll<HTMLElement>('a[part~=title]')];
    for (const title of titles) expect(title.getAttribute('dir'), title.textContent!).to.equal('auto');
  });

  it('blog-search results keep the page language when the visitor picked Urdu', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const search = addWidgets(box).find((w) => w.localName === 'blog-search')!;
    choose('ur');
    await (search as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    search.setAttribute('src', '/mock/file=search~q-{q}.json/feeds/posts/default');
    search.setAttribute('debounce', '0');
    await searchFor(search as HTMLElement & { updateComplete: Promise<unknown> }, 'anxiety');
    const title = search.shadowRoot!.querySelector<HTMLElement>('[role=option] .title')!;
    expect(`${langOf(title)} ${getComputedStyle(title).direction}`).to.equal('en ltr');
  });

  it('a feed that declares its language (RSS <language>) marks its titles with it, on a page in another', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const posts = document.createElement('popular-posts');
    posts.setAttribute('loading', 'eager');
    posts.setAttribute('src', '/mock/file=feeds~rss-hi.xml,type=application%2Frss%2Bxml/feed.xml');
    box.append(posts);
    await waitUntil(() => loaded(posts), 'never loaded', { timeout: 15_000 });
    const titles = [...posts.shadowRoot!.querySelectorAll<HTMLElement>('a[part~=title]')];
    expect(titles.map((t) => langOf(t))).to.deep.equal(['hi-IN', 'hi-IN']);
    // The widget's own words stay in the page's language.
    expect(langOf(posts.shadowRoot!.querySelector('ul')!)).to.equal('en');
  });
});
