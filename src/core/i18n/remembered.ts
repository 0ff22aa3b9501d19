/**
 * The visitor's language choice, remembered in `localStorage` by the translate toggle. Widgets honour it only on
 * pages where the toggle is loaded (it calls `useRememberedLanguage()`), so that a visitor can always switch back.
 */
import { chooseLanguage, chosenLanguage } from './language.js';

const STORAGE_KEY = 'blog-widgets:language';

/** The visitor's remembered choice from an earlier visit (`localStorage`), if any. */
export function storedLanguage(): string | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)?.trim();
    // Only a well-formed language tag: anything else (edited by hand, another script) is ignored.
    return value ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed frames), or not a language tag
  }
}

/** Remembers the visitor's choice for the next visit; `undefined` forgets it. */
export function rememberLanguage(lang: string | undefined): void {
  try {
    if (lang) localStorage.setItem(STORAGE_KEY, lang);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

/**
 * Makes every widget follow the remembered choice (called when the translate toggle loads, before any widget's
 * first render). Returns that choice.
 */
export function useRememberedLanguage(): string | undefined {
  const stored = storedLanguage();
  if (stored && !chosenLanguage()) chooseLanguage(stored);
  return stored;
}
