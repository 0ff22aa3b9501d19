import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/share-buttons/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';
import { captureWarnings } from '../helpers/index.js';

const PAGE = 'https://blog.example/2025/03/worry.html?utm_source=whatsapp&utm_medium=social&fbclid=abc&m=1#comments';
const CLEAN = 'https://blog.example/2025/03/worry.html?m=1';

const links = (el: ShareButtons) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement | HTMLButtonElement>('[part=button]'),
];
const byNetwork = (el: ShareButtons, network: string) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement & HTMLButtonElement>(`[data-network=${network}]`)!;
const accessibleName = (node: Element) => node.getAttribute('aria-label') ?? node.textContent!.trim();

describe('<share-buttons>', () => {
  it('is accessible', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons url=${PAGE} title="Worry"></share-buttons>`);
    await expect(el).to.be.accessible();
  });

  it('links to each network documented share address, without tracking parameters', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons
      url=${PAGE}
      title="When worry will not switch off"
      networks="whatsapp x facebook linkedin telegram reddit pinterest email"
    ></share-buttons>`);
    const hrefs = Object.fromEntries(links(el).map((a) => [a.dataset.network, (a as HTMLAnchorElement).href]));
    const enc = encodeURIComponent(CLEAN);
    expect(hrefs.whatsapp).to.equal(`https://wa.me/?text=When+worry+will+not+switch+off+${enc}`);
    expect(hrefs.x).to.equal(`https://twitter.com/intent/tweet?text=When+worry+will+not+switch+off&url=${enc}`);
    expect(hrefs.facebook).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${enc}`);
    expect(hrefs.linkedin).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${enc}`);
    expect(hrefs.telegram).to.equal(`https://t.me/share/url?url=${enc}&text=When+worry+will+not+switch+off`);
    expect(hrefs.reddit).to.equal(`https://www.reddit.com/submit?url=${enc}&title=When+worry+will+not+switch+off`);
    expect(hrefs.pinterest).to.equal(
      `https://www.pinterest.com/pin/create/button/?url=${enc}&description=When+worry+will+not+switch+off`,
    );
    expect(hrefs.email).to.equal(`mailto:?subject=When%20worry%20will%20not%20switch%20off&body=${enc}`);
    for (const link of links(el).filter((a) => a.dataset.network !== 'email')) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });

  it('defaults to the canonical link and og:title, cleaned', async () => {
    const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: `${PAGE}` });
    const og = Object.assign(document.createElement('meta'), { content: 'Sleep and anxiety' });
    og.setAttribute('property', 'og:title');
    const image = Object.assign(document.createElement('meta'), { content: 'https://blog.example/cover.jpg' });
    image.setAttribute('property', 'og:image');
    document.head.append(canonical, og, image);
    try {
      const el = await fixture<ShareButtons>(html`<share-buttons networks="facebook pinterest"></share-buttons>`);
      expect(byNetwork(el, 'facebook').href).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(CLEAN)}`,
      );
      expect(new URL(byNetwork(el, 'pinterest').href).searchParams.get('media')).to.equal(
        'https://blog.example/cover.jpg',
      );
      expect(new URL(byNetwork(el, 'pinterest').href).searchParams.get('description')).to.equal('Sleep and anxiety');
    } finally {
      canonical.remove();
      og.remove();
      image.remove();
    }
  });

  it('falls back to the page address without its fragment', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons networks="linkedin"></share-buttons>`);
    const shared = new URL(byNetwork(el, 'linkedin').href).searchParams.get('url');
    expect(shared).to.equal(location.href.split('#')[0]);
  });

  it('names every control for screen readers, in every layout', async () => {
    const el = await fixture<ShareButtons>(
      html`<share-buttons url=${PAGE} layout="icons" networks="whatsapp email copy"></share-buttons>`,
    );
    expect(links(el).map(accessibleName)).to.deep.equal([
      'Share on WhatsApp',
      'Share by email',
      'Copy link to this page',
    ]);
    expect(links(el)[0].textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
    el.layout = 'labels';
    await el.updateComplete;
    expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal(['WhatsApp', 'Email', 'Copy link']);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('copies the clean link and announces it politely', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons url=${PAGE} networks="copy"></share-buttons>`);
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      const shared = oneEvent(el, 'share');
      byNetwork(el, 'copy').click();
      expect((await shared).detail).to.deep.equal({ network: 'copy', url: CLEAN });
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      await new Promise((r) => setTimeout(r, 50));
      expect(written).to.deep.equal([CLEAN]);
      expect(status.textContent).to.equal('Link copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('lets the page cancel a share', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons url=${PAGE} networks="whatsapp"></share-buttons>`);
    let opened = false;
    const onWindowClick = (event: Event) => (opened = !event.defaultPrevented);
    el.addEventListener('share', (event) => event.preventDefault());
    window.addEventListener('click', onWindowClick);
    byNetwork(el, 'whatsapp').click();
    window.removeEventListener('click', onWindowClick);
    expect(opened).to.equal(false);
  });

  it('shows the device share button only where the browser can share, and uses it', async () => {
    const nav = navigator as Navigator & { share?: unknown; canShare?: unknown };
    const shared: unknown[] = [];
    const hadShare = 'share' in nav;
    Object.defineProperty(nav, 'share', { configurable: true, value: async (data: unknown) => void shared.push(data) });
    Object.defineProperty(nav, 'canShare', { configurable: true, value: () => true });
    try {
      const el = await fixture<ShareButtons>(
        html`<share-buttons url=${PAGE} title="Worry" networks="native"></share-buttons>`,
      );
      byNetwork(el, 'native').click();
      await new Promise((r) => setTimeout(r));
      expect(shared).to.deep.equal([{ url: CLEAN, title: 'Worry', text: undefined }]);
      Object.defineProperty(nav, 'canShare', { configurable: true, value: () => false });
      const hidden = await fixture<ShareButtons>(
        html`<share-buttons url=${PAGE} networks="native copy"></share-buttons>`,
      );
      expect(links(hidden).map((b) => b.dataset.network)).to.deep.equal(['copy']);
    } finally {
      delete (nav as unknown as Record<string, unknown>).share;
      delete (nav as unknown as Record<string, unknown>).canShare;
      expect('share' in nav).to.equal(hadShare);
    }
  });

  it('works by keyboard alone: Tab reaches every button in order', async () => {
    const el = await fixture<ShareButtons>(
      html`<share-buttons url=${PAGE} networks="whatsapp x copy"></share-buttons>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.network ?? 'outside');
    }
    expect(order).to.deep.equal(['whatsapp', 'x', 'copy']);
    const shared = oneEvent(el, 'share');
    await sendKeys({ press: 'Enter' });
    expect((await shared).detail.network).to.equal('copy');
    before.remove();
  });

  it('speaks Hindi on a Hindi page', async () => {
    document.documentElement.lang = 'hi';
    try {
      const el = await fixture<ShareButtons>(
        html`<share-buttons url=${PAGE} networks="whatsapp email copy"></share-buttons>`,
      );
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('शेयर करें:');
      expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal(['WhatsApp', 'ईमेल', 'लिंक कॉपी करें']);
      expect(links(el).map(accessibleName)).to.deep.equal([
        'WhatsApp पर शेयर करें',
        'ईमेल से शेयर करें',
        'इस पेज का लिंक कॉपी करें',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('warns once about an unknown network and renders the rest', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ShareButtons>(html`<share-buttons networks="whatsapp bogus"></share-buttons>`);
      expect(links(el).map((a) => a.dataset.network)).to.deep.equal(['whatsapp']);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '[share-buttons] attribute "networks": unknown value "bogus" skipped (known: native, whatsapp, x, facebook, linkedin, telegram, reddit, pinterest, email, copy); using "whatsapp"',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('ignores a url attribute that is not http(s)', async () => {
    const el = await fixture<ShareButtons>(
      html`<share-buttons url="javascript:alert(1)" networks="facebook"></share-buttons>`,
    );
    expect(new URL(byNetwork(el, 'facebook').href).searchParams.get('u')).to.equal(location.href.split('#')[0]);
  });
});
