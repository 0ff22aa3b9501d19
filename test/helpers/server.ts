// Addresses on the test server (test/server/routes.mjs) and what it recorded.
export { captureWarnings, logKey, received } from './console.js';
export { corpusUrl } from './corpus.js';

/** Route options as the test server reads them: `name=value,...`, values URL-encoded. */
export const routeOptions = (options: Record<string, string | number>): string =>
  Object.entries(options)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join(',');

/** A mock-route address: `/mock/<name=value,...><path>`. */
export const mock = (options: Record<string, string | number>, path = ''): string =>
  `/mock/${routeOptions(options)}${path}`;

/** A Blogger-shaped feed served from test/fixtures/feeds/<file>, logged under `key`; `extra` adds route options. */
export const bloggerFeed = (file: string, key: string, extra = ''): string =>
  `/mock/file=feeds~${file},log=${key}${extra}/feeds/posts/default`;

/**
 * Records every address the page fetches or opens in a new window (window.open answers null: nothing opens), in
 * `fetched` and `opened`; returns what puts fetch and open back.
 */
export function recordAddresses(fetched: string[], opened: string[] = fetched): () => void {
  const originalFetch = window.fetch;
  const originalOpen = window.open;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return originalFetch.call(window, input, init);
  };
  window.open = ((url?: string | URL) => {
    opened.push(String(url ?? ''));
    return null;
  }) as typeof window.open;
  return () => {
    window.fetch = originalFetch;
    window.open = originalOpen;
  };
}
