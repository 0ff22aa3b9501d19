/**
 * Languages: string tables, language resolution and `Intl` helpers.
 *
 * A widget's language is, in order: its own `lang` attribute; the language the visitor chose with a
 * document-level `language-change` event (the translate toggle sends it); the nearest `[lang]` ancestor
 * (crossing shadow roots); `<html lang>`; the browser's languages. The table used is the best match among the
 * registered ones (`hi-IN` uses `hi`), falling back to English key by key.
 *
 * The visitor's choice is remembered in `localStorage` by the translate toggle. Widgets honour a remembered choice
 * only on pages where the toggle is loaded (it calls `useRememberedLanguage()`), so that a visitor can always
 * switch back.
 *
 * This module only gathers the public names; each job has its own file, so that a widget carries only the jobs it
 * uses: tables.ts (string tables, loading, `translate`), language.ts (resolution and live changes),
 * remembered.ts (the remembered choice), names.ts (language names), format.ts (numbers and dates), intl.ts (the
 * `Intl` cache).
 */
export type { StringKey, Strings } from './en.js';
export type { Message, Plural } from './types.js';
export { direction } from './direction.js';
export {
  addStrings,
  ensureStrings,
  setStrings,
  supportedLanguages,
  tableLanguage,
  translate,
  type Params,
  type Section,
} from './tables.js';
export {
  chosenLanguage,
  onLanguageChange,
  pageLanguage,
  resolveLanguage,
  type LanguageChangeDetail,
} from './language.js';
export { rememberLanguage, storedLanguage, useRememberedLanguage } from './remembered.js';
export { languageName } from './names.js';
export { formatDate, formatNumber } from './format.js';
