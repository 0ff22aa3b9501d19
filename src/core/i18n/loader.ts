/**
 * The two strings the loader shows when a widget's code could not be downloaded, in every shipped language: the
 * tables' own `common.error` and `common.retry` (test/loader/loader.test.ts checks they stay equal). The loader
 * cannot wait for the tables, which come with the very code that failed: English is in it, the other languages
 * are a small file it fetches only then (./loader-more.ts), English when even that cannot be had.
 */
type Pair = readonly [error: string, retry: string];
export const LOADER_STRINGS: Record<string, Pair> = {
  en: ['Could not load. Check your connection and try again.', 'Try again'],
};

/** The strings for an element: its nearest `lang`, then the browser's; English when that language has none. */
export async function loaderStrings(el: Element): Promise<Pair> {
  const lang = (el.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en').toLowerCase().split('-')[0];
  return (
    LOADER_STRINGS[lang] ??
    (await import('./loader-more.js').then(
      (m) => m.MORE[lang],
      () => undefined,
    )) ??
    LOADER_STRINGS.en
  );
}
