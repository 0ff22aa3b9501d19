/**
 * Focus in <book-appointment>'s modal dialog (`layout="button"`): where it was before opening, Tab kept inside the
 * dialog, and where it returns on closing. Plain functions over the DOM; DialogControl (dialog-control.ts) keeps
 * the opener.
 */

/** The focused element, inside shadow roots too; undefined when nothing (the body) has focus. */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/** Keeps Tab inside `dialog` (its keydown `event`): from the last control to the first and back. */
export function trapTab(event: KeyboardEvent, root: ShadowRoot): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const controls = [
    ...dialog.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, [tabindex="0"]'),
  ].filter((node) => !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0);
  if (!controls.length) return;
  const active = root.activeElement;
  const first = controls[0];
  const last = controls[controls.length - 1];
  // Before the first control (the title, focused on opening, comes before it) Shift+Tab wraps to the last.
  const before =
    !active ||
    !dialog.contains(active) ||
    active === first ||
    !!(active.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (event.shiftKey && before) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** After closing: back where the visitor was (`opener`); when that is gone or hidden, `ours` (the open button). */
export function returnFocus(opener: HTMLElement | undefined, ours: HTMLElement | null): void {
  const shown = (node: HTMLElement | null | undefined) => !!node?.isConnected && node.getClientRects().length > 0;
  const target = [opener, ours].find(shown);
  if (target) target.focus();
  else if (opener?.isConnected) opener.focus();
}
