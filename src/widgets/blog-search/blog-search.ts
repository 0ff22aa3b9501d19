import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { boolean, integer, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { isolate } from '../../core/bidi.js';
import { enSearch } from '../../core/i18n/en/search.js';
import type { FeedTypeOption } from '../../core/feeds/detect.js';
import type { Post } from '../../core/feeds/types.js';
import { searchPageUrl, searchPosts } from '../../core/feeds/search.js';
import { densitySrcset, imageFor } from '../../core/feeds/images.js';
import { formatDate } from '../../core/i18n/index.js';
import { LoadController } from '../../core/net/load-controller.js';
import { relFor, safeUrl, urlRefusal } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { postTitle } from '../../core/feeds/title.js';
import { highlight, queryTerms } from '../../core/search/match.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { styles } from './blog-search.styles.js';

/** `detail` of `search`: the visitor asked for the full results page. */
export interface SearchEventDetail {
  query: string;
  /** The search page that will open. */
  url: string;
}
/** `detail` of `search-results`. */
export interface SearchResultsDetail {
  query: string;
  posts: Post[];
}
/** `detail` of `search-select`. */
export interface SearchSelectDetail {
  post: Post;
}

type Phase = 'idle' | 'searching' | 'results' | 'empty' | 'error';

let instances = 0;
const FEED_TYPES: FeedTypeOption[] = ['auto', 'blogger', 'wordpress', 'rss', 'atom', 'json-feed'];

/**
 * "Search this blog" with results while typing (a WAI-ARIA combobox with a listbox) and the blog's own search page
 * on Enter. Works on Blogger (`q=` on the posts feed), WordPress (`search=`) and RSS, Atom or JSON Feed (filtering the
 * loaded posts, case- and accent-insensitive). A plain `<form>` inside the tag keeps working before the script loads.
 *
 * @tagname blog-search
 * @summary Search this blog with instant results, keyboard-first.
 *
 * @slot - Optional: a plain `<form>` for visitors without JavaScript; hidden once the widget runs (its `action` and
 * input `name` are used when the `action` and `param` attributes are not set).
 *
 * @fires {CustomEvent<SearchEventDetail>} search - The visitor asked for the full search page (Enter or the button). Cancelable: `preventDefault()` keeps the page.
 * @fires {CustomEvent<SearchResultsDetail>} search-results - Results arrived for a query.
 * @fires {CustomEvent<SearchSelectDetail>} search-select - The visitor picked a result. Cancelable: `preventDefault()` stops the navigation.
 *
 * @csspart form - The search form (the popup is positioned against it).
 * @csspart label - The field's label.
 * @csspart input - The search field.
 * @csspart button - The submit button.
 * @csspart popup - The results popup.
 * @csspart option - One result.
 * @csspart status - The message line (no results, error).
 *
 * @cssprop [--bw-search-max-height=24rem] - Maximum height of the results popup.
 * @cssprop [--bw-search-popup-background=Canvas] - Background of the popup (default: the browser's page colour).
 * @cssprop [--bw-search-popup-color=CanvasText] - Text colour of the popup.
 * @cssprop [--bw-search-highlight] - Background of the matched words.
 * @cssprop [--bw-search-z-index=10] - Stacking order of the popup.
 * @cssprop [--bw-input-background=transparent] - Background of the field.
 */
export class BlogSearch extends BlogWidget {
  static override defaultTag = 'blog-search';
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = { en: enSearch, hi: () => import('../../core/i18n/hi/search.js').then((m) => m.hiSearch) };

  /** The blog's address or feed address. Default: this site. */
  @property() src = '';

  /** `auto`, `blogger`, `wordpress`, `rss`, `atom` or `json-feed`; `blogger` also allows JSONP for a Blogger custom domain. */
  @property({ attribute: 'feed-type', converter: oneOf(FEED_TYPES, 'auto') }) feedType: FeedTypeOption = 'auto';

  /** Most results shown (1–20). */
  @property({ converter: integer(6, 1, 20) }) max = 6;

  /** Milliseconds to wait after typing stops before searching (0–2000). */
  @property({ converter: integer(250, 0, 2000) }) debounce = 250;

  /** Fewest characters that start a search (1–10). */
  @property({ attribute: 'min-chars', converter: integer(2, 1, 10) }) minChars = 2;

  /** Show a small image beside each result. */
  @property({ converter: boolean }) thumbnails = false;

  /** Full search page address. Default: the platform's (`/search` on Blogger, `/` with `s` on WordPress). */
  @property() action = '';

  /** Query parameter of `action` (default `q`). */
  @property() param = '';

  /** Text of the label above the field. Default: "Search this blog" in the visitor's language. */
  @property() label = '';

  /** Milliseconds before a search request is abandoned. */
  @property({ converter: integer(8000, 500, 60000) }) timeout = 8000;

  @state() private value = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private shownQuery = '';
  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement;

  private readonly uid = `bs${(instances += 1)}`;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly cache = new Map<string, Post[]>();
  /** The search for `shownQuery` (only the last one typed is shown; leaving the page gives it up, a move does not). */
  private readonly search = new LoadController<Post[]>(this, {
    waitOnline: false,
    onValue: (posts) => {
      this.cache.set(this.shownQuery, posts);
      this.show();
    },
    onError: () => {
      this.open = this.mayOpen;
      this.announcement = this.t('search.error');
    },
  });
  /** The visitor closed the popup (Escape) since typing last: answers arriving later keep it closed. */
  private dismissed = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feedType')) this.cache.clear();
  }

  /** `src` through the allow-list (a refused one warns once and searches this site). */
  private get feedSrc(): string {
    return this.safeAttribute('src', this.src, new Words('this site')) ?? '';
  }

  /** The owner's search page: `action`, else the fallback form's `action`; only http(s) (a refused one warns once). */
  private get searchAction(): string {
    const fallback = new Words("the platform's search page");
    if (this.action.trim()) return this.safeAttribute('action', this.action, fallback) ?? '';
    const raw = this.fallbackForm?.getAttribute('action');
    if (!raw?.trim()) return '';
    const url = safeUrl(raw, { base: this.ownerDocument.baseURI });
    if (!url) this.warnAttribute('action', `the fallback <form>'s action ${urlRefusal(raw)}`, fallback);
    return url ?? '';
  }

  private get phase(): Phase {
    const { state } = this.search;
    return state === 'ready'
      ? this.results.length
        ? 'results'
        : 'empty'
      : state === 'loading'
        ? 'searching'
        : state === 'error'
          ? 'error'
          : 'idle';
  }

  /** The results shown (of `shownQuery`). */
  private get results(): Post[] {
    return this.search.value?.slice(0, this.max) ?? [];
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) this.scrollToActive();
  }

  /** Scrolls the popup (only the popup, never the page) so that the highlighted result is fully in view. */
  private scrollToActive(): void {
    const popup = this.renderRoot.querySelector<HTMLElement>('.popup');
    const option = this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-o${this.active}`);
    if (!popup || !option) return;
    const box = popup.getBoundingClientRect();
    const top = box.top + popup.clientTop;
    const bottom = top + popup.clientHeight;
    const item = option.getBoundingClientRect();
    if (item.top < top) popup.scrollTop -= top - item.top;
    else if (item.bottom > bottom) popup.scrollTop += item.bottom - bottom;
  }

  /** Whether an answer may open the popup: only while the visitor is in the field and has not closed it. */
  private get mayOpen(): boolean {
    return !this.dismissed && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.input;
  }

  /** The light-DOM fallback form, if the owner gave one. */
  private get fallbackForm(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** The full results page for the current text, when there is one. */
  private get pageUrl(): string | undefined {
    const form = this.fallbackForm;
    const param = this.param || form?.querySelector<HTMLInputElement>('input[name]')?.name || '';
    return safeUrl(
      searchPageUrl(
        { src: this.feedSrc, feedType: this.feedType, action: this.searchAction, param },
        this.value.trim(),
      ),
    );
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.dismissed = false;
    clearTimeout(this.timer);
    const q = this.value.trim();
    if (q.length < this.minChars) {
      this.search.abort(true);
      this.open = false;
      return;
    }
    this.timer = setTimeout(() => this.run(q), this.debounce);
  }

  /** Runs a search now (also used by the retry button). */
  private run(q: string): void {
    this.shownQuery = q;
    const cached = this.cache.get(q);
    if (cached) {
      this.search.settle(cached);
      return this.show();
    }
    const { feedSrc: src, feedType, max, timeout } = this;
    void this.search.run((signal) => searchPosts({ src, feedType, query: q, max, signal, timeout }));
    this.open = this.mayOpen;
  }

  private show(): void {
    const { results, shownQuery: q } = this;
    this.open = this.mayOpen;
    this.active = -1;
    this.announcement = results.length
      ? this.t('search.count', { count: results.length })
      : this.t('search.none', { query: isolate(q, this.textDirection) });
    this.emit('search-results', { query: q, posts: results });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.phase === 'results' ? this.results.length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        this.open = true;
        this.dismissed = false;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        break;
      }
      case 'Enter':
        event.preventDefault();
        if (this.open && this.active >= 0 && this.results[this.active]) this.select(this.results[this.active]);
        else this.submit();
        break;
      case 'Escape':
        event.preventDefault();
        if (this.open) {
          this.open = false;
          this.active = -1;
          this.dismissed = true;
        } else {
          this.value = '';
          this.search.abort(true);
          clearTimeout(this.timer);
        }
        break;
      case 'Tab':
        // A list of results closes; a message with a button or link stays, so that Tab reaches it.
        if (this.phase === 'results') {
          this.open = false;
          this.active = -1;
        }
        break;
      default:
    }
  }

  /** Focus moved on: the popup stays only while focus is in the field or in the popup itself. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const popup = this.renderRoot.querySelector('.popup');
    if (next && (next === this.input || popup?.contains(next))) return;
    this.open = false;
    this.active = -1;
  }

  /** Escape in the popup (on its button or link) closes it and goes back to the field. */
  private onPopupKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.open = false;
    this.dismissed = true;
    this.input?.focus();
  }

  private retry(): void {
    this.input?.focus();
    this.run(this.shownQuery);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submit();
  }

  private submit(): void {
    const q = this.value.trim();
    if (!q) {
      this.input?.focus();
      return;
    }
    const url = this.pageUrl;
    // A plain feed with no search page of its own: Enter shows the results here.
    if (!url) return this.run(q);
    if (this.emit('search', { query: q, url }, true)) this.navigate(url);
  }

  private select(post: Post): void {
    const url = safeUrl(post.url);
    if (this.emit('search-select', { post }, true) && url) this.navigate(url);
  }

  /** Opens an address in this tab (a method so that pages and tests can observe it). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  private renderTitle(title: string) {
    const terms = queryTerms(this.shownQuery);
    return highlight(title, terms).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
  }

  private renderOption(post: Post, index: number) {
    const image = this.thumbnails ? imageFor(post.image, 48, 48, 1) : undefined;
    const date = post.published ? formatDate(post.published, this.language) : '';
    return html`<li
      role="option"
      part="option"
      id=${`${this.uid}-o${index}`}
      aria-selected=${index === this.active ? 'true' : 'false'}
      @pointerdown=${(e: Event) => e.preventDefault()}
      @click=${() => this.select(post)}
    >
      ${image ? html`<img src=${image} srcset=${densitySrcset(post.image, 48, 48) ?? nothing} alt="" width="48" height="48" loading="lazy" decoding="async" />` : nothing}
      <span><span class="title" lang=${this.contentLanguage} dir="auto">${this.renderTitle(postTitle(post, this.language) || post.url)}</span>${date ? html`<span class="date">${date}</span>` : nothing}</span>
    </li>`;
  }

  private renderNone(fullSearch: string | undefined) {
    return html`<p class="message" part="status">
      ${this.t('search.none', { query: isolate(this.shownQuery, this.textDirection) })}
      ${
        fullSearch
          ? html`<a href=${fullSearch} rel=${relFor(fullSearch) ?? nothing} @click=${(e: Event) => (e.preventDefault(), this.submit())}>${this.t('search.all')}</a>`
          : nothing
      }
    </p>`;
  }

  private renderPopup() {
    if (!this.open || this.phase === 'idle') return nothing;
    const listbox = this.phase === 'results';
    // A press anywhere in the popup keeps focus in the field (mouse and touch alike), so the popup is still there
    // when the click lands; the keyboard reaches its button or link with Tab.
    return html`<div class="popup" part="popup" @mousedown=${(e: Event) => e.preventDefault()} @keydown=${this.onPopupKeyDown}>
      ${
        listbox
          ? html`<ul role="listbox" id=${`${this.uid}-list`} aria-label=${this.t('search.results')}>
            ${this.results.map((post, i) => this.renderOption(post, i))}
          </ul>`
          : nothing
      }
      ${this.phase === 'searching' ? html`<p class="message" part="status">${this.t('search.searching')}</p>` : nothing}
      ${this.phase === 'empty' ? this.renderNone(this.pageUrl) : nothing}
      ${
        this.phase === 'error'
          ? html`<p class="message" part="status">
            ${this.t('search.error')}
            <button class="button quiet" type="button" @click=${this.retry}>${this.t('common.retry')}</button>
          </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const expanded = this.open && this.phase === 'results';
    const activeId = expanded && this.active >= 0 ? `${this.uid}-o${this.active}` : undefined;
    return html`<form role="search" part="form" lang=${this.language} dir=${this.textDirection} @submit=${this.onSubmit}
        @focusout=${this.onFocusOut} aria-busy=${this.phase === 'searching' ? 'true' : 'false'}>
        <label part="label" for=${`${this.uid}-input`}>${this.label || this.t('search.label')}</label>
        <div class="row">
          <div class="field">
            <input
              id=${`${this.uid}-input`}
              part="input"
              type="search"
              role="combobox"
              autocomplete="off"
              enterkeyhint="search"
              aria-autocomplete="list"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${`${this.uid}-list`}
              aria-activedescendant=${activeId ?? nothing}
              .value=${this.value}
              @input=${this.onInput}
              @keydown=${this.onKeyDown}
              @focus=${() => (this.open = this.phase !== 'idle')}
            />
            ${this.phase === 'searching' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          </div>
          ${this.renderPopup()}
          <button class="button" part="button" type="submit">${this.t('search.submit')}</button>
        </div>
        <span class="visually-hidden" role="status">${this.announcement}</span>
      </form>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    search: CustomEvent<SearchEventDetail>;
    'search-results': CustomEvent<SearchResultsDetail>;
    'search-select': CustomEvent<SearchSelectDetail>;
  }
}
