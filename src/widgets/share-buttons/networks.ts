import { svg, type SVGTemplateResult } from 'lit';

/** Every network `<share-buttons>` knows, in the order owners usually want them. */
export const NETWORKS = [
  'native',
  'whatsapp',
  'x',
  'facebook',
  'linkedin',
  'telegram',
  'reddit',
  'pinterest',
  'email',
  'copy',
] as const;
export type Network = (typeof NETWORKS)[number];
export const DEFAULT_NETWORKS: Network[] = ['native', 'whatsapp', 'x', 'facebook', 'linkedin', 'email', 'copy'];

/** Display names of the networks with a share page (brand names are not translated). */
export const NETWORK_NAMES: Record<Exclude<Network, 'native' | 'email' | 'copy'>, string> = {
  whatsapp: 'WhatsApp',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  reddit: 'Reddit',
  pinterest: 'Pinterest',
};

export interface ShareData {
  url: string;
  title: string;
  text: string;
  image?: string;
}

const q = (params: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])).toString();

/** The documented share address of each network (email opens the mail program). */
export function shareUrl(network: Network, data: ShareData): string | undefined {
  const message = data.text || data.title;
  switch (network) {
    case 'whatsapp':
      return `https://wa.me/?${q({ text: message ? `${message} ${data.url}` : data.url })}`;
    case 'x':
      return `https://twitter.com/intent/tweet?${q({ text: message, url: data.url })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${q({ u: data.url })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${q({ url: data.url })}`;
    case 'telegram':
      return `https://t.me/share/url?${q({ url: data.url, text: message })}`;
    case 'reddit':
      return `https://www.reddit.com/submit?${q({ url: data.url, title: data.title })}`;
    case 'pinterest':
      return `https://www.pinterest.com/pin/create/button/?${q({ url: data.url, media: data.image, description: message })}`;
    case 'email':
      // mailto bodies use %20, not "+", for spaces (RFC 6068).
      return `mailto:?subject=${encodeURIComponent(data.title)}&body=${encodeURIComponent(
        `${data.text ? `${data.text}\n\n` : ''}${data.url}`,
      )}`;
    default:
      return undefined;
  }
}

const icon = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Simple line icons drawn for this library (no brand assets are loaded). */
export const ICONS: Record<Network, SVGTemplateResult> = {
  native: icon(svg`<path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"/>`),
  whatsapp: icon(svg`<path d="M4 20l1.3-4A8 8 0 1 1 8.5 19z"/><path d="M9 9.5c.3 2.2 2.3 4.3 4.6 4.8l1.2-1.3"/>`),
  x: icon(svg`<path d="M5 4l14 16M19 4L5 20"/>`),
  facebook: icon(svg`<path d="M15 4h-2a3 3 0 0 0-3 3v14M7 11h7"/>`),
  linkedin: icon(
    svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 11v6M8 7.5v.01M12 17v-6M12 13.5a2.5 2.5 0 0 1 5 0V17"/>`,
  ),
  telegram: icon(svg`<path d="M21 4L3 11l6 2 2 6 3-4 5 4z"/><path d="M9 13l12-9"/>`),
  reddit: icon(
    svg`<ellipse cx="12" cy="14" rx="8" ry="6"/><path d="M9 13v.01M15 13v.01M9.5 16.5a4 4 0 0 0 5 0M12 8l1.5-5 4 1"/>`,
  ),
  pinterest: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M10.5 21l2-8M10 10a3 3 0 1 1 3 4.5"/>`),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`),
  copy: icon(svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V6a2 2 0 0 1 2-2h8"/>`),
};
