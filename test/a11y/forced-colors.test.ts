// With forced colours (Windows High Contrast) the browser replaces backgrounds with Canvas: a state shown only by
// a background colour disappears. Each chosen or highlighted state keeps a visible, system-colour indication.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/translate-toggle/define.js';
import type { BlogSearch } from '../../src/widgets/blog-search/blog-search.js';
import type { TranslateToggle } from '../../src/widgets/translate-toggle/translate-toggle.js';
import { forcedColors, stateIndication, searchFor, logKey, $ } from '../helpers/index.js';

describe('forced colours', function () {
  this.timeout(30_000);
  afterEach(() => forcedColors(false));

  for (const forced of [false, true]) {
    const mode = forced ? 'forced colours' : 'normal colours';

    it(`blog-search: the highlighted result stands out (${mode})`, async () => {
      await forcedColors(forced);
      const el = await fixture<BlogSearch>(
        html`<blog-search feed-type="blogger" debounce="0" src=${`/mock/log=${logKey('fc')},file=search~q-{q}.json/feeds/posts/default`}></blog-search>`,
      );
      await searchFor(el, 'anxiety');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const selected = $(el, '[role=option][aria-selected=true]');
      const plain = $(el, '[role=option][aria-selected=false]');
      expect(stateIndication(selected, plain)).to.not.deep.equal([]);
    });

    it(`translate-toggle: the checked language carries a mark (${mode})`, async () => {
      await forcedColors(forced);
      const el = await fixture<TranslateToggle>(
        html`<translate-toggle languages="en hi ur" provider="alternate"></translate-toggle>`,
      );
      $(el, '#trigger').click();
      await el.updateComplete;
      const checked = $(el, '[role=menuitemradio][aria-checked=true]');
      const plain = $(el, '[role=menuitemradio][aria-checked=false]');
      // The mark, not the focus highlight: focus sits on the checked item when the menu opens.
      $(el, '#trigger').focus();
      expect(stateIndication(checked, plain, '::before')).to.not.deep.equal([]);
    });
  }
});
