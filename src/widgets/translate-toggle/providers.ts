/**
 * Where a translation can come from, as pure functions of the page: the owner's own translations
 * (`<link rel="alternate" hreflang>`), Google's translate.goog proxy address, and whether the browser's on-device
 * translator can serve. No network, no DOM changes; the translating itself is in page-translation.ts.
 */

/** Every provider `<translate-toggle>` knows, in the default order of preference. */
export const PROVIDERS = ['alternate', 'browser', 'google', 'proxy'] as const;
export type TranslateProvider = (typeof PROVIDERS)[number];
export const DEFAULT_PROVIDERS: TranslateProvider[] = ['alternate', 'browser', 'google'];

/**
 * Which provider served the remembered choice, kept beside it (`blog-widgets:language-provider`), so that a later
 * page restores the choice automatically only through the same first-party or on-device provider (`browser`);
 * a third-party one (`google`, `proxy`) starts only from a click, on every page.
 */
const PROVIDER_KEY = 'blog-widgets:language-provider';

/** The provider that served the remembered choice; undefined when none is recorded (or storage is blocked). */
export function rememberedProvider(): TranslateProvider | undefined {
  try {
    const value = globalThis.localStorage?.getItem(PROVIDER_KEY);
    return (PROVIDERS as readonly string[]).includes(value ?? '') ? (value as TranslateProvider) : undefined;
  } catch {
    return undefined;
  }
}

/** Records the provider that served the choice; `undefined` forgets it. */
export function rememberProvider(provider: TranslateProvider | undefined): void {
  try {
    if (provider) localStorage.setItem(PROVIDER_KEY, provider);
    else localStorage.removeItem(PROVIDER_KEY);
  } catch {
    // Storage blocked: the next page restores nothing by itself.
  }
}

/** Google's Translate Element script (the `google` provider), loaded only when a visitor asks for it. */
export const GOOGLE_SCRIPT = 'https://translate.google.com/translate_a/element.js';

/** The parts of the Translator API (Chrome 138+) used here. */
interface TranslatorSession {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface TranslatorOptions {
  sourceLanguage: string;
  targetLanguage: string;
}
export interface TranslatorApi {
  availability(options: TranslatorOptions): Promise<string>;
  create(options: TranslatorOptions & { signal?: AbortSignal }): Promise<TranslatorSession>;
}

export const translatorApi = (): TranslatorApi | undefined => {
  const api = (globalThis as { Translator?: TranslatorApi }).Translator;
  return typeof api?.availability === 'function' && typeof api.create === 'function' ? api : undefined;
};

/**
 * Whether the on-device translator can translate `source` to `target`. With `ready`, only when no model needs
 * downloading first (a download needs the visitor's click, so a restored choice asks for `ready`).
 */
export async function browserCanTranslate(source: string, target: string, ready = false): Promise<boolean> {
  const api = translatorApi();
  if (!api) return false;
  try {
    const state = await api.availability({ sourceLanguage: source, targetLanguage: target });
    return ready ? state === 'available' : state !== 'unavailable';
  } catch {
    return false;
  }
}

const base = (lang: string) => lang.toLowerCase().split('-')[0];

/** True when two BCP 47 tags name the same language for our purposes (`hi` and `hi-IN`). */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.toLowerCase() === b.toLowerCase() || base(a) === base(b);
}

/**
 * The address of the owner's translation of this page into `lang`, from `<link rel="alternate" hreflang>`:
 * an exact tag first, then the same base language (`hi-IN` serves `hi`). `x-default` and links to the page
 * itself are ignored.
 */
export function alternateHref(lang: string, doc: Document = document, current = location.href): string | undefined {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang]')].filter((link) => {
    const hreflang = link.getAttribute('hreflang')?.trim().toLowerCase();
    if (!hreflang || hreflang === 'x-default' || !link.href) return false;
    if (!/^https?:$/.test(new URL(link.href).protocol)) return false;
    return stripHash(link.href) !== stripHash(current);
  });
  const wanted = lang.toLowerCase();
  const exact = links.find((link) => link.getAttribute('hreflang')!.trim().toLowerCase() === wanted);
  return (exact ?? links.find((link) => sameLanguage(link.getAttribute('hreflang')!.trim(), lang)))?.href;
}

const stripHash = (href: string) => href.split('#')[0];

const LOCAL_HOST = /^(localhost|.*\.localhost|.*\.local|.*\.internal|.*\.test|.*\.example|.*\.invalid)$/i;
const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

/**
 * Google's translate.goog host for a site: dots become dashes and existing dashes are doubled
 * (`my-blog.example.com` -> `my--blog-example-com.translate.goog`), the reverse of the decoding Google documents
 * for ad networks.
 */
export function proxyHost(hostname: string): string {
  return `${hostname.toLowerCase().replace(/-/g, '--').replace(/\./g, '-')}.translate.goog`;
}

/** The original host of a translate.goog host (`my--blog-example-com` -> `my-blog.example.com`). */
export function originalHost(proxyHostname: string): string | undefined {
  const match = /^([^.]+)\.translate\.goog$/i.exec(proxyHostname);
  if (!match) return undefined;
  return match[1].replace(/\b-\b/g, '.').replace(/--/g, '-');
}

/**
 * The address of `page` opened through Google's translation proxy in `target`, or `undefined` when the proxy
 * cannot reach the page (not http(s), a port, an IP address, a local or reserved name, an internationalised
 * domain name, or a name too long for one DNS label).
 */
export function proxyUrl(page: string, target: string, source = 'auto'): string | undefined {
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.port || !url.hostname.includes('.')) return undefined;
  const host = url.hostname;
  if (LOCAL_HOST.test(host) || IP_HOST.test(host) || /(^|\.)xn--/i.test(host)) return undefined;
  if (originalHost(host)) return undefined; // already a translated page
  const proxied = proxyHost(host);
  if (proxied.length - '.translate.goog'.length > 63) return undefined;
  const out = new URL(`https://${proxied}${url.pathname}${url.search}${url.hash}`);
  out.searchParams.set('_x_tr_sl', source);
  out.searchParams.set('_x_tr_tl', target);
  out.searchParams.set('_x_tr_hl', target);
  if (url.protocol === 'http:') out.searchParams.set('_x_tr_sch', 'http');
  return out.href;
}

/** When `page` is a translate.goog address, the original page's address (without the `_x_tr_*` parameters). */
export function unproxiedUrl(page: string): string | undefined {
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    return undefined;
  }
  const host = originalHost(url.hostname);
  if (!host) return undefined;
  const scheme = url.searchParams.get('_x_tr_sch') === 'http' ? 'http' : 'https';
  for (const name of [...url.searchParams.keys()]) if (name.startsWith('_x_tr_')) url.searchParams.delete(name);
  const search = url.searchParams.toString();
  return `${scheme}://${host}${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
}
