import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/index.js';
import '../../src/widgets/subscribe-form/define.js';
import type { SubscribeForm } from '../../src/widgets/subscribe-form/subscribe-form.js';
import { logKey, received } from '../helpers/console.js';

// A sign-up on its way while the form moves in the page or leaves it (the sending is core/net's LoadController).

const input = (el: SubscribeForm, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const statusText = (el: SubscribeForm) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, ' ').trim();

async function fillAndSend(el: SubscribeForm, email = 'asha@example.com'): Promise<void> {
  const field = input(el, 'email');
  field.value = email;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
  await el.updateComplete;
}

describe('<subscribe-form> leaving the page while sending', () => {
  it('goes on when moved in the page, and shows the outcome there', async () => {
    const key = logKey('sub-move');
    const el = await fixture<SubscribeForm>(
      html`<subscribe-form .minTime=${0} action=${`/mock/log=${key},gate=${key},body=%7B%7D/s`}></subscribe-form>`,
    );
    await fillAndSend(el);
    await waitUntil(async () => (await received(key)).length === 1, 'nothing sent');
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    expect(el.status).to.equal('sending');
    await fetch(`/mock-gate/${key}`, { method: 'POST' });
    await waitUntil(() => el.status === 'success', 'the moved form never showed its outcome', { timeout: 5000 });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thank you! You are subscribed.');
    expect(await received(key)).to.have.length(1);
    box.remove();
  });

  it('stops when removed, keeps the values, and sends the same sign-up (same key) when back', async () => {
    const key = logKey('sub-remove');
    const el = await fixture<SubscribeForm>(
      html`<subscribe-form .minTime=${0} action=${`/mock/log=${key},hang=1,failfirst=1,body=%7B%7D/s`}></subscribe-form>`,
    );
    const parent = el.parentElement!;
    let events = 0;
    for (const type of ['subscribe-success', 'subscribe-error']) el.addEventListener(type, () => (events += 1));
    await fillAndSend(el);
    await waitUntil(async () => (await received(key)).length === 1, 'nothing sent');
    el.remove();
    await waitUntil(async () => (await received(key))[0].aborted, 'the request went on after the form left the page');
    expect(el.status).to.equal('idle');
    expect(events).to.equal(0);

    parent.append(el);
    await el.updateComplete;
    expect(input(el, 'email').value).to.equal('asha@example.com');
    expect(statusText(el)).to.equal('');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await waitUntil(() => el.status === 'success', 'the second sending never succeeded', { timeout: 5000 });
    const requests = await received(key);
    expect(requests).to.have.length(2);
    expect(requests[1].headers['idempotency-key']).to.equal(requests[0].headers['idempotency-key']);
    expect(events).to.equal(1);
  });
});
