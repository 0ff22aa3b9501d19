/** Tracking parameters in shared links (share buttons, booking's page address): see `stripTracking`. */
const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid)$/i;

/** The URL without tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, …) and, by default, the fragment. */
export function stripTracking(href: string, keepHash = false): string {
  let url: URL;
  try {
    url = new URL(href, globalThis.location?.href);
  } catch {
    return href;
  }
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name);
  }
  if (!keepHash) url.hash = '';
  // `URLSearchParams` leaves a bare "?" when the last parameter goes.
  return url.href.replace(/\?(#|$)/, '$1');
}
