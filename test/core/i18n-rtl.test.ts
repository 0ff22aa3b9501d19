import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/author-card/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';
import type { AuthorCard } from '../../src/widgets/author-card/author-card.js';

const buttons = (el: ShareButtons) =>
  [...el.shadowRoot!.querySelectorAll('[part=button]')].map((b) => b.getBoundingClientRect());

/** Physical properties that would not flip in a right-to-left language. */
const PHYSICAL =
  /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|\b(float|clear|text-align)\s*:\s*(left|right)\b|border-(top|bottom)-(left|right)-radius/;

describe('core/i18n: right-to-left', () => {
  it('lays share-buttons out right to left in Urdu: direction rtl, first button to the right of the second', async () => {
    const ltr = await fixture<ShareButtons>(
      html`<share-buttons lang="en" networks="whatsapp x" style="inline-size: 600px"></share-buttons>`,
    );
    const [a, b] = buttons(ltr);
    expect(a.right).to.be.at.most(b.left);
    const el = await fixture<ShareButtons>(
      html`<share-buttons lang="ur" networks="whatsapp x" style="inline-size: 600px"></share-buttons>`,
    );
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).direction).to.equal('rtl');
    const [first, second] = buttons(el);
    expect(first.top).to.equal(second.top);
    expect(first.left).to.be.at.least(second.right);
    // The heading comes first, so it is at the right edge.
    expect(el.shadowRoot!.querySelector('[part=heading]')!.getBoundingClientRect().right).to.be.above(first.left);
  });

  it('puts the author photo on the right in Urdu', async () => {
    const el = await fixture<AuthorCard>(html`<author-card lang="ur" name="ڈاکٹر میرا راؤ" style="inline-size: 600px"
      photo="/test/fixtures/author.svg"></author-card>`);
    const photo = el.shadowRoot!.querySelector('[part=photo]')!.getBoundingClientRect();
    const name = el.shadowRoot!.querySelector('[part=name]')!.getBoundingClientRect();
    expect(getComputedStyle(el.shadowRoot!.querySelector('.wrap')!).direction).to.equal('rtl');
    expect(photo.left).to.be.at.least(name.right);
  });

  it('uses only logical CSS properties in every widget (the manifest lists them)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const modules: string[] = manifest.modules
      .filter((m: { declarations?: { tagName?: string }[] }) => m.declarations?.some((d) => d.tagName))
      .map((m: { path: string }) => m.path);
    expect(modules.length).to.be.above(1);
    const found: string[] = [];
    const files = [...modules, ...modules.map((path) => path.replace(/\.ts$/, '.styles.ts')), 'src/styles/tokens.ts'];
    let read = 0;
    for (const file of files) {
      const response = await fetch(`/${file}`);
      if (!response.ok) continue;
      read += 1;
      const source = await response.text();
      for (const line of source.split('\n')) if (PHYSICAL.test(line)) found.push(`${file}: ${line.trim()}`);
    }
    expect(read).to.equal(files.length);
    expect(found).to.deep.equal([]);
    expect(PHYSICAL.test('  margin-left: 1px;')).to.equal(true); // the check can fail
  });
});
