/**
 * The one cache behind every `Intl` object the widgets use (./intl.ts is its front): made once per language and
 * options and kept, since constructing a formatter costs far more than using one.
 */
const cache = new Map<string, unknown>();

/**
 * The cached value for `key`, made by `make` the first time. Exported for the formatters that only one widget needs
 * (core/booking/locale.ts), so that they stay out of the shared chunk while sharing this one cache.
 */
export function memo<T>(key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  cache.set(key, value);
  return value;
}

/** `make(lang)`, or `make('en')` when the browser refuses `lang` (an invalid option still throws). */
export function orEnglish<T>(lang: string, make: (lang: string) => T): T {
  try {
    return make(lang);
  } catch {
    return make('en');
  }
}

export const optionsKey = (options?: object) => (options ? JSON.stringify(options) : '');
