// What the booking test files share: a <book-appointment> on a fixed clock, and a click that waits for the update.
import { fixtureSync, html } from '@open-wc/testing';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';

/** Monday 2 March 2026, 00:00 UTC: the clock every booking test runs on. */
export const BOOKING_NOW = Date.parse('2026-03-02T00:00:00Z');

/**
 * A <book-appointment> with these attributes on the booking tests' clock, in a wrapper `width` px wide (when given).
 * fixtureSync: a plain element would make fixture() wait for an animation frame, which never comes in a background tab.
 */
export async function bookingFixture(attrs: Record<string, string>, width?: number): Promise<BookAppointment> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (width !== undefined) wrapper.style.width = `${width}px`;
  const el = document.createElement('book-appointment');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = BOOKING_NOW;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Clicks like a visitor and waits for the widget to show the result. */
export async function clickAndWait(el: BookAppointment, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/**
 * Every text the review step's status line (role=status) shows from now on, in order, read at each change of it.
 * Each change is a render, which comes before the next answer from the network, so no step is missed.
 */
export function statusTexts(el: BookAppointment): string[] {
  const status = el.shadowRoot!.querySelector('[role=status]')!;
  const texts: string[] = [];
  new MutationObserver(() => {
    const now = (status.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (now !== texts[texts.length - 1]) texts.push(now);
  }).observe(status, { childList: true, subtree: true, characterData: true });
  return texts;
}
