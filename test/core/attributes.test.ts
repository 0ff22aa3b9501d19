import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { boolean, duration, integer, list, oneOf, parseDuration } from '../../src/core/attributes.js';
import { BlogWidget } from '../../src/core/base.js';
import { captureWarnings } from '../helpers/index.js';

class AttributeProbe extends BlogWidget {
  static override defaultTag = 'attribute-probe';
  @property({ converter: integer(5, 1, 20) }) max = 5;
  @property({ converter: oneOf(['list', 'cards'] as const, 'list') }) layout = 'list';
  @property({ converter: list(['a', 'b'], ['a', 'b', 'c']) }) items: string[] = ['a', 'b'];
  @property({ converter: duration(86_400_000) }) notice = 86_400_000;
  @property({ converter: boolean }) thumbnails = false;
  protected override render() {
    return litHtml`<p>${this.max} ${this.layout} ${this.items.join('+')} ${this.notice} ${this.thumbnails}</p>`;
  }
}
AttributeProbe.define();

describe('core/attributes', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('reads good values without a warning', async () => {
    const el = await fixture<AttributeProbe>(
      html`<attribute-probe max="7" layout="CARDS" items="c a" notice="90m" thumbnails></attribute-probe>`,
    );
    expect(el.shadowRoot!.textContent!.trim()).to.equal('7 cards c+a 5400000 true');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once with the tag, attribute, reason and fallback', async () => {
    const el = await fixture<AttributeProbe>(html`<attribute-probe max="abc"></attribute-probe>`);
    expect(el.max).to.equal(5);
    el.setAttribute('max', 'abc');
    el.setAttribute('max', '6');
    el.setAttribute('max', 'abc');
    expect(warnings.messages).to.deep.equal(['[attribute-probe] attribute "max": "abc" is not a number; using 5']);
  });

  it('clamps numbers out of range and says so', async () => {
    const el = await fixture<AttributeProbe>(html`<attribute-probe max="-3"></attribute-probe>`);
    expect(el.max).to.equal(1);
    el.setAttribute('max', '99');
    expect(el.max).to.equal(20);
    expect(warnings.messages).to.deep.equal([
      '[attribute-probe] attribute "max": -3 is below the minimum 1; using 1',
      '[attribute-probe] attribute "max": 99 is above the maximum 20; using 20',
    ]);
  });

  it('falls back for unknown enum values and skips unknown list words', async () => {
    const el = await fixture<AttributeProbe>(html`<attribute-probe layout="grid" items="b zz"></attribute-probe>`);
    expect(el.layout).to.equal('list');
    expect(el.items).to.deep.equal(['b']);
    expect(warnings.messages).to.deep.equal([
      '[attribute-probe] attribute "layout": "grid" is not one of list, cards; using "list"',
      '[attribute-probe] attribute "items": unknown value "zz" skipped (known: a, b, c); using "b"',
    ]);
  });

  it('uses the fallback list when nothing in it is known', async () => {
    const el = await fixture<AttributeProbe>(html`<attribute-probe items="x, y"></attribute-probe>`);
    expect(el.items).to.deep.equal(['a', 'b']);
    expect(warnings.messages.at(-1)).to.equal(
      '[attribute-probe] attribute "items": no known value in "x, y"; using "a b"',
    );
  });

  it('parses durations and rejects unreadable ones', async () => {
    expect(parseDuration('24h')).to.equal(86_400_000);
    expect(parseDuration('2d')).to.equal(172_800_000);
    expect(parseDuration('90m')).to.equal(5_400_000);
    expect(parseDuration('45')).to.equal(2_700_000);
    expect(parseDuration('soon')).to.be.NaN;
    const el = await fixture<AttributeProbe>(html`<attribute-probe notice="tomorrow"></attribute-probe>`);
    expect(el.notice).to.equal(86_400_000);
    expect(warnings.messages).to.deep.equal([
      '[attribute-probe] attribute "notice": "tomorrow" is not a duration like 90m, 24h or 2d; using 1d',
    ]);
  });

  it('understands the words owners write for booleans', async () => {
    const el = await fixture<AttributeProbe>(html`<attribute-probe thumbnails="false"></attribute-probe>`);
    expect(el.thumbnails).to.equal(false);
    el.setAttribute('thumbnails', '');
    expect(el.thumbnails).to.equal(true);
    el.removeAttribute('thumbnails');
    expect(el.thumbnails).to.equal(false);
  });
});
