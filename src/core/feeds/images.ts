/**
 * Post images at the size a layout needs.
 *
 * Blogger serves every image at any size from its URL: `/s72-c/` (a path segment) or `=s72-c` (a suffix) says
 * 72 px cropped square; `/w320-h180-c/` or `=w320-h180-c` a cropped box. We rewrite those to the size the layout
 * needs times `devicePixelRatio`. WordPress media come with named sizes: the smallest that covers the box wins.
 * Only http(s) sources are kept, upgraded to https on an https page.
 */
import { safeUrl } from '../safe.js';
import type { PostImage } from './types.js';

const BLOGGER_HOST = /(^|\.)(bp\.blogspot\.com|googleusercontent\.com|blogger\.com)$/;
// Size options after the size (`-c`, `-rw`, `-no-nu`) as one run: no repeated group inside a repeated group.
const SEGMENT = /\/(?:s\d+|w\d+(?:-h\d+)?|h\d+)(?:-[a-z0-9-]*)?\//;
const SUFFIX = /=(?:s\d+|w\d+(?:-h\d+)?|h\d+)(?:-[a-z0-9-]*)?$/;

/** True for an image URL on Blogger's image servers. */
export function isBloggerImage(url: string): boolean {
  try {
    return BLOGGER_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** A Blogger image URL rewritten to `width`×`height` device pixels, cropped; other URLs unchanged. */
export function resizeBloggerImage(url: string, width: number, height: number): string {
  if (!isBloggerImage(url)) return url;
  const w = Math.round(width);
  const h = Math.round(height);
  const size = w === h ? `s${w}-c` : `w${w}-h${h}-c`;
  if (SEGMENT.test(url)) return url.replace(SEGMENT, `/${size}/`);
  if (SUFFIX.test(url)) return url.replace(SUFFIX, `=${size}`);
  // googleusercontent URLs without a size take a suffix.
  if (/googleusercontent\.com$/.test(new URL(url).hostname) && !url.includes('?')) return `${url}=${size}`;
  return url;
}

/**
 * The URL to show `image` in a box of `width`×`height` CSS pixels, at `dpr` device pixels per CSS pixel.
 * Undefined when the image has no http(s) source.
 */
export function imageFor(
  image: PostImage | undefined,
  width: number,
  height: number,
  dpr = globalThis.devicePixelRatio || 1,
): string | undefined {
  if (!image) return undefined;
  const scale = Math.min(Math.max(dpr, 1), 3);
  const w = width * scale;
  const h = height * scale;
  let url = image.url;
  if (image.sizes?.length) {
    const fits = image.sizes
      .filter((s) => s.width >= w && s.height >= h)
      .sort((a, b) => a.width * a.height - b.width * b.height);
    url = (fits[0] ?? [...image.sizes].sort((a, b) => b.width * b.height - a.width * a.height)[0]).url;
  } else {
    url = resizeBloggerImage(url, w, h);
  }
  return safeUrl(url, { upgrade: true });
}

/**
 * `srcset` for a box of fixed CSS size: the image at 1x, 2x and 3x the box (Blogger's size rewriting, or the
 * smallest WordPress size that covers each), with the `src` at 1x. Undefined when every density gives one address.
 */
export function densitySrcset(image: PostImage | undefined, width: number, height: number): string | undefined {
  const candidates = new Map<string, string>();
  for (const density of [1, 2, 3]) {
    const url = imageFor(image, width, height, density);
    if (url && !candidates.has(url)) candidates.set(url, `${url} ${density}x`);
  }
  return candidates.size > 1 ? [...candidates.values()].join(', ') : undefined;
}

/** Widths offered for an image whose box follows its container (the featured post). */
const WIDTHS = [320, 480, 640, 960, 1280];

/**
 * `srcset` with width descriptors for a fluid box of aspect `height`/`width`: Blogger at each of WIDTHS (cropped
 * to the box's aspect), WordPress's own sizes. Use with `sizes="auto, <width>px"`: the browser picks by the width
 * laid out (lazy images), or by `<width>px` where `auto` is not supported. Undefined when there is no choice.
 */
export function widthSrcset(image: PostImage | undefined, width: number, height: number): string | undefined {
  if (!image) return undefined;
  const ratio = height / width;
  const candidates = image.sizes?.length
    ? image.sizes.map((s) => [safeUrl(s.url, { upgrade: true }), s.width] as const)
    : isBloggerImage(image.url)
      ? WIDTHS.map((w) => [safeUrl(resizeBloggerImage(image.url, w, w * ratio), { upgrade: true }), w] as const)
      : [];
  const list = candidates.filter(([url, w]) => url && w > 0).map(([url, w]) => `${url} ${w}w`);
  return list.length > 1 ? list.join(', ') : undefined;
}
