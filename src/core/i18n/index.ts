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
 */
import type { StringKey, Strings } from './en.js';
import { enCommon } from './en/common.js';
import type { Message, Plural } from './types.js';
import { direction } from './direction.js';
import { dateFormatter, languageNames, numberFormat, pluralRules } from './intl.js';

export { direction };

export type { Message, Plural, StringKey, Strings };

/** A section of a built-in table, or (Hindi) a function that loads it. */
export type Section = Partial<Strings> | (() => Promise<Partial<Strings>>);

/**
 * English, the reference, is in the bundle itself: the common strings here, each widget's own section added by
 * `addStrings` when the widget is first created. Hindi is split the same way, but each section loads on demand
 * (a widget registers a loader for its own); the standalone file carries them inline.
 */
const tables = new Map<string, Partial<Strings>>([['en', { ...enCommon }]]);
const added = new WeakSet<object>();
/** Sections registered with a loader and not fetched yet, per language. */
const queued = new Map<string, Array<() => Promise<Partial<Strings>>>>();

const merge = (lang: string, section: Partial<Strings>) => void tables.set(lang, { ...tables.get(lang), ...section });

/**
 * Adds sections of built-in tables (a widget's English and Hindi strings); each section is added once. A loader
 * (Hindi) is only called when a widget needs that language (`ensureStrings`).
 */
export function addStrings(sections: Record<string, Section>): void {
  for (const [lang, section] of Object.entries(sections)) {
    if (added.has(section)) continue;
    added.add(section);
    if (typeof section === 'function') queued.set(lang, [...(queued.get(lang) ?? []), section]);
    else merge(lang, section);
  }
}

/**
 * The other languages load on first use, each as a small module next to the bundle (a visitor reading English
 * never downloads them); Hindi as its common section plus the sections of the widgets on the page. Widgets wait
 * for the table before rendering (see `BlogWidget.scheduleUpdate`), so no English text flashes first.
 */
const lazyTables: Record<string, () => Promise<Partial<Strings>>> = {
  hi: () => import('./hi/common.js').then((m) => m.hiCommon),
  bn: () => import('./bn.js').then((m) => m.bn),
  mr: () => import('./mr.js').then((m) => m.mr),
  ta: () => import('./ta.js').then((m) => m.ta),
  te: () => import('./te.js').then((m) => m.te),
  ur: () => import('./ur.js').then((m) => m.ur),
  es: () => import('./es.js').then((m) => m.es),
  pt: () => import('./pt.js').then((m) => m.pt),
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  ru: () => import('./ru.js').then((m) => m.ru),
  id: () => import('./id.js').then((m) => m.id),
  ar: () => import('./ar.js').then((m) => m.ar),
};
const loading = new Map<string, Promise<void>>();
const ready = new WeakSet<Promise<void>>();

/**
 * Starts loading the built-in table that serves `lang`, and the sections widgets registered for it since, when
 * they are not loaded yet; the promise settles when they are (a table that fails to load leaves English in its
 * place). Undefined when there is nothing to wait for.
 */
export function ensureStrings(lang: string): Promise<void> | undefined {
  const lower = lang.toLowerCase();
  const code = [lower, lower.split('-')[0]].find(lazy);
  if (!code) return undefined;
  let pending = loading.get(code);
  const wanted = queued.get(code)?.splice(0) ?? [];
  if (!pending) wanted.push(lazyTables[code]);
  if (wanted.length) {
    const loads = wanted.map((load) => load().then((section) => merge(code, section), () => undefined));
    const next: Promise<void> = Promise.all([pending, ...loads]).then(() => {
      ready.add(next);
      notifyLanguageChange();
    });
    loading.set(code, (pending = next));
  }
  return ready.has(pending!) ? undefined : pending;
}

const overrides = new Map<string, Partial<Strings>>();

/** Languages with a built-in table. */
export function supportedLanguages(): string[] {
  return [...new Set([...tables.keys(), ...Object.keys(lazyTables)])];
}

/** Overrides some strings of one language for every widget on the page: `setStrings('hi', {...})`. */
export function setStrings(lang: string, partial: Partial<Strings>): void {
  const key = lang.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...partial });
  notifyLanguageChange();
}

let visitorLanguage: string | undefined;

/** The language the visitor picked with the translate toggle, if any. */
export function chosenLanguage(): string | undefined {
  return visitorLanguage;
}

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
  if (stored && !visitorLanguage) {
    visitorLanguage = stored;
    notifyLanguageChange();
  }
  return stored;
}

/** The name of language `code` written in `inLanguage` (default: in itself, "हिन्दी", "اردو"). */
export function languageName(code: string, inLanguage = code): string {
  const names = languageNames(inLanguage);
  let name: string | undefined;
  try {
    name = names?.of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  // "français" -> "Français": a name that opens a menu item starts with a capital where the script has them.
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

function nearestLang(start: Element): string | undefined {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang')?.trim();
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The language of the page's own text at `element` (its `lang`, the nearest `[lang]`, `<html lang>`), whatever
 * the visitor picked: what feed and owner text is written in. '' (unknown) when the page does not say.
 */
export function pageLanguage(element: Element): string {
  return element.getAttribute('lang')?.trim() || nearestLang(element) || document.documentElement.getAttribute('lang')?.trim() || '';
}

/** The BCP 47 language a widget should speak. */
export function resolveLanguage(element?: Element): string {
  const own = element?.getAttribute('lang')?.trim();
  if (own) return own;
  if (visitorLanguage) return visitorLanguage;
  const inherited = (element && nearestLang(element)) || document.documentElement.getAttribute('lang')?.trim();
  if (inherited) return inherited;
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
}

/** A language tag is data: only the table's own entries count ("constructor" or "__proto__" name none). */
const lazy = (code: string) => Object.hasOwn(lazyTables, code);
const known = (code: string) => tables.has(code) || overrides.has(code) || lazy(code);

/**
 * The table that best serves `lang`: exact tag, then its base language, then English. A language an owner added
 * with `setStrings` counts too (missing keys fall back to English).
 */
export function tableLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (known(lower)) return lower;
  const base = lower.split('-')[0];
  return known(base) ? base : 'en';
}

/** The message for `key` in table `code` (from `tableLanguage`). */
function lookup(code: string, key: StringKey, local?: Partial<Strings>): Message {
  const from = (table: string) => overrides.get(table)?.[key] ?? tables.get(table)?.[key];
  // `hi-in` (an owner's regional overrides) falls back to `hi`, then English.
  const base = code.split('-')[0];
  return local?.[key] ?? from(code) ?? (base !== code ? from(base) : undefined) ?? from('en') ?? key;
}

function pluralForm(lang: string, count: number): Intl.LDMLPluralRule {
  return pluralRules(lang).select(count);
}

export type Params = Record<string, string | number>;

/** Formats a message: picks the plural form for `count`, fills `{name}` placeholders, numbers via `Intl`. */
export function translate(lang: string, key: StringKey, params: Params = {}, local?: Partial<Strings>): string {
  const code = tableLanguage(lang);
  const message = lookup(code, key, local);
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count ?? 0);
    text = (count === 0 ? message.zero : undefined) ?? message[pluralForm(code, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined; // "{constructor}" names no parameter
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** A number as the language writes it. */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(value);
}

/** A date as the language writes it ("12 March 2025", "12 मार्च 2025" by default). */
export function formatDate(
  date: Date,
  lang: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(lang, options)(date);
}


// ---- live language changes ----------------------------------------------------------------------------------

/** `detail` of the document-level `language-change` event. */
export interface LanguageChangeDetail {
  /** The language now chosen (for "Show original": the page's language). */
  lang: string;
  /** The language before. */
  previous?: string;
  /** True when the visitor went back to the page's own language ("Show original"): the choice is forgotten. */
  original?: boolean;
}

const listeners = new Set<() => void>();
let watching = false;

function notifyLanguageChange(): void {
  for (const listener of listeners) listener();
}

function startWatching(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  new MutationObserver(notifyLanguageChange).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  document.addEventListener('language-change', (event) => {
    const detail = (event as CustomEvent<LanguageChangeDetail>).detail;
    visitorLanguage = (!detail?.original && detail?.lang) || undefined;
    notifyLanguageChange();
  });
}

/** Calls `listener` whenever the page's or the visitor's language changes; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  startWatching();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

declare global {
  interface DocumentEventMap {
    'language-change': CustomEvent<LanguageChangeDetail>;
  }
}

/**
 * The loader's `BlogWidgets.setStrings(...)` (src/index.ts) queues its calls under this registered symbol until the
 * string tables arrive with the first widget; here they are applied, and later calls come straight here.
 */
const PAGE_STRINGS = Symbol.for('blog-widgets.strings');
type PageStrings = { queued?: Array<[string, Partial<Strings>]>; set?: typeof setStrings };
const pageStrings = ((globalThis as unknown as Record<symbol, PageStrings>)[PAGE_STRINGS] ??= {});
if (!pageStrings.set) {
  pageStrings.set = setStrings;
  for (const [lang, partial] of pageStrings.queued?.splice(0) ?? []) setStrings(lang, partial);
}
