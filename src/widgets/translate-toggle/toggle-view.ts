/**
 * What <translate-toggle> shows: the toggle button (two languages) or the menu button and its list of languages
 * (more), and the notice line under them. Render functions only: the widget keeps the state and hands it over at
 * every render as a `ToggleView`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { languageName, type Params, type StringKey } from '../../core/i18n/index.js';
import { chevron, globe } from './icons.js';
import { sameLanguage } from './providers.js';

/** `held`: a remembered language the page itself is not translated to; only a click may start a third-party provider. */
export type Status = 'idle' | 'held' | 'working' | 'google' | 'device' | 'failed' | 'unavailable';

/** What the toggle shows, and what it tells the widget. */
export interface ToggleView {
  /** The widget's own language and direction. */
  language: string;
  dir: 'ltr' | 'rtl';
  t(key: StringKey, params?: Params): string;
  /** The language the page and widgets are in now, and the page's own ('' when unknown: "Original"). */
  current: string;
  page: string;
  /** The languages offered, the page's first when it was not listed. */
  offered: string[];
  /** The remembered language the page is not translated to yet (status `held`), else ''. */
  held: string;
  open: boolean;
  status: Status;
  pageTranslated: boolean;
  /** Whether the visitor used this toggle on this page: only then is the notice announced (before, shown only). */
  visitorActed: boolean;
  onAct(): void;
  onSwitch(lang: string): void;
  onPick(lang: string): void;
  onTriggerClick(): void;
  onTriggerKey(event: KeyboardEvent): void;
  onMenuKey(event: KeyboardEvent): void;
  onRetry(): void;
  onShowOriginal(): void;
}

const nameOf = (v: ToggleView, code: string): string => (code ? languageName(code) : v.t('translate.original'));

function renderToggle(v: ToggleView) {
  // A remembered language the page is not translated to yet: the button offers it for the page.
  const other = v.held || (v.offered.find((code) => code !== v.current && !sameLanguage(code, v.current)) ?? v.page);
  return html`<button id="trigger" class="button quiet" part="button" type="button" @click=${() => v.onSwitch(other)}>
      ${globe}<span lang=${other || nothing}>${nameOf(v, other)}</span>
    </button>`;
}

function renderMenu(v: ToggleView) {
  const { current, page } = v;
  return html`<div class="picker">
      <button id="trigger" class="button quiet" part="button" type="button" aria-haspopup="menu"
        aria-expanded=${v.open ? 'true' : 'false'} aria-controls="menu"
        @click=${v.onTriggerClick} @keydown=${v.onTriggerKey}>
        ${globe}<span class="visually-hidden">${v.t('translate.language')}: </span><span lang=${current || nothing}>${nameOf(v, current)}</span>${chevron}
      </button>
      <ul id="menu" class="menu" part="menu" role="menu" aria-label=${v.t('translate.menu')} ?hidden=${!v.open}
        @keydown=${v.onMenuKey}>
        ${v.offered.map((code) => {
          const isPage = !!code && sameLanguage(code, page);
          return html`<li role="menuitemradio" part="item" tabindex="-1" data-lang=${code}
            aria-checked=${code === current || sameLanguage(code, current) ? 'true' : 'false'} @click=${() => v.onPick(code)}>
            <span lang=${code || nothing}>${nameOf(v, code)}</span>${
              isPage ? html` <span class="tag" lang=${v.language}>${v.t('translate.originalTag')}</span>` : nothing
            }
          </li>`;
        })}
      </ul>
    </div>`;
}

function renderNotice(v: ToggleView) {
  const message: Partial<Record<Status, string>> = {
    working: v.t('translate.translating'),
    google: v.t('translate.byGoogle'),
    device: v.t('translate.onDevice'),
    failed: v.t('translate.failed'),
    unavailable: v.t('translate.notAvailable', { language: languageName(v.current, v.language) }),
  };
  const text = message[v.status] ?? '';
  // Also while a translation is under way: it is cancelled.
  const showOriginal = (v.pageTranslated || v.status === 'working') && v.offered.length > 2;
  return html`<div class="notice" part="notice">
      <span role="status">${v.visitorActed ? text : ''}</span>${v.visitorActed ? nothing : html`<span>${text}</span>`}
      ${
        v.status === 'failed'
          ? html`<button class="link-button" type="button" @click=${v.onRetry}>${v.t('common.retry')}</button>`
          : nothing
      }
      ${
        showOriginal
          ? html`<button class="link-button" type="button" @click=${v.onShowOriginal}>${v.t('translate.showOriginal')}</button>`
          : nothing
      }
    </div>`;
}

/** The whole toggle: a toggle button for two languages, a menu for more, and the notice line. */
export function renderToggleView(v: ToggleView): TemplateResult {
  return html`<div class="root" lang=${v.language} dir=${v.dir} translate="no" @click=${v.onAct} @keydown=${v.onAct}>
      ${v.offered.length > 2 ? renderMenu(v) : renderToggle(v)} ${renderNotice(v)}
    </div>`;
}
