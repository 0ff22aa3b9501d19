/** Post addresses compared as the same page: without protocol, `www.`, query (`?m=1`), fragment or trailing slash. */

/** The address as a comparison key: host without `www.` and path without a trailing slash, lower-cased. */
export function normalise(address: string): string {
  try {
    const url = new URL(address, location.href);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return address;
  }
}

/** Whether two post addresses name the same page (see `normalise`). */
export function sameAddress(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
