/**
 * What a widget shows when its code could not be downloaded: a short message and a retry button, inside its own
 * box, in light DOM (the element is not defined, so it has no shadow root of ours). It goes when the retry starts.
 */
import { loaderStrings } from '../core/i18n/loader.js';

const MARK = 'data-bw-load-error';

/** Styles for the message (added with the loader's stylesheet). */
export const FAILURE_CSS = `[${MARK}]{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.5em 0}[${MARK}] button{font:inherit}`;

export function showFailure(el: Element, retry: () => void): void {
  if (el.querySelector(`:scope > [${MARK}]`)) return;
  const [message, again] = loaderStrings(el);
  const box = document.createElement('div');
  box.setAttribute(MARK, '');
  box.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = again;
  button.addEventListener('click', retry, { once: true });
  box.append(text, button);
  el.append(box);
}

export function clearFailure(el: Element): void {
  el.querySelector(`:scope > [${MARK}]`)?.remove();
}
