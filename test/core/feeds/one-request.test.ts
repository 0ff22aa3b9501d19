import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/popular-posts/define.js';
import '../../../src/widgets/featured-post/define.js';
import type { PopularPosts } from '../../../src/widgets/popular-posts/popular-posts.js';
import { logKey, received, waitUntil } from '../../helpers/index.js';

const blogger = (key: string) => `/mock/file=feeds~blogger.json,log=${key}/feeds/posts/default`;
const items = (el: Element) =>
  el.shadowRoot!.querySelectorAll('[part~="list"]:not([part~="skeleton"]) > [part~="item"]').length;

describe('one request per feed per page', () => {
  it('widgets reading the same feed at different sizes (50 and 25) share one request for the largest', async () => {
    const key = logKey('one-feed');
    const src = blogger(key);
    const root = await fixture(html`<div>
      <popular-posts loading="eager" src=${src} max="3"></popular-posts>
      <popular-posts loading="eager" src=${src} order="comments" max="4"></popular-posts>
      <featured-post loading="eager" src=${src}></featured-post>
    </div>`);
    const [latest, commented] = [...root.querySelectorAll<PopularPosts>('popular-posts')];
    await waitUntil(() => items(latest) === 3 && items(commented) === 4, 'both lists show their posts');
    await waitUntil(
      () => root.querySelector('featured-post')!.shadowRoot!.querySelector('[part~="title"]'),
      'the featured post shows',
    );
    const requests = await received(key);
    expect(requests.map((r) => r.query['max-results'])).to.deep.equal(['50']);
  });

  it('a label is another feed: its own request', async () => {
    const key = logKey('label-feed');
    const src = blogger(key);
    const root = await fixture(html`<div>
      <popular-posts loading="eager" src=${src} max="3"></popular-posts>
      <popular-posts loading="eager" src=${src} label="Sleep" max="3"></popular-posts>
    </div>`);
    const lists = [...root.querySelectorAll<PopularPosts>('popular-posts')];
    await waitUntil(
      () => lists.every((el) => el.shadowRoot!.querySelector('[part~="item"], [part~="empty"]')),
      'both lists settle',
    );
    const requests = await received(key);
    expect(requests).to.have.length(2);
  });
});
