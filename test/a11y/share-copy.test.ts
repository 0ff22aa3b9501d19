// The copy fallback (no async clipboard) selects the link in a hidden textarea and removes it: focus must come
// back to the copy button, so that the next Tab goes on from there and not from the top of the page.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/index.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/share-buttons/define.js';

describe('<share-buttons> copy fallback', () => {
  it('keeps focus on the copy button and Tab goes on from it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <share-buttons url="https://blog.example/post.html" networks="copy email"></share-buttons><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('share-buttons')!;
    await el.updateComplete;
    const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const copy = el.shadowRoot!.querySelector<HTMLElement>('[data-network=copy]')!;
      copy.focus();
      // A script click: a trusted key press would let execCommand reach the system clipboard, which blocks in
      // headless Chromium. The fallback moves focus the same way whether it succeeds or not.
      copy.click();
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      await waitUntil(() => status.textContent!.trim() !== '', 'nothing announced');
      expect(document.activeElement?.localName, 'focus in the page').to.equal('share-buttons');
      expect(el.shadowRoot!.activeElement === copy, 'focus on the copy button').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('data-network')).to.equal('email');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (own) Object.defineProperty(Navigator.prototype, 'clipboard', own);
    }
  });
});
