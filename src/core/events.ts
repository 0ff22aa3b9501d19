/**
 * Events in one shape: bubbling, composed (they cross shadow roots), with a typed `detail`.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function fire<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
