// The widgets' accent follows the blog's own link colour by default; --bw-accent still overrides.
// Its own file: the colour is read once per page, by the first widget that finds a link.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/author-card/define.js';
import type { AuthorCard } from '../../src/widgets/author-card/author-card.js';

const cta = (el: AuthorCard) => getComputedStyle(el.shadowRoot!.querySelector('[part=cta]')!);

describe('accent', () => {
  it("is the blog's link colour, with readable text on it, unless --bw-accent says otherwise", async () => {
    const page = await fixture(html`<div>
      <style>.theme a { color: rgb(138, 180, 248); }</style>
      <article class="theme"><p>A post with <a href="#link">a link</a>.</p></article>
      <author-card name="Dr. Meera Rao" cta-href="#book"></author-card>
      <author-card name="Dr. Meera Rao" cta-href="#book" style="--bw-accent: rgb(0, 119, 68); --bw-accent-text: rgb(255, 255, 255)"></author-card>
    </div>`);
    const [themed, owned] = [...page.querySelectorAll<AuthorCard>('author-card')];
    await themed.updateComplete;
    await owned.updateComplete;
    expect(cta(themed).backgroundColor).to.equal('rgb(138, 180, 248)'); // not Google blue
    expect(cta(themed).color).to.equal('rgb(0, 0, 0)'); // a light link colour gets dark text
    expect(cta(owned).backgroundColor).to.equal('rgb(0, 119, 68)');
    expect(cta(owned).color).to.equal('rgb(255, 255, 255)');
  });
});
