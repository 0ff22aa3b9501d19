/**
 * `BlogWidget`: the base of every widget (not itself a custom element).
 *
 * It gives each widget safe registration (`define`), its language (`lang`, the visitor's choice, the nearest
 * `[lang]`, `<html lang>`, the browser) with live re-rendering when that changes, translated strings with
 * per-widget overrides, attribute warnings that name the tag, events in one shape, and a guard that keeps an
 * unexpected error from escaping into the host page.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { converting } from './attributes.js';
import { defineElement } from './define.js';
import {
  addStrings,
  direction,
  ensureStrings,
  onLanguageChange,
  pageLanguage,
  resolveLanguage,
  translate,
  type Params,
  type Section,
  type StringKey,
  type Strings,
} from './i18n/index.js';
import { fire, type EventDetail, type WidgetEventName } from './events.js';
import { safeUrl, urlRefusal, type SafeUrlOptions } from './safe.js';
import { pageAccentSheet } from './page-accent.js';
import { warnAttribute, warnOnce } from './warn.js';

/**
 * @attr lang - Language of the widget's own text (BCP 47, e.g. `hi`). Default: the visitor's choice, else the page's.
 */
export class BlogWidget extends LitElement {
  /** The tag `define()` registers when no other name is given. */
  static defaultTag = '';

  /**
   * Registers the element under `tag` (default: its usual name). Does nothing when the tag is already defined,
   * so including the script twice is safe; another tag name can be used when a theme already has ours.
   */
  static define(tag?: string): CustomElementConstructor | undefined {
    return defineElement(tag ?? this.defaultTag, this);
  }

  /**
   * The widget's own sections of the built-in English and Hindi tables, added the first time one is created
   * (Hindi as a loader: fetched only when the widget speaks Hindi).
   * @internal
   */
  static messages: Record<string, Section> = {};

  constructor() {
    super();
    addStrings((this.constructor as typeof BlogWidget).messages);
  }

  /** Replaces any of this widget's texts, for every language: `el.strings = { 'share.heading': 'Spread the word' }`. */
  @property({ attribute: false })
  strings?: Partial<Strings>;

  private unwatchLanguage?: () => void;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    converting.element = this;
    converting.attribute = name;
    try {
      super.attributeChangedCallback(name, old, value);
    } finally {
      converting.element = converting.attribute = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLanguage = onLanguageChange(() => this.requestUpdate());
  }

  /** The shadow root, with the blog's link colour as the default accent (see core/page-accent.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const accent = pageAccentSheet();
    if (accent && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, accent];
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLanguage?.();
  }

  /** The language resolved when the current update was scheduled (every translated string of a render uses it). */
  private resolvedLanguage?: string;

  /** The language this widget speaks now. */
  protected get language(): string {
    if (this.resolvedLanguage) return this.resolvedLanguage;
    return resolveLanguage(this);
  }

  /**
   * The language of text that is not the widget's own (feed posts, the owner's attributes and slotted content):
   * the page's, not the visitor's pick. Such text is marked `lang=${this.contentLanguage} dir="auto"`.
   */
  protected get contentLanguage(): string {
    return pageLanguage(this);
  }

  /** Text direction for the current language. */
  protected get textDirection(): 'ltr' | 'rtl' {
    return direction(this.language);
  }

  /** A translated string. */
  protected t(key: StringKey, params?: Params): string {
    return translate(this.language, key, params, this.strings);
  }

  /** Warns once, `[tag] attribute "x": why; using y`. */
  protected warnAttribute(attribute: string, why: string, using: unknown): void {
    warnAttribute(this, this.localName, attribute, why, using);
  }

  /**
   * An address attribute through the one allow-list (`safeUrl`): the absolute http(s) address, or `undefined` when
   * it is empty or refused (javascript:, data:, …); a refused one warns once, naming the fallback `using`.
   */
  protected safeAttribute(
    attribute: string,
    value: unknown,
    using: unknown,
    options?: SafeUrlOptions,
  ): string | undefined {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    const url = safeUrl(value, options);
    if (!url) this.warnAttribute(attribute, urlRefusal(value, options), using);
    return url;
  }

  /** Dispatches a bubbling, composed event; returns false when a listener called `preventDefault()`. */
  protected emit<K extends WidgetEventName>(type: K, detail: EventDetail<K>, cancelable = false): boolean {
    return fire(this, type, detail, cancelable);
  }

  /**
   * Waits for the string table of the widget's language when it still has to load (a language outside the bundle),
   * and, on a page run by the loader, for a new task when this one has already spent its slice on renders.
   * `updateComplete` still means rendered: Lit awaits what this returns before resolving it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Resolved once per update rather than once per string: every change of language requests an update.
    this.resolvedLanguage = resolveLanguage(this);
    const strings = ensureStrings(this.resolvedLanguage);
    if (strings) return strings.then(() => super.scheduleUpdate());
    // Checked again after the wait: the widgets that waited share the next slice, and wait again past it.
    const slice = nextSlice();
    return slice ? slice.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      warnOnce(this, this.localName, `could not render: ${(error as Error)?.message ?? error}`);
      console.error(error);
    }
  }
}

/**
 * Renders share the main thread in slices of about 8 ms, on pages run by the loader (dist/blog-widgets.js sets
 * `globalThis[Symbol.for('blog-widgets.slice')]` before any widget module runs): when a module defines a tag that
 * has fifty elements on the page, or one feed arrives for fifty widgets, they would otherwise all render in one
 * long task. The first render of a task always goes at once (so one widget answering a visitor never waits); past
 * the slice, the next wait for a new task (undefined: render now). The modules imported directly (npm, tests)
 * render as Lit does, in the microtasks after a change, so that a test never depends on the machine's load.
 */
const SLICE_MS = 8;
const SLICING = Symbol.for('blog-widgets.slice');
let sliceEnd = -1;
let waiting: Promise<void> | undefined;
// A new task at once (a message to ourselves; setTimeout waits 4 ms once nested), in the order asked.
let channel: MessageChannel | undefined;
const queue: Array<() => void> = [];
function task(fn: () => void): void {
  if (!channel && typeof MessageChannel === 'function') {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  if (!channel) return void setTimeout(fn);
  queue.push(fn);
  channel.port2.postMessage(0);
}
function nextSlice(): Promise<void> | undefined {
  if ((globalThis as unknown as Record<symbol, unknown>)[SLICING] !== true) return undefined;
  const now = performance.now();
  if (sliceEnd < 0) {
    sliceEnd = now + SLICE_MS;
    task(() => (sliceEnd = -1));
  }
  if (now <= sliceEnd) return undefined;
  return (waiting ??= new Promise<void>((resolve) => task(resolve)).then(() => (waiting = undefined)));
}
