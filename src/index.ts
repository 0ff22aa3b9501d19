/**
 * blog-widgets: dist/blog-widgets.js, the one address an owner pastes. This is the loader (see loader/loader.ts):
 * a few kilobytes that find our tags and import each widget's own module when it is needed, with Lit and the shared
 * core as chunks that every widget shares. Everything is fetched relative to this file's own address, so a CDN
 * path, a version in the path and a `?v=` query all work: the query is passed on to the widget modules (whose names
 * do not change between versions); the chunks they import carry a content hash in their names instead.
 *
 * The whole library in one self-contained file is dist/blog-widgets.standalone.js (src/standalone.ts).
 */
import { startLoader, type Importer } from './loader/loader.js';
import { SOURCES, TAGS } from './loader/widgets.js';
import type { PageApi } from './core/page-api.js';
import type { Strings } from './core/i18n/en.js';

/**
 * In the build (vite.config.ts): true, each module's static imports, and the Hindi sections it loads on demand
 * (chunk names in ./chunks/; under '' those every widget needs).
 */
declare const __BW_BUILT__: boolean | undefined;
declare const __BW_GRAPH__: Record<string, string[]>;
declare const __BW_HINDI__: Record<string, string[]>;

function builtImporter(base: string, graph: Record<string, string[]>, hindi: Record<string, string[]>): Importer {
  const { search } = new URL(base);
  const preloaded = new Set<string>();
  return (name, attempt) => {
    // A widget in Hindi waits for its strings before its first render: they load beside its code, not after it.
    const hi = [...document.getElementsByTagName(name)].some((el) =>
      /^hi\b/i.test(el.closest('[lang]')?.getAttribute('lang') || navigator.language),
    );
    for (const chunk of [...graph[name], ...(hi ? [...hindi[''], ...hindi[name]] : [])]) {
      const href = new URL(`./chunks/${chunk}.js`, base).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    // A retry asks for a fresh copy: a browser may remember that a module address failed.
    const query = attempt ? `${search ? `${search}&` : '?'}retry=${attempt}` : search;
    return import(/* @vite-ignore */ new URL(`./${name}.js${query}`, base).href);
  };
}

const importer: Importer =
  typeof __BW_BUILT__ !== 'undefined' && __BW_BUILT__
    ? builtImporter(import.meta.url, __BW_GRAPH__, __BW_HINDI__)
    : (name) => SOURCES[name]();
startLoader(TAGS, importer);

/**
 * Page-level API for owners without a build step: `BlogWidgets.setStrings('hi', { ... })`. The string tables come
 * with the first widget, so calls wait in a queue that they take over (src/core/i18n/index.ts).
 */
const PAGE_STRINGS = Symbol.for('blog-widgets.strings');
type PageStrings = { queued?: Array<[string, Partial<Strings>]>; set?: PageApi['setStrings'] };
if (typeof window !== 'undefined' && !window.BlogWidgets) {
  const pending = ((globalThis as unknown as Record<symbol, PageStrings>)[PAGE_STRINGS] ??= {});
  window.BlogWidgets = {
    setStrings(lang, strings) {
      if (pending.set) pending.set(lang, strings);
      else (pending.queued ??= []).push([lang, strings]);
    },
  };
}
