import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/index.js';
import '../../../src/widgets/popular-posts/define.js';
import '../../../src/widgets/featured-post/define.js';
import { densitySrcset, widthSrcset } from '../../../src/core/feeds/images.js';

const src = '/mock/file=feeds~blogger.json/feeds/posts/default';

describe('images at the size shown', () => {
  it('offers Blogger thumbnails at 1x, 2x and 3x of their box, lazily, never with a high priority', async () => {
    const el = await fixture(html`<popular-posts loading="eager" src=${src} thumbnails="true"></popular-posts>`);
    await waitUntil(() => el.shadowRoot!.querySelector('img[part~="thumbnail"]'), 'a thumbnail shows');
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part~="thumbnail"]')!;
    const [w, h] = [img.getAttribute('width'), img.getAttribute('height')];
    const size =
      w === h ? (n: number) => `s${Number(w) * n}-c` : (n: number) => `w${Number(w) * n}-h${Number(h) * n}-c`;
    expect(img.getAttribute('src')).to.contain(size(1));
    const srcset = img.getAttribute('srcset')!;
    expect(srcset)
      .to.contain(`${size(2)}`)
      .and.to.contain(' 2x')
      .and.to.contain(`${size(3)}`);
    expect(img.loading).to.equal('lazy');
    expect(img.decoding).to.equal('async');
    expect(img.getAttribute('fetchpriority')).to.not.equal('high');
  });

  it("gives the featured post's image width candidates and sizes that follow its box", async () => {
    const el = await fixture(html`<featured-post loading="eager" src=${src}></featured-post>`);
    await waitUntil(() => el.shadowRoot!.querySelector('img[part~="image"]'), 'the image shows');
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
    expect(img.getAttribute('srcset')).to.match(/\/w320-h\d+-c\/\S* 320w, .* 1280w$/);
    expect(img.getAttribute('sizes')).to.equal(`auto, ${img.getAttribute('width')}px`);
    expect(img.loading).to.equal('lazy');
    expect(img.getAttribute('fetchpriority')).to.not.equal('high');
  });

  it("uses WordPress's own sizes, and no srcset when there is only one address", () => {
    const image = {
      url: 'https://w.example/full.jpg',
      sizes: [
        { url: 'https://w.example/150.jpg', width: 150, height: 150 },
        { url: 'https://w.example/300.jpg', width: 300, height: 200 },
        { url: 'https://w.example/1024.jpg', width: 1024, height: 683 },
      ],
    };
    // 216 px square (3x) needs a size at least that tall: 300x200 is not.
    expect(densitySrcset(image, 72, 72)).to.equal('https://w.example/150.jpg 1x, https://w.example/1024.jpg 3x');
    expect(widthSrcset(image, 640, 360)).to.equal(
      'https://w.example/150.jpg 150w, https://w.example/300.jpg 300w, https://w.example/1024.jpg 1024w',
    );
    expect(densitySrcset({ url: 'https://elsewhere.example/a.jpg' }, 72, 72)).to.equal(undefined);
  });
});
