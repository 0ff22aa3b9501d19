import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { list, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { enShare } from '../../core/i18n/en/share.js';
import { safeUrl, stripTracking } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { hostStyles } from '../../styles/tokens.js';
import { styles } from './share-buttons.styles.js';
import { DEFAULT_NETWORKS, ICONS, NETWORKS, NETWORK_NAMES, shareUrl, type Network } from './networks.js';

export type { Network } from './networks.js';

/** `detail` of the `share` event. */
export interface ShareEventDetail {
  /** The network the visitor chose (`native` is the device's share sheet, `copy` the clipboard). */
  network: Network;
  /** The address being shared, without tracking parameters or fragment. */
  url: string;
}

const LAYOUTS = ['icons', 'labels', 'both'] as const;
export type ShareLayout = (typeof LAYOUTS)[number];

/**
 * Share buttons for the page: the device's share sheet, WhatsApp, X, Facebook, LinkedIn, Telegram, Reddit,
 * Pinterest, email and copy link. Plain links to each network's share page: no scripts, counters or tracking.
 *
 * @tagname share-buttons
 * @summary Share the page on WhatsApp, X, Facebook, LinkedIn, by email or by copying the link.
 *
 * @fires {CustomEvent<ShareEventDetail>} share - Before a share happens, cancelable. Detail: `ShareEventDetail` `{ network, url }`.
 *
 * @csspart heading - The "Share:" heading.
 * @csspart list - The list of buttons.
 * @csspart button - Every share link or button.
 * @csspart status - The live region that says "Link copied".
 *
 * @cssprop [--bw-share-gap=0.5rem] - Space between the buttons.
 * @cssprop [--bw-share-radius=999px] - Corner radius of the buttons.
 * @cssprop --bw-accent - Hover and focus colour; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop [--bw-border] - Button border colour (default: the text colour at 22%).
 * @cssprop [--bw-surface] - Button background (default: the text colour at 4%).
 */
export class ShareButtons extends BlogWidget {
  static override defaultTag = 'share-buttons';
  static override styles = [hostStyles, styles];
  /** @internal */
  static override messages = { en: enShare, hi: () => import('../../core/i18n/hi/share.js').then((m) => m.hiShare) };

  /** Address to share. Default: `<link rel="canonical">`, else the page address; tracking parameters and the fragment are always removed. */
  @property() url = '';

  /** Title to share. Default: the page's `og:title`, else `document.title`. */
  @property() override title = '';

  /** Text that goes with the link (WhatsApp, X, Telegram, email). Default: the title. */
  @property() text = '';

  /** Networks to show, in order, space-separated: `native whatsapp x facebook linkedin telegram reddit pinterest email copy`. */
  @property({ converter: list<Network>(DEFAULT_NETWORKS, NETWORKS) })
  networks: Network[] = [...DEFAULT_NETWORKS];

  /** `icons` (names for screen readers only), `labels` (text only) or `both`. */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'both') })
  layout: ShareLayout = 'both';

  /** Heading before the buttons. Default: "Share:" in the visitor's language. Set to `none` to hide it. */
  @property() heading = '';

  @state() private status = '';
  private canNativeShare = false;
  private statusTimer?: ReturnType<typeof setTimeout>;

  /** What will be shared, resolved from the attributes and the page. */
  get shareData(): { url: string; title: string; text: string; image?: string } {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const url = stripTracking(
      this.safeAttribute('url', this.url, new Words('this page')) ?? safeUrl(canonical) ?? location.href,
    );
    const meta = (name: string) =>
      document.querySelector<HTMLMetaElement>(`meta[property="${name}"], meta[name="${name}"]`)?.content?.trim();
    const title = this.title || meta('og:title') || document.title;
    return { url, title, text: this.text, image: safeUrl(meta('og:image')) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url') || changed.has('title') || changed.has('text') || !this.hasUpdated) {
      const { url, title, text } = this.shareData;
      const nav = navigator as Navigator & { canShare?: (data: object) => boolean };
      this.canNativeShare = typeof nav.share === 'function' && (nav.canShare?.({ url, title, text }) ?? true);
    }
  }

  private async announce(message: string): Promise<void> {
    clearTimeout(this.statusTimer);
    // Emptying the region first makes screen readers repeat the message when the same button is used twice.
    this.status = '';
    await this.updateComplete;
    this.status = message;
    this.statusTimer = setTimeout(() => (this.status = ''), 5000);
  }

  private onLink(event: MouseEvent, network: Network): void {
    if (!this.emit('share', { network, url: this.shareData.url }, true)) event.preventDefault();
  }

  private async onNative(): Promise<void> {
    const data = this.shareData;
    if (!this.emit('share', { network: 'native', url: data.url }, true)) return;
    try {
      await navigator.share({ url: data.url, title: data.title, text: data.text || undefined });
    } catch {
      // The visitor closed the share sheet: nothing to say.
    }
  }

  private async onCopy(): Promise<void> {
    const { url } = this.shareData;
    if (!this.emit('share', { network: 'copy', url }, true)) return;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = this.copyWithSelection(url);
    }
    void this.announce(this.t(copied ? 'share.copied' : 'share.copyFailed'));
  }

  /** Fallback for browsers without the async clipboard (or without permission). */
  private copyWithSelection(value: string): boolean {
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
    // Selecting moves focus into the textarea, and removing it would drop focus to <body>: focus goes back to
    // the button that was pressed, so the next Tab goes on from there.
    const pressed = ((this.renderRoot as ShadowRoot).activeElement ??
      this.renderRoot.querySelector('[data-network=copy]')) as HTMLElement | null;
    this.renderRoot.appendChild(area);
    area.focus({ preventScroll: true });
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    pressed?.focus({ preventScroll: true });
    return ok;
  }

  private label(network: Network): { name: string; visible: string } {
    switch (network) {
      case 'native':
        return { name: this.t('share.nativeLabel'), visible: this.t('share.native') };
      case 'email':
        return { name: this.t('share.emailLabel'), visible: this.t('share.email') };
      case 'copy':
        return { name: this.t('share.copyLabel'), visible: this.t('share.copy') };
      default: {
        const brand = NETWORK_NAMES[network];
        return { name: this.t('share.on', { network: brand }), visible: brand };
      }
    }
  }

  private renderContent(network: Network) {
    const { name, visible } = this.label(network);
    const showIcon = this.layout !== 'labels';
    // Icons-only: the accessible name comes from aria-label; otherwise it starts with the visible text.
    return {
      aria: this.layout === 'icons' ? name : visible === name ? nothing : name,
      body: html`${showIcon ? ICONS[network] : nothing}${this.layout === 'icons' ? nothing : html`<span>${visible}</span>`}`,
    };
  }

  private renderButton(network: Network) {
    const { aria, body } = this.renderContent(network);
    if (network === 'native' || network === 'copy') {
      if (network === 'native' && !this.canNativeShare) return nothing;
      return html`<li>
        <button class="button" part="button" type="button" data-network=${network} aria-label=${aria}
          @click=${network === 'native' ? this.onNative : this.onCopy}>${body}</button>
      </li>`;
    }
    const href = shareUrl(network, this.shareData);
    if (!href) return nothing;
    const external = network !== 'email';
    return html`<li>
      <a class="button" part="button" data-network=${network} href=${href} aria-label=${aria}
        target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
        @click=${(event: MouseEvent) => this.onLink(event, network)}>${body}</a>
    </li>`;
  }

  protected override render() {
    const heading = this.heading.trim() === 'none' ? '' : this.heading || this.t('share.heading');
    return html`<div class="root" lang=${this.language} dir=${this.textDirection}>
      ${heading ? html`<span class="heading" part="heading" id="heading" lang=${this.heading ? this.contentLanguage : nothing} dir=${this.heading ? 'auto' : nothing}>${heading}</span>` : nothing}
      <ul part="list" aria-labelledby=${heading ? 'heading' : nothing} aria-label=${heading ? nothing : this.t('share.heading')}>
        ${this.networks.map((network) => this.renderButton(network))}
      </ul>
      <span class="status" part="status" role="status">${this.status}</span>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    share: CustomEvent<ShareEventDetail>;
  }
}
