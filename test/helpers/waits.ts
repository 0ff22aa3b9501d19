// Waiting for what a visitor would wait for: a feed shown, a form answered, a search's results. Conditions, not time.
import { waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, root, update } from './dom.js';

/**
 * open-wc's `waitUntil`, with room for a loaded machine: a condition polled until it holds, bounded by 8 s unless the
 * caller says otherwise (open-wc's own bound is 1 s, which a busy CI machine can overrun while the condition is
 * on its way). Every test takes its `waitUntil` from here.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitFor(predicate, message, { timeout: 8000, ...options });
}

/** What a <popular-posts> or <featured-post> shows: 'loading', 'error', 'empty', 'ready' (its list, or its card), or 'none'. */
export function feedState(el: Element): 'loading' | 'error' | 'empty' | 'ready' | 'none' {
  const has = (part: string) => root(el).querySelector(`[part~=${part}]`);
  const shown = el.localName === 'featured-post' ? 'card' : 'list';
  return has('skeleton') ? 'loading' : has('error') ? 'error' : has('empty') ? 'empty' : has(shown) ? 'ready' : 'none';
}

/** Waits until a <popular-posts> or <featured-post> shows posts, its empty state or its error. */
export const feedSettled = (el: Element, timeout = 15_000): Promise<void> =>
  waitUntil(() => ['ready', 'error', 'empty'].includes(feedState(el)), 'the feed widget never settled', { timeout });

/** Waits until a <subscribe-form> has an outcome (not idle, sending or offline) and has rendered it. */
export async function formSettled(el: Element & { status: string }, timeout = 5000): Promise<void> {
  await waitUntil(() => !['sending', 'offline', 'idle'].includes(el.status), 'the form never settled', { timeout });
  await update(el);
}

/** Types into a widget's fields as a visitor does (for each selector: its value, an input event), then waits for the render. */
export async function fillIn(el: Element, values: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(values)) {
    const field = $<HTMLInputElement>(el, selector);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await update(el);
}

/** Puts `text` in a blog-search's field in one go (as pasting does) and waits for its results to render. */
export async function searchFor(el: HTMLElement & { updateComplete: Promise<unknown> }, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  const results = new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ query: string }>).detail.query !== text) return;
      el.removeEventListener('search-results', listener);
      resolve();
    };
    el.addEventListener('search-results', listener);
  });
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await results;
  await el.updateComplete;
}

/**
 * Types `text` into a blog-search's field key by key and waits until its popup has settled for the whole text (not a
 * popup left from a shorter prefix): no spinner, and results, nothing found or an error for what was typed.
 */
export async function typeSearch(el: HTMLElement, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input');
  input.focus();
  await sendKeys({ type: text });
  const shown = () => (el as unknown as { shownQuery?: string }).shownQuery;
  await waitUntil(
    () => $(el, '[part=popup]') && !$(el, '.spinner') && shown() === input.value.trim(),
    'the search never settled',
    { timeout: 8000 },
  );
  await update(el);
}
