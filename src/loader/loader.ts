/**
 * The loader: finds our tags in the page, now and in markup added later, and imports each widget's code when it is
 * needed. No widget code, no Lit and no string table is in here; only what decides *when* to load.
 *
 * - A widget in or within about one viewport of the screen loads at once after the page's first contentful paint
 *   (IntersectionObserver, rootMargin 100%); all such widgets load in parallel.
 * - The others load when the browser is idle after the page's own load and first paint, one kind per idle period,
 *   so that no long task lands on the page; or earlier, on intent: a pointer (mouse or finger) over it, focus in it.
 * - Safe twice: the first loader on a page claims each tag (a global keyed by a registered symbol); another copy,
 *   another version included too, only handles tags nobody claimed (and none already defined).
 * - A widget whose code fails to arrive shows a message with a retry in its own box; the others are unaffected.
 */
import { reserveCss } from './reserve.js';
import { showFailure, clearFailure } from './failure.js';

/** Imports a widget's module (`attempt` > 0 on a retry after a failure). */
export type Importer = (name: string, attempt: number) => Promise<unknown>;

interface Shared {
  claimed: Set<string>;
}
const KEY = Symbol.for('blog-widgets.loader');

export function startLoader(tags: readonly string[], importer: Importer): void {
  const root = globalThis as unknown as Record<symbol, unknown>;
  const shared = (root[KEY] ??= { claimed: new Set() }) as Shared;
  // Widgets on a loader's page render in slices of about 8 ms (see core/base.ts): no long task with fifty of them.
  root[Symbol.for('blog-widgets.slice')] = true;
  const registry = customElements;
  const mine = tags.filter((tag) => !shared.claimed.has(tag) && !registry.get(tag));
  for (const tag of mine) shared.claimed.add(tag);
  const loads = new Map<string, Promise<void>>();
  const failed = new Set<string>();
  if (!mine.length) return;

  const selector = mine.join(',');
  adoptSheet(reserveCss(mine));

  function load(tag: string, attempt = 0): Promise<void> {
    let pending = loads.get(tag);
    if (pending) return pending;
    pending = importer(tag, attempt)
      .then(() => registry.whenDefined(tag))
      .then(
        () => undefined,
        () => {
          // The browser's console already names the address that failed; the promise settles either way.
          loads.delete(tag);
          failed.add(tag);
          for (const el of document.querySelectorAll(tag)) void showFailure(el, () => retry(tag, attempt + 1));
        },
      );
    loads.set(tag, pending);
    return pending;
  }
  function retry(tag: string, attempt: number): void {
    failed.delete(tag);
    for (const el of document.querySelectorAll(tag)) clearFailure(el);
    void load(tag, attempt);
  }

  // Idle: after the page's own load, one kind of widget per idle period.
  const idle = (fn: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 200);
  let idleReady = false;
  let idling = false;
  const next = () => {
    const tag = mine.find((t) => !loads.has(t) && !failed.has(t) && document.querySelector(t));
    if (!tag) return void (idling = false);
    void load(tag).then(() => idle(next));
  };
  function kick() {
    if (!idleReady || idling) return;
    idling = true;
    idle(next);
  }
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        void load(entry.target.localName);
      }
    },
    { rootMargin: '100% 0px' },
  );
  const seen = (el: Element) => {
    const tag = el.localName;
    if (failed.has(tag)) void showFailure(el, () => retry(tag, 1));
    else if (!loads.has(tag)) {
      near.observe(el);
      kick();
    }
  };
  const scan = (node: ParentNode) => {
    if (node instanceof Element && node.matches(selector)) seen(node);
    for (const el of node.querySelectorAll(selector)) seen(el);
  };
  const observe = () => {
    scan(document);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }).observe(document, { childList: true, subtree: true });
    if (document.readyState === 'complete') afterLoad();
    else addEventListener('load', afterLoad, { once: true });
  };

  // Intent: a visitor reaching for a widget that is not loaded yet gets it at once.
  const intent = (event: Event) => {
    const target = event.target;
    const el = target instanceof Element ? target.closest(selector) : null;
    if (el && !loads.has(el.localName)) void load(el.localName);
  };
  // (pointerover comes first on a touch too.)
  for (const type of ['pointerover', 'focusin']) {
    document.addEventListener(type, intent, true);
  }

  function afterLoad() {
    idleReady = true;
    kick();
  }
  afterFirstPaint(observe);
}

/**
 * Runs `fn` once the page has painted its own content (its first contentful paint), so that nothing of ours is
 * fetched or run before the article shows; at the latest a second after the loader ran (a hidden tab paints
 * nothing, a page may have no content of its own, a browser may not report paints).
 */
function afterFirstPaint(fn: () => void): void {
  let done = 0;
  const go = () => void (done++ || fn());
  new PerformanceObserver((list) => void (list.getEntriesByName('first-contentful-paint')[0] && go())).observe({
    type: 'paint',
    buffered: true,
  });
  setTimeout(go, 1000);
}

/** Adds a stylesheet to the document without a `<style>` element, so that a strict CSP (style-src 'self') allows it. */
function adoptSheet(css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Very old browsers: widgets still load, without a reserved box.
  }
}
