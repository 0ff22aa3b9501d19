/** The page-level API (`window.BlogWidgets`), the same from the loader and from the standalone file. */
import type { Strings } from './i18n/en.js';

export interface PageApi {
  /** Overrides some strings of one language for every widget on the page: `setStrings('hi', {...})`. */
  setStrings(lang: string, strings: Partial<Strings>): void;
}

declare global {
  interface Window {
    BlogWidgets?: PageApi;
  }
}
