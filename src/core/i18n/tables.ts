/**
 * The string tables: English built in, the other languages (Hindi per widget section) loaded on demand, owners'
 * overrides, and `translate`, which picks the best table for a language and formats a message.
 */
import type { StringKey, Strings } from './en.js';
import { enCommon } from './en/common.js';
import type { Message } from './types.js';
import { numberFormat, pluralRules } from './intl.js';
import { notifyLanguageChange } from './language.js';

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
const lazyTables: Record<string, () => Promise<{ default: Partial<Strings> }>> = {
  hi: () => import('./hi/common.js'),
  bn: () => import('./bn.js'),
  mr: () => import('./mr.js'),
  ta: () => import('./ta.js'),
  te: () => import('./te.js'),
  ur: () => import('./ur.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  ru: () => import('./ru.js'),
  id: () => import('./id.js'),
  ar: () => import('./ar.js'),
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
  if (!pending) wanted.push(() => lazyTables[code]().then((m) => m.default));
  if (wanted.length) {
    const loads = wanted.map((load) =>
      load().then(
        (section) => merge(code, section),
        () => undefined,
      ),
    );
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

/** A language tag is data: only the table's own entries count ("constructor" or "__proto__" name none). */
const lazy = (code: string) => Object.hasOwn(lazyTables, code);
const known = (code: string) => tables.has(code) || overrides.has(code) || lazy(code);

/**
 * The table that best serves `lang`: exact tag, then its base language, then English. A language an owner added
 * with `setStrings` counts too (missing keys fall back to English).
 */
export function tableLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  return [lower, lower.split('-')[0]].find(known) ?? 'en';
}

/** The message for `key` in table `code` (from `tableLanguage`). */
function lookup(code: string, key: StringKey, local?: Partial<Strings>): Message {
  const from = (table: string) => overrides.get(table)?.[key] ?? tables.get(table)?.[key];
  // `hi-in` (an owner's regional overrides) falls back to `hi`, then English (`base` is `code` itself for `hi`).
  const base = code.split('-')[0];
  return local?.[key] ?? from(code) ?? from(base) ?? from('en') ?? key;
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
    text = (count === 0 ? message.zero : undefined) ?? message[pluralRules(code).select(count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined; // "{constructor}" names no parameter
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
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
