/**
 * JSONP for services whose JSON sends no CORS headers (Blogger feeds on another origin, Mailchimp's post-json).
 *
 * A JSONP reply runs as a script with the page's full rights, so it is used only for the hosts of those two
 * services (`isBloggerHost`, `isMailchimpHost` in hosts.ts) or a Blogger blog on a custom domain that the owner
 * named with `feed-type="blogger"`; everything else goes through fetch with CORS. The callers decide; this module
 * refuses anything but http(s).
 *
 * Each request gets its own global callback name, so parallel requests never collide, and each copy of the bundle
 * on a page (the module loaded twice under different addresses) its own random prefix, so two copies never answer
 * each other's requests. The script tag and the callback are removed whether the request succeeds, fails or times
 * out; a late answer after a timeout lands in a harmless no-op instead of throwing "callback is not defined".
 */
import { safeUrl } from '../safe.js';
import { DEFAULT_TIMEOUT, NetError } from './request.js';

/** A random prefix per copy of this module: two bundles on one page never share a callback name. */
function copyPrefix(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
const prefix = `__blogWidgetsJsonp_${copyPrefix()}_`;

export interface JsonpOptions {
  /** Query parameter that names the callback (`callback` for Blogger, `c` for Mailchimp). */
  callbackParam?: string;
  timeout?: number;
  signal?: AbortSignal;
}

let counter = 0;
const registry = globalThis as unknown as Record<string, unknown>;

export function jsonp<T = unknown>(url: string, options: JsonpOptions = {}): Promise<T> {
  const { callbackParam = 'callback', timeout = DEFAULT_TIMEOUT, signal } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new NetError('aborted', 'aborted'));
    const address = safeUrl(url);
    if (!address) return reject(new NetError('network', 'not http(s)'));
    counter += 1;
    const name = `${prefix}${counter}`;
    const target = new URL(address);
    target.searchParams.set(callbackParam, name);
    const script = document.createElement('script');
    let settled = false;

    const finish = (error: NetError | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      script.remove();
      // Keep a no-op for a script that is still on its way; drop it a little later.
      registry[name] = () => undefined;
      setTimeout(() => delete registry[name], 60_000);
      if (error) reject(error);
      else resolve(value as T);
    };
    const onAbort = () => finish(new NetError('aborted', 'aborted'));
    const timer = setTimeout(() => finish(new NetError('timeout', `no answer within ${timeout} ms`)), timeout);

    registry[name] = (data: T) => finish(undefined, data);
    signal?.addEventListener('abort', onAbort, { once: true });
    script.async = true;
    // The service learns at most this site's origin, never the page address.
    script.referrerPolicy = 'strict-origin-when-cross-origin';
    script.src = target.href;
    script.onerror = () => finish(new NetError('network', 'the script could not be loaded'));
    // A script that loaded but never called back (an error page, wrong callback parameter).
    script.onload = () => setTimeout(() => finish(new NetError('parse', 'the reply did not call back')), 0);
    document.head.appendChild(script);
  });
}
