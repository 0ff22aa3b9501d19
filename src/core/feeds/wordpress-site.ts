/**
 * A WordPress site's own addresses, needed before any post is loaded: its root (from a site or REST address) and
 * its search page. The REST client and parser (wordpress.ts) load on demand with the other non-Blogger formats.
 */

/** The site's root from a site or REST address. */
export function wordpressRoot(address: string): string {
  const url = new URL(address, globalThis.location?.href);
  const at = url.pathname.indexOf('/wp-json/');
  const path = at >= 0 ? url.pathname.slice(0, at) : url.pathname;
  return `${url.origin}${path.replace(/\/$/, '')}`;
}

/** The site's own search page. */
export function wordpressSearchUrl(root: string, q: string): string {
  const url = new URL(`${root}/`);
  url.searchParams.set('s', q);
  return url.href;
}
