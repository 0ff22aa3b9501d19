/**
 * What a widget shows when its code could not be downloaded: a short message and a retry button, inside its own
 * box, in light DOM (the element is not defined, so it has no shadow root of ours). It goes when the retry starts.
 */
import { loaderStrings } from '../core/i18n/loader.js';

const MARK = 'data-bw-load-error';

export async function showFailure(el: Element, retry: () => void): Promise<void> {
  if (el.querySelector(`:scope > [${MARK}]`)) return;
  // A plain paragraph: the message, then the button, in the blog's own styles.
  const box = document.createElement('p');
  box.setAttribute(MARK, '');
  el.append(box);
  const [message, again] = await loaderStrings(el);
  box.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = again;
  button.addEventListener('click', retry, { once: true });
  box.append(text, ' ', button);
}

export function clearFailure(el: Element): void {
  el.querySelector(`:scope > [${MARK}]`)?.remove();
}
