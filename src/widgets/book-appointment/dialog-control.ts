/**
 * The modal dialog of <book-appointment layout="button">: opening it, closing it, and the focus in it. The focus
 * code (dialog.ts) loads with the first render of that layout, so other pages never pay for it.
 */

export class DialogControl {
  /** Focus in the dialog (dialog.ts), once loaded. */
  private focus?: typeof import('./dialog.js');
  private loading?: Promise<void>;
  /** What had focus before the dialog opened (focus returns there). */
  private opener?: HTMLElement;

  constructor(private readonly host: { readonly renderRoot: HTMLElement | DocumentFragment }) {}

  /** Starts loading the focus code (once). */
  load(): void {
    this.loading ??= import('./dialog.js').then(
      (focus) => void (this.focus = focus),
      () => void (this.loading = undefined),
    );
  }

  /** While the focus code loads: the load (so that `updateComplete` can wait for it); else undefined. */
  get pending(): Promise<void> | undefined {
    return this.focus ? undefined : this.loading;
  }

  show(): void {
    const root = this.host.renderRoot;
    const dialog = root.querySelector('dialog');
    if (!dialog || dialog.open) return;
    // Whatever had focus before, in the page (the owner's own button) or in here; ours when nothing had.
    // (Until dialog.ts is here, which a click can hardly beat, the page's own focused element.)
    const active = this.focus ? this.focus.deepActiveElement() : document.activeElement;
    this.opener =
      (active instanceof HTMLElement && active !== document.body ? active : undefined) ??
      root.querySelector<HTMLElement>('[part=open]') ??
      undefined;
    dialog.showModal();
    // The dialog's title first, so that the crisis note and the step follow in reading order.
    root.querySelector<HTMLElement>('#dialog-title')?.focus();
  }

  close(): void {
    this.host.renderRoot.querySelector('dialog')?.close();
  }

  /** Keeps Tab inside the dialog. */
  onKey = (event: KeyboardEvent): void => {
    this.focus?.trapTab(event, this.host.renderRoot as ShadowRoot);
  };

  /** Focus back to what opened the dialog. */
  onClose = (): void => {
    if (this.focus) this.focus.returnFocus(this.opener, this.host.renderRoot.querySelector<HTMLElement>('[part=open]'));
    else this.opener?.focus();
  };
}
