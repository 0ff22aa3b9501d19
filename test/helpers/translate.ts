// What the translate-toggle test files share.

/** Google's Website Translator element, served by the test server and logged under `key`. */
export const googleElement = (key: string): string => `/mock/file=translate~google-element.js,log=${key}/element.js`;

/**
 * Takes the browser's own Translator away for one test (so `browser` cannot serve, and this machine's would need a
 * click to download a model); returns what puts it back.
 */
export function withoutTranslator(): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'Translator');
  if (own) delete (globalThis as Record<string, unknown>).Translator;
  return () => {
    if (own) Object.defineProperty(globalThis, 'Translator', own);
  };
}
