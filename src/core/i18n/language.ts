/**
 * Which language a widget speaks: its own `lang`, the visitor's choice (a document-level `language-change` event,
 * which the translate toggle sends), the nearest `[lang]` ancestor (crossing shadow roots), `<html lang>`, the
 * browser's languages; and the notifications when any of these changes.
 */
let visitorLanguage: string | undefined;

/** The language the visitor picked with the translate toggle, if any. */
export function chosenLanguage(): string | undefined {
  return visitorLanguage;
}

/** Sets the visitor's choice (see ./remembered.ts) and tells every widget. */
export function chooseLanguage(lang: string | undefined): void {
  visitorLanguage = lang;
  notifyLanguageChange();
}

function nearestLang(node: Element | null | undefined): string | undefined {
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
  // nearestLang starts at the element itself (closest() includes it).
  return nearestLang(element) || document.documentElement.getAttribute('lang')?.trim() || '';
}

/** The BCP 47 language a widget should speak. */
export function resolveLanguage(element?: Element): string {
  const own = element?.getAttribute('lang')?.trim();
  if (own) return own;
  if (visitorLanguage) return visitorLanguage;
  const inherited = nearestLang(element) || document.documentElement.getAttribute('lang')?.trim();
  if (inherited) return inherited;
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
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

export function notifyLanguageChange(): void {
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
