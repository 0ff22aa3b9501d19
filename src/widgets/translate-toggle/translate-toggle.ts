import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { list } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { enTranslate } from '../../core/i18n/en/translate.js';
import {
  chosenLanguage,
  languageName,
  rememberLanguage,
  storedLanguage,
  type LanguageChangeDetail,
} from '../../core/i18n/index.js';
import { safeUrl } from '../../core/safe.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import {
  alternateHref,
  browserCanTranslate,
  DEFAULT_PROVIDERS,
  GOOGLE_SCRIPT,
  PROVIDERS,
  proxyUrl,
  rememberedProvider,
  rememberProvider,
  sameLanguage,
  translatorApi,
  unproxiedUrl,
  type TranslateProvider,
} from './providers.js';
import { styles } from './translate-toggle.styles.js';
import { declaredLanguage, detectLanguage, languageCodes, proxiedLanguage } from './page-language.js';
import { menuKey, triggerKey } from './menu-keys.js';
import { renderToggleView, type Status } from './toggle-view.js';
import { Words } from '../../core/warn.js';

export type { TranslateProvider } from './providers.js';

/**
 * The code that translates the page itself, loaded the first time a visitor asks for it (most never do).
 * Until then nothing on the page is translated, so there is no state to read and nothing to restore.
 */
let engine: typeof import('./page-translation.js') | undefined;
const loadEngine = async () => (engine ??= await import('./page-translation.js'));
const currentPageState = () => engine?.currentPageState();
export type { LanguageChangeDetail } from '../../core/i18n/index.js';

/** `detail` of the `translate-navigate` event. */
export interface TranslateNavigateDetail {
  /** The address about to open. */
  url: string;
  /** The language the visitor chose. */
  lang: string;
  /** `alternate` (the owner's translation) or `proxy` (Google's translate.goog); `original` leaves the proxy. */
  provider: 'alternate' | 'proxy' | 'original';
}

/** The language some toggle on this page last switched to (several toggles share the page and its choice). */
let applied: string | undefined;

/**
 * Switches the page, and every blog-widgets element's own text, to another language. It uses the first provider
 * that can serve: the owner's own translations (`<link rel="alternate" hreflang>`), the browser's on-device
 * translator (nothing leaves the device), Google's Translate Element (loaded only after the visitor picks a
 * language, without its banner) or Google's translate.goog proxy. The choice is remembered for the next visit,
 * with the provider that served it: a later page restores it by itself only on the device (`browser`, when that
 * served it); the owner's translation, Google and the proxy start only from the visitor's click, on every page.
 *
 * @tagname translate-toggle
 * @summary Switch the page and every widget to another language, privately where the browser can.
 *
 * @fires {CustomEvent<LanguageChangeDetail>} language-change - The visitor chose a language (also on "Show original" and when a remembered choice is restored). Detail: `{ lang, previous, original }`; bubbles to `document`, where every widget follows it.
 * @fires {CustomEvent<TranslateNavigateDetail>} translate-navigate - Before opening the owner's translation or the proxy address, cancelable. Detail: `{ url, lang, provider }`.
 *
 * @csspart button - The toggle button (two languages) or the menu button (more).
 * @csspart menu - The list of languages.
 * @csspart item - Each language in the list.
 * @csspart notice - The line under the button: "Translated by Google…", errors, "Show original".
 *
 * @cssprop [--bw-translate-menu-width=12rem] - Minimum width of the list of languages.
 * @cssprop --bw-accent - Focus and selection colour; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop [--bw-translate-menu-background=Canvas] - Background of the list (it floats over the page).
 * @cssprop [--bw-translate-menu-color=CanvasText] - Text colour of the list.
 * @cssprop [--bw-border] - Border colour of the button and the list.
 */
export class TranslateToggle extends BlogWidget {
  static override defaultTag = 'translate-toggle';
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = {
    en: enTranslate,
    hi: () => import('../../core/i18n/hi/translate.js').then((m) => m.hiTranslate),
  };

  /** Languages offered, space-separated BCP 47 codes, e.g. `en hi ur`. The page's language is always offered. */
  @property({ converter: list<string>(['en', 'hi']) })
  languages: string[] = ['en', 'hi'];

  /**
   * The language the posts are written in. Set it when the theme's `<html>` has no `lang` (older Blogger themes).
   * Default: `<html lang>`, else the blog's declared language, else the browser's detection; else "Original".
   */
  @property({ attribute: 'page-lang' }) pageLang = '';

  /** Ordered providers; the first that can serve is used: `alternate browser google proxy`. */
  @property({ converter: list<TranslateProvider>(DEFAULT_PROVIDERS, PROVIDERS) })
  provider: TranslateProvider[] = [...DEFAULT_PROVIDERS];

  /** The element whose text the browser's translator translates: the first selector of the list that matches. */
  @property() target = 'main, article, body';

  /** Address of Google's Translate Element script (only for a self-hosted copy or a test stand-in). */
  @property({ attribute: 'script-src' }) scriptSrc = '';

  /** Milliseconds to wait for the on-device model to be ready (a download) before the next provider serves. */
  @property({ attribute: false }) modelTimeout = 15_000;

  /** @internal The page's address (a test stands in for a translate.goog page). */
  static address = (): string => location.href;

  @state() private open = false;
  @state() private status: Status = 'idle';
  @state() private failedLang = '';
  @state() private pageTranslated = false;
  /** Whether the visitor used this toggle on this page: only then is the notice announced (before, shown only). */
  private visitorActed = false;
  private readonly noteAction = () => (this.visitorActed = true);
  /** The page's language as the browser detected it, when the page does not say. */
  @state() private detected = '';

  private validLanguages: string[] = [];
  private work = 0;
  /** The latest choice ('' = the original): a slower, earlier one never overrides it. */
  private wanted = '';

  /** The remembered language the page is not translated to yet (status `held`), else ''. */
  private get held(): string {
    return this.status === 'held' ? this.wanted : '';
  }

  /** The page's own language; '' when the page does not say and the browser cannot tell (shown as "Original"). */
  get pageLanguage(): string {
    const html = engine ? engine.originalPageLanguage() : document.documentElement.getAttribute('lang');
    return this.pageLang.trim() || declaredLanguage(html) || this.detected;
  }

  /** The language the page and widgets are switched to now (the page's language when nothing was chosen). */
  get currentLanguage(): string {
    return chosenLanguage() ?? proxiedLanguage(TranslateToggle.address()) ?? this.pageLanguage;
  }

  /** The languages offered, the page's first when it was not listed ('' for the page as written, language unknown). */
  private get offered(): string[] {
    const page = this.pageLanguage;
    return this.validLanguages.some((code) => sameLanguage(code, page))
      ? this.validLanguages
      : [page, ...this.validLanguages];
  }

  private isOriginal(lang: string): boolean {
    return lang === '' || sameLanguage(lang, this.pageLanguage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('languages') || !this.hasUpdated) {
      const valid = languageCodes(this.languages, (code) =>
        this.warnAttribute('languages', `${JSON.stringify(code)} is not a language code`, 'the others'),
      );
      this.validLanguages = valid.length ? valid : ['en', 'hi'];
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  protected override firstUpdated(): void {
    this.pageTranslated = !!currentPageState();
    if (!this.pageLanguage) {
      // Never claim a language the page may not be in: the owner is told what to set, the browser may tell.
      const fix = new Words(
        '"Original" for the page as written; set page-lang to the language of the posts, e.g. page-lang="ru"',
      );
      this.warnAttribute('page-lang', 'not set, and the page does not say its language (no <html lang>)', fix);
      const text = (document.querySelector('main, article') ?? document.body).textContent ?? '';
      void detectLanguage(text).then((lang) => lang && !this.pageLanguage && (this.detected = lang));
    }
    // The choice remembered from an earlier visit: widgets already follow it; translate the page to match.
    const stored = storedLanguage();
    if (stored && !this.isOriginal(stored) && applied !== stored) void this.switchTo(stored, true);
  }

  private onOutside = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  // ---- choosing ------------------------------------------------------------------------------------------------

  private announceChange(lang: string, previous: string, original = false): void {
    rememberLanguage(original ? undefined : lang);
    if (original) rememberProvider(undefined);
    applied = original ? undefined : lang;
    this.emit('language-change', original ? { lang, previous, original } : { lang, previous });
  }

  private navigate(url: string, lang: string, provider: TranslateNavigateDetail['provider']): void {
    if (this.emit('translate-navigate', { url, lang, provider }, true)) location.assign(url);
  }

  /** Switches the page and the widgets to `lang`; the page's own language is "Show original". */
  async switchTo(lang: string, restoringChoice = false): Promise<void> {
    const ticket = ++this.work;
    const page = this.pageLanguage;
    // A restored choice changes the page from its own language, whatever the widgets already show.
    const previous = (restoringChoice ? page : this.currentLanguage) || 'und';
    this.failedLang = '';
    if (this.isOriginal(lang)) return this.showOriginal();
    this.wanted = lang;
    if (restoringChoice) applied = lang;
    else if (this.status === 'held') this.status = 'idle';
    // Restoring a remembered choice, only the on-device translator may serve, and only when it served the choice:
    // it never navigates (alternate, proxy) and never loads a third party's script (google) without a click.
    const served = restoringChoice ? rememberedProvider() : undefined;

    let announced = false;
    const announce = () => {
      if (!announced) {
        this.announceChange(lang, previous);
        if (!restoringChoice) rememberProvider(undefined); // recorded again by the provider that serves
      }
      announced = true;
    };
    for (const provider of this.provider) {
      if (ticket !== this.work) return;
      if (restoringChoice && !(provider === 'browser' && served === 'browser')) continue;
      if (provider === 'alternate') {
        const href = alternateHref(lang);
        if (!href) continue;
        announce();
        rememberProvider('alternate');
        this.navigate(href, lang, 'alternate');
        return;
      }
      if (provider === 'proxy') {
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
        const url = proxyUrl(safeUrl(canonical) ?? location.href, lang, page || 'auto');
        if (!url) continue;
        announce();
        rememberProvider('proxy');
        this.navigate(url, lang, 'proxy');
        return;
      }
      if (provider === 'browser') {
        if (!page || !(await browserCanTranslate(page, lang, restoringChoice))) continue;
        if (ticket !== this.work) return;
        announce();
        // The model may still refuse (a download the browser will not start) or never get ready: the next serves.
        if (
          await this.translatePage(
            ticket,
            lang,
            async () => {
              const { translateInBrowser, targetElement } = await loadEngine();
              if (ticket === this.work)
                await translateInBrowser(translatorApi(), targetElement(this.target), page, lang, this.modelTimeout);
            },
            'device',
          )
        )
          return;
        continue;
      }
      if (provider === 'google') {
        const src = safeUrl(this.scriptSrc || GOOGLE_SCRIPT);
        if (!src) {
          this.warnAttribute(
            'script-src',
            `${JSON.stringify(this.scriptSrc)} is not an http(s) address`,
            GOOGLE_SCRIPT,
          );
          continue;
        }
        announce();
        const languages = this.offered;
        await this.translatePage(
          ticket,
          lang,
          async () => {
            const { translateWithGoogle } = await loadEngine();
            if (ticket === this.work) await translateWithGoogle(src, page || 'auto', lang, languages);
          },
          'google',
        );
        return;
      }
    }
    if (ticket !== this.work) return;
    if (announced) return; // a provider tried and failed: its error and retry stay on screen
    // Nobody can translate the page itself (or, restoring, nobody may without a click): the widgets still switch.
    await engine?.restore();
    this.pageTranslated = false;
    announce();
    // Restoring, the button offers the language for the page; its click may use any provider.
    this.status = restoringChoice ? 'held' : 'unavailable';
  }

  /** Runs one provider's page translation with its states; true when the page was translated. */
  private async translatePage(ticket: number, lang: string, run: () => Promise<void>, done: Status): Promise<boolean> {
    // Google's notice shows from the moment the page text starts going to Google.
    this.status = done === 'google' ? 'google' : 'working';
    try {
      await run();
      // Overtaken by a later choice: when that was the original, this late translation is undone.
      if (ticket !== this.work) {
        if (!this.wanted) await engine?.restore();
        return true;
      }
      this.status = done;
      this.pageTranslated = true;
      rememberProvider(done === 'google' ? 'google' : 'browser');
      return true;
    } catch (error) {
      if (ticket !== this.work) return true;
      console.warn(`[${this.localName}] could not translate the page: ${(error as Error)?.message ?? error}`);
      this.status = 'failed';
      this.failedLang = lang;
      this.pageTranslated = !!currentPageState();
      return false;
    }
  }

  /** Returns the page and the widgets to the page's own language and forgets the choice. */
  async showOriginal(): Promise<void> {
    ++this.work;
    this.wanted = '';
    const page = this.pageLanguage;
    const previous = this.currentLanguage || 'und';
    const original = unproxiedUrl(TranslateToggle.address());
    await engine?.restore();
    this.pageTranslated = false;
    this.status = 'idle';
    this.announceChange(page || 'und', previous, true);
    if (original) this.navigate(original, page || 'und', 'original');
  }

  private retry = (): void => void (this.failedLang && this.switchTo(this.failedLang));

  // ---- the menu button -------------------------------------------------------------------------------------------

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
  }

  private async openMenu(focus: 'checked' | 'first' | 'last' = 'checked'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.items();
    const checked = items.findIndex((item) => item.getAttribute('aria-checked') === 'true');
    const index = focus === 'last' ? items.length - 1 : focus === 'first' || checked < 0 ? 0 : checked;
    items[index]?.focus();
  }

  private closeMenu(returnFocus = true): void {
    this.open = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('#trigger')?.focus();
  }

  private onTriggerKey = (event: KeyboardEvent): void => {
    const focus = triggerKey(event);
    if (focus) void this.openMenu(focus);
  };

  // Enter and Space are handled on keydown (which cancels their click); a pointer click toggles.
  private onTriggerClick = (): void => void (this.open ? this.closeMenu() : this.openMenu());

  private onMenuKey = (event: KeyboardEvent): void =>
    menuKey(event, this.items(), {
      close: (returnFocus) => this.closeMenu(returnFocus),
      pick: (lang) => this.pick(lang),
      names: (code) => [languageName(code), languageName(code, 'en'), languageName(code, this.language)],
    });

  private pick(lang: string | undefined): void {
    if (lang === undefined) return;
    this.closeMenu();
    const current = this.currentLanguage;
    const same = lang === current || sameLanguage(lang, current);
    // The original always answers while the page is translated or being translated (that cancels it); a remembered
    // language the page is not translated to yet answers too (a click may start the provider).
    const again = this.isOriginal(lang)
      ? this.pageTranslated || this.status === 'working'
      : sameLanguage(lang, this.held);
    if (!same || again) void this.switchTo(lang);
  }

  // ---- rendering -------------------------------------------------------------------------------------------------

  protected override render() {
    return renderToggleView({
      language: this.language,
      dir: this.textDirection,
      t: (key, params) => this.t(key, params),
      current: this.currentLanguage,
      page: this.pageLanguage,
      offered: this.offered,
      held: this.held,
      open: this.open,
      status: this.status,
      pageTranslated: this.pageTranslated,
      visitorActed: this.visitorActed,
      onAct: this.noteAction,
      onSwitch: (lang) => void this.switchTo(lang),
      onPick: (lang) => this.pick(lang),
      onTriggerClick: this.onTriggerClick,
      onTriggerKey: this.onTriggerKey,
      onMenuKey: this.onMenuKey,
      onRetry: this.retry,
      onShowOriginal: () => void this.showOriginal(),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'language-change': CustomEvent<LanguageChangeDetail>;
    'translate-navigate': CustomEvent<TranslateNavigateDetail>;
  }
}
