// subscribe-form: Tab reaches the consent checkbox before the Subscribe button (the order a visitor fills it in).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/subscribe-form/define.js';

describe('subscribe-form tab order', () => {
  it('name, email, consent, Subscribe, privacy link', async () => {
    const el =
      await fixture<HTMLElement>(html`<subscribe-form action="/mock/-/subscribe" fields="name" consent="I agree to receive the newsletter"
      privacy-href="https://blog.example/p/privacy.html"></subscribe-form>`);
    el.shadowRoot!.querySelector<HTMLElement>('#name')!.focus();
    const order = [];
    for (let i = 0; i < 4; i += 1) {
      const active = el.shadowRoot!.activeElement as HTMLElement;
      order.push(active.id || active.getAttribute('part') || active.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal(['name', 'email', 'consent', 'button']);
    // And on screen in that order too: the button is below the checkbox.
    const consent = el.shadowRoot!.querySelector('#consent')!.getBoundingClientRect();
    const button = el.shadowRoot!.querySelector('[part=button]')!.getBoundingClientRect();
    expect(button.top).to.be.at.least(consent.bottom);
  });
});
