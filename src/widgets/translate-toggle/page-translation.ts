/**
 * Translating the page's own text in place, once per page (several toggles share it). Loaded on demand, the first
 * time a visitor asks for the page itself to be translated:
 * - `browser`: the browser's on-device Translator API; the original text is kept for "Show original";
 * - `google`: Google's Translate Element, loaded only when asked, with its banner hidden and no layout shift.
 *
 * Text inside shadow roots is never touched: every widget translates its own text. Light-DOM text the owner wrote
 * inside a widget's tag (an author's bio) is page content and is translated with the page.
 */
import { direction } from '../../core/i18n/index.js';
import type { TranslatorApi } from './providers.js';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
]);

/** Text nodes of `root` worth translating: not blank, not in code or scripts, not `translate="no"`/`.notranslate`. */
export function translatableText(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        return /[\p{L}\p{N}]/u.test((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      const el = node as HTMLElement;
      if (SKIP.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      if (el.getAttribute('translate')?.trim().toLowerCase() === 'no' || el.classList.contains('notranslate')) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The element named by `target`: the first selector of the list that matches (`main, article, body`). */
export function targetElement(target: string): Element {
  for (const selector of target
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    try {
      const found = document.querySelector(selector);
      if (found) return found;
    } catch {
      // not a selector: try the next
    }
  }
  return document.body;
}

/** What is applied to the page now. */
export interface PageState {
  provider: 'browser' | 'google';
  lang: string;
}

let state: PageState | undefined;
export const currentPageState = (): PageState | undefined => state;

/** `lang` and `dir` of the translated element as they were, to put back. */
let labelled: { el: Element; lang: string | null; dir: string | null } | undefined;

function label(el: Element, lang: string, pageLang: string): void {
  // The translated region says what language it is now; a translated body relabels the whole document.
  const node = el === document.body ? document.documentElement : el;
  labelled ??= { el: node, lang: node.getAttribute('lang'), dir: node.getAttribute('dir') };
  node.setAttribute('lang', lang);
  if (direction(lang) !== direction(pageLang)) node.setAttribute('dir', direction(lang));
  else if (labelled.dir === null) node.removeAttribute('dir');
}

function unlabel(): void {
  if (!labelled) return;
  const { el, lang, dir } = labelled;
  if (lang === null) el.removeAttribute('lang');
  else el.setAttribute('lang', lang);
  if (dir === null) el.removeAttribute('dir');
  else el.setAttribute('dir', dir);
  labelled = undefined;
}

// ---- browser: on-device Translator ----------------------------------------------------------------------------

const originals = new Map<Text, string>();
let running: AbortController | undefined;

/**
 * Translates the text of `root` from `source` to `target` on the device with `api` (providers.ts' `translatorApi()`,
 * passed in so that this on-demand module imports nothing of the toggle's). Rejects when it cannot, or when the
 * model is not ready within `wait` ms (a download that never finishes: "downloadable" with no network).
 */
export async function translateInBrowser(
  api: TranslatorApi | undefined,
  root: Element,
  source: string,
  target: string,
  wait = 15_000,
): Promise<void> {
  if (!api) throw new Error('no Translator API');
  running?.abort();
  const control = (running = new AbortController());
  if (state?.provider === 'google') await restoreGoogle();
  const late = new Error(`the on-device model was not ready after ${Math.round(wait / 100) / 10} s`);
  const timer = setTimeout(() => control.abort(late), wait);
  // Whatever create() does with the signal, an abort (the time limit, "Show original", another choice) ends the wait.
  const translator = await new Promise<Awaited<ReturnType<typeof api.create>>>((resolve, reject) => {
    control.signal.addEventListener('abort', () => reject(control.signal.reason), { once: true });
    api.create({ sourceLanguage: source, targetLanguage: target, signal: control.signal }).then((made) => {
      if (control.signal.aborted) made.destroy?.();
      else resolve(made);
    }, reject);
  }).finally(() => clearTimeout(timer));
  try {
    for (const node of translatableText(root)) {
      if (control.signal.aborted) return;
      const original = originals.get(node) ?? node.data;
      const [, lead, text, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(original)!;
      const translated = await translator.translate(text, { signal: control.signal });
      if (control.signal.aborted) return;
      originals.set(node, original);
      node.data = lead + translated + trail;
    }
    label(root, target, source);
    state = { provider: 'browser', lang: target };
  } finally {
    translator.destroy?.();
    if (running === control) running = undefined;
  }
}

function restoreBrowser(): void {
  running?.abort();
  for (const [node, text] of originals) node.data = text;
  originals.clear();
}

// ---- google: Translate Element --------------------------------------------------------------------------------

const CALLBACK = 'blogWidgetsGoogleTranslateInit';
const CONTAINER = 'blog-widgets-google-translate';

interface GoogleTranslate {
  translate?: { TranslateElement?: new (options: object, container: string) => unknown };
}

let google: Promise<HTMLSelectElement> | undefined;
let attempts = 0;
let hider: CSSStyleSheet | undefined;

/**
 * Hides Google's banner, tooltip and highlight, and keeps the page where it is (Google moves `<body>` down with
 * `top`). A constructed style sheet, so it works under a `style-src 'self'` policy.
 */
function hideGoogleChrome(): void {
  if (hider) return;
  hider = new CSSStyleSheet();
  hider.replaceSync(`
    body > .skiptranslate, iframe.skiptranslate, .goog-te-banner-frame, #goog-gt-tt, .goog-te-balloon-frame,
    .goog-te-spinner-pos, .goog-tooltip { display: none !important; }
    body { top: 0 !important; }
    .goog-text-highlight { background: none !important; box-shadow: none !important; }
    #${CONTAINER} { display: none !important; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hider];
}

function waitForCombo(container: HTMLElement, timeout = 15_000): Promise<HTMLSelectElement> {
  return new Promise((resolve, reject) => {
    const find = () => container.querySelector<HTMLSelectElement>('select.goog-te-combo');
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const combo = find();
      if (combo) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(combo);
      }
    });
    observer.observe(container, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Google Translate did not start'));
    }, timeout);
  });
}

/** Loads Google's element once (on the visitor's request) and resolves with its language list. */
function loadGoogle(src: string, pageLang: string, languages: string[]): Promise<HTMLSelectElement> {
  if (google) return google;
  hideGoogleChrome();
  const container = document.createElement('div');
  container.id = CONTAINER;
  container.className = 'notranslate';
  container.hidden = true;
  document.body.append(container);
  // A new callback name per attempt also gives a retry a new address, which the browser's cache has not seen fail.
  attempts += 1;
  const callback = attempts === 1 ? CALLBACK : `${CALLBACK}${attempts}`;
  const attempt = new Promise<HTMLSelectElement>((resolve, reject) => {
    (window as unknown as Record<string, unknown>)[callback] = () => {
      try {
        const api = (window as unknown as { google?: GoogleTranslate }).google?.translate;
        if (!api?.TranslateElement) throw new Error('Google Translate is not available');
        new api.TranslateElement(
          { pageLanguage: pageLang, includedLanguages: languages.join(','), autoDisplay: false },
          CONTAINER,
        );
        waitForCombo(container).then(resolve, reject);
      } catch (error) {
        reject(error);
      }
    };
    const url = new URL(src, location.href);
    url.searchParams.set('cb', callback);
    const script = document.createElement('script');
    script.src = url.href;
    script.async = true;
    script.onerror = () => {
      script.remove();
      reject(new Error('Google Translate could not load'));
    };
    document.head.append(script);
  });
  google = attempt;
  attempt.catch(() => {
    // A failed load may be retried.
    if (google === attempt) google = undefined;
    container.remove();
  });
  return attempt;
}

function choose(combo: HTMLSelectElement, value: string): void {
  combo.value = value;
  combo.dispatchEvent(new Event('change', { bubbles: true }));
}

let htmlLangBefore: string | null | undefined;
let googlePageLang = '';

/** Translates the page with Google's element (loading it first if needed). */
export async function translateWithGoogle(
  src: string,
  pageLang: string,
  target: string,
  languages: string[],
): Promise<void> {
  if (state?.provider === 'browser') await restore();
  googlePageLang = pageLang;
  const combo = await loadGoogle(src, pageLang, languages);
  const option =
    [...combo.options].find((o) => o.value && o.value.toLowerCase() === target.toLowerCase()) ??
    [...combo.options].find(
      (o) => o.value && o.value.toLowerCase().split('-')[0] === target.toLowerCase().split('-')[0],
    );
  if (!option) throw new Error(`Google Translate does not offer ${target}`);
  if (htmlLangBefore === undefined) htmlLangBefore = document.documentElement.getAttribute('lang');
  choose(combo, option.value);
  state = { provider: 'google', lang: target };
}

async function restoreGoogle(): Promise<void> {
  const combo = google && (await google.catch(() => undefined));
  if (combo) {
    // The page's own language restores the original; Google lists it only sometimes, else the empty choice does.
    const own = [...combo.options].find((o) => o.value && o.value.toLowerCase() === googlePageLang.toLowerCase());
    choose(combo, own?.value ?? '');
  }
  // Google relabels <html lang> while it translates; put back the page's own.
  if (htmlLangBefore !== undefined) {
    if (htmlLangBefore === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLangBefore);
    htmlLangBefore = undefined;
  }
}

/** Puts the page's own text back ("Show original"). */
export async function restore(): Promise<void> {
  const was = state;
  state = undefined;
  restoreBrowser();
  if (was?.provider === 'google') await restoreGoogle();
  unlabel();
}

/** The page's language before any translation relabelled it. */
export function originalPageLanguage(): string | null {
  if (htmlLangBefore !== undefined) return htmlLangBefore;
  if (labelled?.el === document.documentElement) return labelled.lang;
  return document.documentElement.getAttribute('lang');
}
