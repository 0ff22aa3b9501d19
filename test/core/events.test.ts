import { expect } from '@open-wc/testing';
import { fire } from '../../src/core/events.js';

describe('core/events', () => {
  it('fires a bubbling, composed CustomEvent with the detail, cancelable when asked', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const seen: Event[] = [];
    document.addEventListener('share', (event) => seen.push(event), { once: true });
    target.addEventListener('share', (event) => event.preventDefault(), { once: true });
    try {
      expect(fire(target, 'share', { network: 'copy', url: 'https://example.com/' }, true)).to.equal(false);
    } finally {
      target.remove();
    }
    const [event] = seen as CustomEvent[];
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(event.detail).to.deep.equal({ network: 'copy', url: 'https://example.com/' });
  });

  it('refuses, at compile time, an undeclared event name or a detail of the wrong shape', () => {
    const target = new EventTarget();
    // @ts-expect-error 'posts-eror' is not declared in GlobalEventHandlersEventMap
    fire(target, 'posts-eror', {});
    // @ts-expect-error a share event's detail has a network and a url
    fire(target, 'share', { url: 'https://example.com/' });
    // @ts-expect-error 'click' is not a CustomEvent
    fire(target, 'click', {});
  });
});
