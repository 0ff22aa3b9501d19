// The translate menu's type-ahead reaches every language from a Latin keyboard: it matches the name in the
// language itself, in English and in the widget's language.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/own-language-memory.js'; // this page's own remembered language (localStorage is shared by every test file's page)
import '../../src/widgets/translate-toggle/define.js';
import type { TranslateToggle } from '../../src/widgets/translate-toggle/translate-toggle.js';

const focusedLang = (el: TranslateToggle) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.lang;

describe('translate-toggle type-ahead', () => {
  it('reaches हिन्दी with "h", اردو with "u", বাংলা with "b" and English with "e"', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi ur bn" provider="alternate" page-lang="en"></translate-toggle>`,
    );
    el.shadowRoot!.querySelector<HTMLElement>('#trigger')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedLang(el)).to.equal('en');
    for (const [key, lang] of [
      ['h', 'hi'],
      ['u', 'ur'],
      ['b', 'bn'],
      ['e', 'en'],
      ['H', 'hi'],
    ]) {
      await sendKeys({ press: key });
      expect(focusedLang(el), key).to.equal(lang);
    }
  });

  it('still matches the own name: "ह" reaches हिन्दी', async () => {
    const el = await fixture<TranslateToggle>(
      html`<translate-toggle languages="en hi ur" provider="alternate" page-lang="en"></translate-toggle>`,
    );
    el.shadowRoot!.querySelector<HTMLElement>('#trigger')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedLang(el)).to.equal('en');
    // A Hindi keyboard's key: sendKeys cannot press it, so the event is the browser's own shape of it.
    el.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ह', bubbles: true, composed: true, cancelable: true }),
    );
    expect(focusedLang(el)).to.equal('hi');
  });
});
