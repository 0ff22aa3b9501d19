import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import type { FeaturedPost } from '../../src/widgets/featured-post/featured-post.js';
import type { PostsErrorDetail, PostsLoadDetail } from '../../src/widgets/popular-posts/popular-posts.js';
import { logKey, received, root, bloggerFeed, feedState, feedSettled, waitUntil } from '../helpers/index.js';

const title = (el: FeaturedPost) => root(el).querySelector('[part=title]')?.textContent?.trim();

describe('<featured-post>', function () {
  // A test file running beside another is a background tab: its timers are throttled to one per second.
  this.timeout(30_000);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('names an untitled post by its first words, with "Read more" saying which', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('untitled.json', logKey('untitled'))}></featured-post>`,
    );
    await feedSettled(el);
    expect(title(el)).to.equal('Slept badly again last night, so this morning…');
    expect(root(el).querySelector('[part=more]')!.getAttribute('aria-label')).to.contain(
      'Slept badly again last night',
    );
  });

  it('is accessible', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-a11y'))}></featured-post>`,
    );
    await feedSettled(el);
    expect(feedState(el)).to.equal('ready');
    await expect(el).to.be.accessible();
    el.layout = 'vertical';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('features the newest post as a large card with image, snippet, date and "Read more"', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" lang="en-GB" src=${bloggerFeed('blogger.json', logKey('f-newest'))} snippet-words="8"></featured-post>`,
    );
    const event = (await oneEvent(el, 'posts-load')) as CustomEvent<PostsLoadDetail>;
    await el.updateComplete;
    expect(event.detail.posts.map((p) => p.title)).to.deep.equal(['Sleeping better when your mind races']);
    expect(title(el)).to.equal('Sleeping better when your mind races');
    expect(root(el).querySelector('[part=snippet]')!.textContent).to.equal(
      'Sleeping better when your mind races. This is…',
    );
    expect(root(el).querySelector('time')!.textContent).to.equal('12 March 2025');
    const more = root(el).querySelector<HTMLAnchorElement>('[part=more]')!;
    expect(more.textContent).to.equal('Read more');
    expect(more.getAttribute('aria-label')).to.equal('Read more: Sleeping better when your mind races');
    expect(more.href).to.equal('https://blog.example/2025/03/post-1.html');
    const img = root(el).querySelector<HTMLImageElement>('img[part=image]')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('src')).to.match(/\/w\d+-h\d+-c\/photo\.jpg$/);
  });

  it('features the post at a given address, or the newest with a label', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-post'))} post="https://blog.example/2025/03/post-4.html"></featured-post>`,
    );
    await feedSettled(el);
    expect(title(el)).to.equal('Grief does not follow a timetable');
    const key = logKey('f-label');
    const labelled = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', key)} label="Parenting"></featured-post>`,
    );
    await feedSettled(labelled);
    const [request] = await received(key);
    expect(request.path).to.equal('/feeds/posts/default/-/Parenting');
  });

  it('says so when the post is not in the feed', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-missing'))} post="https://blog.example/nowhere.html"></featured-post>`,
    );
    await feedSettled(el);
    expect(root(el).querySelector('[part=empty]')!.textContent).to.equal('No posts to show yet.');
  });

  it('speaks Hindi on a Hindi page', async () => {
    document.documentElement.setAttribute('lang', 'hi');
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-hi'))}></featured-post>`,
    );
    await feedSettled(el);
    expect(root(el).querySelector('time')!.textContent).to.equal('12 मार्च 2025');
    expect(root(el).querySelector('[part=more]')!.textContent).to.equal('आगे पढ़ें');
  });

  it('shows a skeleton of the final height, then the card', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-skel'), ',delay=300')} style="inline-size: 600px"></featured-post>`,
    );
    await waitUntil(() => feedState(el) === 'loading', 'no skeleton', { timeout: 15_000 });
    await expect(el).to.be.accessible();
    const height = el.getBoundingClientRect().height;
    await feedSettled(el);
    expect(feedState(el)).to.equal('ready');
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it("keeps the card's room when the label has no post: nothing moves", async () => {
    const key = logKey('f-empty');
    const el =
      await fixture<FeaturedPost>(html`<featured-post loading="eager" label="Nothing here" src=${bloggerFeed('blogger-empty.json', key, `,gate=${key}`)}
      style="inline-size: 360px"></featured-post>`);
    await waitUntil(() => feedState(el) === 'loading', 'no skeleton', { timeout: 15_000 });
    const height = el.getBoundingClientRect().height;
    await fetch(`/mock-gate/${key}`, { method: 'POST' });
    await feedSettled(el);
    expect(feedState(el)).to.equal('empty');
    expect(el.getBoundingClientRect().height).to.equal(height);
    await expect(el).to.be.accessible();
  });

  for (const layout of ['vertical', 'horizontal'] as const) {
    it(`fits its image to the box at every width, with no blank band under "Read more" (${layout})`, async () => {
      const key = logKey('f-fit');
      for (const width of [311, 600, 1137]) {
        const el =
          await fixture<FeaturedPost>(html`<featured-post loading="eager" layout=${layout} snippet-words="0" show-date="false"
          src=${bloggerFeed('blogger.json', key)} style=${`inline-size: ${width}px`}></featured-post>`);
        await feedSettled(el);
        const card = root(el).querySelector('[part=card]')!.getBoundingClientRect();
        const image = root(el).querySelector<HTMLImageElement>('[part=image]')!;
        // Its box comes from its width and height attributes and the CSS, loaded or not (a lazy image in a window
        // the browser does not paint never loads).
        const box = image.getBoundingClientRect();
        expect(box.left, `${width}px: image inside the card`).to.be.at.least(card.left - 0.5);
        expect(box.right, `${width}px: image inside the card`).to.be.at.most(card.right + 0.5);
        expect(box.width, `${width}px: image fills its column`).to.be.at.least(
          (layout === 'vertical' || width <= 420 ? card.width : card.width * 0.35) - 2.5,
        );
        expect(Math.abs(box.width / box.height - 16 / 9), `${width}px: 16:9`).to.be.lessThan(0.05);
        // The card ends where its content ends: no band under "Read more" beyond the padding.
        const more = root(el).querySelector('[part=more]')!.getBoundingClientRect();
        const body = root(el).querySelector('.body')!;
        const padding = parseFloat(getComputedStyle(body).paddingBlockEnd);
        const textBottom = Math.max(more.bottom, layout === 'horizontal' && width > 420 ? box.bottom - padding : 0);
        expect(card.bottom - textBottom, `${width}px: band under Read more`).to.be.at.most(padding + 2);
      }
    });
  }

  it('explains an error, then recovers with the retry button', async () => {
    const key = logKey('f-retry');
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', key, ',status=500,failfirst=1')}></featured-post>`,
    );
    const event = (await oneEvent(el, 'posts-error')) as CustomEvent<PostsErrorDetail>;
    await el.updateComplete;
    expect(event.detail.error.kind).to.equal('http');
    expect(root(el).querySelector('[part~=error] .state')!.textContent).to.equal(
      'The blog answered with an error (500). Try again later.',
    );
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await oneEvent(el, 'posts-load');
    await el.updateComplete;
    expect(title(el)).to.equal('Sleeping better when your mind races');
  });

  it('times out on a feed that never answers', async () => {
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('blogger.json', logKey('f-hang'), ',hang=1')} timeout="300"></featured-post>`,
    );
    const event = (await oneEvent(el, 'posts-error')) as CustomEvent<PostsErrorDetail>;
    expect(event.detail.error.kind).to.equal('timeout');
  });

  it('shares one request with <popular-posts> on the same feed', async () => {
    const key = logKey('f-share');
    const src = bloggerFeed('blogger.json', key, ',delay=100');
    const wrapper = fixtureSync(
      html`<div><featured-post loading="eager" src=${src}></featured-post><popular-posts loading="eager" src=${src}></popular-posts></div>`,
    );
    await feedSettled(wrapper.querySelector('featured-post')!);
    await waitUntil(
      () => wrapper.querySelector('popular-posts')!.shadowRoot!.querySelectorAll('a').length === 5,
      'popular posts never shown',
      { timeout: 15_000 },
    );
    expect(await received(key)).to.have.length(1);
  });

  it('renders a hostile feed as harmless text', async () => {
    (window as any).__pwned = undefined;
    const el = await fixture<FeaturedPost>(
      html`<featured-post loading="eager" src=${bloggerFeed('hostile.json', logKey('f-hostile'))}></featured-post>`,
    );
    await feedSettled(el);
    expect((window as any).__pwned).to.equal(undefined);
    expect(title(el)).to.equal('Hello world');
    const all = [...root(el).querySelectorAll('*')];
    expect(
      all.flatMap((n) => [...n.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
    ).to.deep.equal([]);
    for (const n of all)
      for (const attr of ['href', 'src']) if (n.hasAttribute(attr)) expect(n.getAttribute(attr)).to.match(/^https?:/);
    expect(root(el).querySelector('[part=more]')).to.equal(null);
  });
});
