import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/author-card/define.js';
import type { AuthorCard } from '../../src/widgets/author-card/author-card.js';
import { captureWarnings } from '../helpers/index.js';

const PHOTO = new URL('/test/fixtures/author.svg', location.href).href;
const part = (el: AuthorCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);

describe('<author-card>', () => {
  it('is accessible', async () => {
    const el =
      await fixture<AuthorCard>(html`<author-card name="Dr. Meera Rao" photo=${PHOTO} credentials="Ph.D., Counselling Psychologist" cta-href="#book" cta-label="Book an appointment">
      <p>I help adults with anxiety.</p>
    </author-card>`);
    await expect(el).to.be.accessible();
  });

  it('shows the photo with the name as its text, at a fixed size, lazily', async () => {
    const el = await fixture<AuthorCard>(html`<author-card name="Dr. Meera Rao" photo=${PHOTO}></author-card>`);
    const img = part(el, 'photo') as HTMLImageElement;
    expect(img.alt).to.equal('Dr. Meera Rao');
    expect(img.getAttribute('width')).to.equal('96');
    expect(img.getAttribute('height')).to.equal('96');
    expect(img.loading).to.equal('lazy');
    expect(img.src).to.equal(PHOTO);
  });

  it('keeps the bio and links in the light DOM, shown through slots', async () => {
    const el = await fixture<AuthorCard>(html`<author-card name="Dr. Meera Rao">
      <p id="bio">I help adults with anxiety and low mood.</p>
      <a slot="links" href="https://example.org/profile">Professional profile</a>
    </author-card>`);
    expect(el.querySelector('#bio')!.parentElement).to.equal(el);
    const bioSlot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(bioSlot.assignedElements().map((e) => e.id)).to.deep.equal(['bio']);
    const links = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=links]')!;
    expect(links.assignedElements().map((e) => e.textContent)).to.deep.equal(['Professional profile']);
  });

  it('shows name, credentials, a profile link and the call to action', async () => {
    const el =
      await fixture<AuthorCard>(html`<author-card name="Dr. Meera Rao" credentials="Ph.D., Counselling Psychologist"
      href="https://blog.example/p/about.html" cta-href="#book" cta-label="Book an appointment"></author-card>`);
    expect(part(el, 'name')!.textContent).to.equal('Dr. Meera Rao');
    expect(part(el, 'name')!.querySelector('a')!.href).to.equal('https://blog.example/p/about.html');
    expect(part(el, 'credentials')!.textContent).to.equal('Ph.D., Counselling Psychologist');
    const cta = part(el, 'cta') as HTMLAnchorElement;
    expect(cta.textContent).to.equal('Book an appointment');
    expect(cta.href).to.equal(new URL('#book', location.href).href);
  });

  it('translates its own default texts', async () => {
    const el = await fixture<AuthorCard>(
      html`<author-card lang="hi" name="डॉ. मीरा राव" cta-href="#book"></author-card>`,
    );
    expect(part(el, 'cta')!.textContent).to.equal('संपर्क करें');
    expect(part(el, 'card')!.getAttribute('aria-label')).to.equal('लेखक के बारे में');
  });

  it('refuses unsafe addresses with one warning each and still renders', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<AuthorCard>(
        html`<author-card name="X" photo="javascript:alert(1)" href="javascript:alert(2)" cta-href="data:text/html,hi"></author-card>`,
      );
      expect(part(el, 'photo')).to.equal(null);
      expect(part(el, 'cta')).to.equal(null);
      expect(part(el, 'name')!.querySelector('a')).to.equal(null);
      expect(part(el, 'name')!.textContent).to.equal('X');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[0]).to.equal(
        '[author-card] attribute "photo": "javascript:alert(1)" is not an http(s) address; using no photo',
      );
    } finally {
      warnings.restore();
    }
  });

  it('stacks vertically on request and falls back from an unknown layout', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<AuthorCard>(html`<author-card name="X" layout="diagonal"></author-card>`);
      expect(el.layout).to.equal('horizontal');
      expect(warnings.messages).to.deep.equal([
        '[author-card] attribute "layout": "diagonal" is not one of horizontal, vertical; using "horizontal"',
      ]);
      el.setAttribute('layout', 'vertical');
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'card')!).textAlign).to.equal('center');
    } finally {
      warnings.restore();
    }
  });
});
