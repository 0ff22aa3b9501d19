/**
 * "Get this widget": the configurator page (demo/get.html). Not a custom element and not part of the library: a
 * small controller that renders plain form controls with lit-html into a container.
 *
 * Everything comes from custom-elements.json at run time, so a widget added to the library appears here without a
 * change to this file. The preview is the real widget in this document; its console warnings about attributes are
 * caught and shown next to the control they concern.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import {
  chosenAttributes,
  defaultValues,
  parseWarning,
  samplesFrom,
  snippet,
  widgetsFrom,
  type Field,
  type Manifest,
  type SnippetForm,
  type Values,
  type Widget,
} from './model.js';
import { UI_LANGUAGES, uiText, type UiKey } from './strings.js';
import { TAGS } from '../../src/loader/widgets.js';

export interface ConfiguratorOptions {
  /** Where the manifest is served. */
  manifestUrl?: string;
  /** The demo blog's page, read for the sample content inside each tag (optional). */
  samplesUrl?: string;
  /** The widget chosen first (default: the `widget` URL parameter, else the first in the manifest). */
  widget?: string;
}

const FORMS: { form: SnippetForm; label: UiKey; help: UiKey }[] = [
  { form: 'gadget', label: 'formGadget', help: 'formGadgetHelp' },
  { form: 'theme', label: 'formTheme', help: 'formThemeHelp' },
  { form: 'html', label: 'formHtml', help: 'formHtmlHelp' },
  { form: 'npm', label: 'formNpm', help: 'formNpmHelp' },
];

/** console.warn, passed through, and shown to the configurator whose preview it concerns. */
const listeners = new Set<(text: string) => void>();
let hooked = false;
function hookConsole(): void {
  if (hooked) return;
  hooked = true;
  const original = console.warn;
  console.warn = function (this: Console, ...args: unknown[]) {
    original.apply(this, args);
    const text = args.map(String).join(' ');
    for (const listener of listeners) listener(text);
  };
}

/** Removes what could run code from HTML the owner typed before it goes into the preview. */
function inertContent(source: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = source;
  for (const el of template.content.querySelectorAll('script, iframe, object, embed, style, link, meta, base, form')) {
    el.remove();
  }
  for (const el of template.content.querySelectorAll('*')) {
    for (const attribute of [...el.attributes]) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith('on') || value.startsWith('javascript:') || value.startsWith('data:text')) {
        el.removeAttribute(attribute.name);
      }
    }
  }
  return template.content;
}

/** Description text with `code` spans. */
function richText(text: string): (string | TemplateResult)[] {
  return text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

export class Configurator {
  widgets: Widget[] = [];
  widget?: Widget;
  values: Values = {};
  content = '';
  lang: string;
  private samples: Record<string, { values: Values; content: string }> = {};
  private warnings = new Map<string, string[]>();
  private general: string[] = [];
  private status = '';
  private state: 'loading' | 'failed' | 'ready' = 'loading';
  private preview?: HTMLElement;
  private renderQueued = false;
  private readonly onWarning = (text: string) => {
    const warning = parseWarning(text);
    if (!warning || !this.widget || warning.tag !== this.widget.tag) return;
    const list = warning.attribute ? (this.warnings.get(warning.attribute) ?? []) : this.general;
    if (!list.includes(warning.message)) list.push(warning.message);
    if (warning.attribute) this.warnings.set(warning.attribute, list);
    this.queueRender();
  };

  constructor(
    readonly root: HTMLElement,
    readonly options: ConfiguratorOptions = {},
  ) {
    this.lang = document.documentElement.lang || 'en';
  }

  private t(key: UiKey, params?: Record<string, string | number>): string {
    return uiText(this.lang, key, params);
  }

  async start(): Promise<void> {
    hookConsole();
    listeners.add(this.onWarning);
    this.update();
    try {
      const response = await fetch(this.options.manifestUrl ?? '/custom-elements.json', { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const manifest = (await response.json()) as Manifest;
      this.widgets = widgetsFrom(manifest);
    } catch {
      this.state = 'failed';
      this.update();
      return;
    }
    if (this.options.samplesUrl) {
      try {
        const response = await fetch(this.options.samplesUrl);
        if (response.ok) this.samples = samplesFrom(await response.text(), this.widgets, response.url);
      } catch {
        // No samples: the widgets start with no content.
      }
    }
    this.state = 'ready';
    const wanted = this.options.widget ?? new URLSearchParams(location.search).get('widget') ?? '';
    this.choose(this.widgets.find((w) => w.tag === wanted)?.tag ?? this.widgets[0]?.tag ?? '');
  }

  stop(): void {
    listeners.delete(this.onWarning);
    render(nothing, this.root);
  }

  /**
   * Picks a widget and starts every control from the widget's own default (custom-elements.json), so that an
   * untouched snippet sets nothing the owner did not choose. The demo blog's page gives only the sample content.
   */
  choose(tag: string): void {
    this.widget = this.widgets.find((w) => w.tag === tag);
    this.values = defaultValues(this.widget);
    this.content = this.samples[tag]?.content ?? '';
    this.status = '';
    this.update();
  }

  /** Sets one attribute ('' = not set; booleans 'true' or ''). */
  set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.update();
  }

  setContent(value: string): void {
    this.content = value;
    this.update();
  }

  setLanguage(lang: string): void {
    this.lang = lang;
    document.documentElement.lang = lang;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    this.renderPage();
  }

  snippet(form: SnippetForm): string {
    return this.widget ? snippet(form, this.widget, this.values, this.content) : '';
  }

  /** The warnings shown next to a control. */
  warningsFor(attribute: string): string[] {
    return this.warnings.get(attribute) ?? [];
  }

  /** A fresh preview element with the current attributes (fresh, so that its warnings are said again). */
  private rebuildPreview(): void {
    this.warnings = new Map();
    this.general = [];
    const stage = this.root.querySelector<HTMLElement>('[data-stage]');
    if (!stage || !this.widget) return;
    const el = document.createElement(this.widget.tag);
    // The same attributes as the snippet: a default left alone is not set, a boolean that is on by default and
    // turned off is "false".
    for (const [name, value] of chosenAttributes(this.widget, this.values))
      el.setAttribute(name, value === true ? '' : value);
    if (this.content.trim()) el.append(inertContent(this.content));
    stage.replaceChildren(el);
    this.preview = el;
    void this.defined(el.localName)
      .then(() => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
      .then(() => this.queueRender());
  }

  /** Resolves when the tag is defined, at once for a tag the loader does not know (it may never be). */
  private defined(tag: string): Promise<unknown> {
    return (TAGS as readonly string[]).includes(tag) ? customElements.whenDefined(tag) : Promise.resolve();
  }

  /** Resolves when the preview has rendered and its warnings are shown. */
  async settled(): Promise<void> {
    // The loader defines one of our widgets when its module arrives: wait for that, then for its render.
    if (this.preview) await this.defined(this.preview.localName);
    await (this.preview as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
    // A task, not an animation frame: frames do not run in a background tab.
    await new Promise((resolve) => setTimeout(resolve));
    this.renderPage();
  }

  private update(): void {
    this.renderPage();
    this.rebuildPreview();
    this.renderPage();
  }

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.renderPage();
    });
  }

  private async copy(form: SnippetForm, label: string): Promise<void> {
    const text = this.snippet(form);
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      const code = this.root.querySelector<HTMLElement>(`[data-snippet="${form}"]`);
      if (code) {
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        try {
          ok = document.execCommand('copy');
        } catch {
          ok = false;
        }
      }
    }
    this.status = ok ? this.t('copied', { form: label }) : this.t('copyFailed');
    this.renderPage();
  }

  renderPage(): void {
    render(this.template(), this.root);
  }

  private template(): TemplateResult {
    return html`
      <header class="masthead">
        <div>
          <h1>${this.t('title')}</h1>
          <p>${this.t('intro')}</p>
        </div>
        <nav class="demo-nav" aria-label=${this.t('back')}>
          <a href="./">${this.t('back')}</a>
          <label class="language">
            ${this.t('language')}
            <select @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
              ${UI_LANGUAGES.map(
                (l) =>
                  html`<option value=${l.code} lang=${l.code} ?selected=${this.lang.startsWith(l.code)}>${l.name}</option>`,
              )}
            </select>
          </label>
        </nav>
      </header>
      <main class="get">
        ${this.state === 'loading' ? html`<p role="status">${this.t('loading')}</p>` : nothing}
        ${this.state === 'failed' ? html`<p role="alert" class="warning">${this.t('loadFailed')}</p>` : nothing}
        ${this.state === 'ready' ? this.readyTemplate() : nothing}
      </main>
    `;
  }

  private readyTemplate(): TemplateResult {
    const widget = this.widget;
    return html`
      <section class="step" aria-labelledby="step-widget">
        <h2 id="step-widget">${this.t('stepWidget')}</h2>
        <fieldset class="choices">
          <legend class="visually-hidden">${this.t('stepWidget')}</legend>
          ${this.widgets.map(
            (w) => html`<label class="choice">
              <input type="radio" name="widget" value=${w.tag} .checked=${w.tag === widget?.tag}
                @change=${() => this.choose(w.tag)} />
              <span><code>&lt;${w.tag}&gt;</code> <span class="summary">${w.summary}</span></span>
            </label>`,
          )}
        </fieldset>
      </section>
      ${
        widget
          ? html`<div class="work">
            <section class="step options" aria-labelledby="step-options">
              <h2 id="step-options">${this.t('stepOptions')}</h2>
              <p class="help">${this.t('optionsHelp')}</p>
              <form @submit=${(e: Event) => e.preventDefault()} data-widget=${widget.tag}>
                ${widget.fields.map((field) => this.fieldTemplate(field))}
                ${widget.slots.length ? this.contentTemplate(widget) : nothing}
                <button type="button" class="secondary" @click=${() => this.choose(widget.tag)}>${this.t('reset')}</button>
              </form>
            </section>
            <div class="results">
              <section class="step" aria-labelledby="step-preview">
                <h2 id="step-preview">${this.t('stepPreview')}</h2>
                <div class="stage" data-stage role="group" aria-label=${this.t('previewLabel', { tag: `<${widget.tag}>` })}></div>
                <div aria-live="polite">
                  ${
                    this.general.length
                      ? html`<div class="warning" data-warnings="general">
                        <p>${this.t('previewWarnings')}</p>
                        ${this.general.map((w) => html`<p>${w}</p>`)}
                      </div>`
                      : nothing
                  }
                </div>
              </section>
              <section class="step" aria-labelledby="step-snippet">
                <h2 id="step-snippet">${this.t('stepSnippet')}</h2>
                ${FORMS.map((f) => this.snippetTemplate(f.form, this.t(f.label), this.t(f.help)))}
                <p role="status" class="status" data-copy-status>${this.status}</p>
              </section>
            </div>
          </div>`
          : nothing
      }
    `;
  }

  private fieldTemplate(field: Field): TemplateResult {
    const id = `field-${field.name}`;
    const value = this.values[field.name] ?? '';
    const warnings = this.warningsFor(field.name);
    const described = `${id}-help ${id}-warning`;
    const onInput = (e: Event) => {
      const target = e.target as HTMLInputElement;
      this.set(field.name, target.type === 'checkbox' ? (target.checked ? 'true' : '') : target.value);
    };
    const defaultText =
      field.control === 'checkbox'
        ? this.t('default', { value: this.t(field.defaultValue === 'true' ? 'defaultOn' : 'defaultOff') })
        : field.defaultValue
          ? this.t('default', { value: field.defaultValue })
          : '';
    let control: TemplateResult;
    switch (field.control) {
      case 'checkbox':
        control = html`<input id=${id} name=${field.name} type="checkbox" .checked=${value === 'true'}
          aria-describedby=${described} @change=${onInput} />`;
        break;
      case 'number':
        control = html`<input id=${id} name=${field.name} type="number" step="1" inputmode="numeric"
          min=${field.min ?? nothing} max=${field.max ?? nothing} placeholder=${field.defaultValue || nothing}
          .value=${value} aria-describedby=${described} @input=${onInput} />`;
        break;
      case 'select':
        control = html`<select id=${id} name=${field.name} aria-describedby=${described} @change=${onInput}>
          ${field.defaultValue ? nothing : html`<option value="" ?selected=${value === ''}>—</option>`}
          ${field.options!.map(
            (option) =>
              html`<option value=${option} ?selected=${(value || field.defaultValue) === option}>${option}</option>`,
          )}
        </select>`;
        break;
      case 'textarea':
        control = html`<textarea id=${id} name=${field.name} rows="3" placeholder=${field.defaultValue || nothing}
          .value=${value} aria-describedby=${described} @input=${onInput}></textarea>`;
        break;
      default:
        control = html`<input id=${id} name=${field.name} type="text" placeholder=${field.defaultValue || nothing}
          .value=${value} aria-describedby=${described} @input=${onInput} />`;
    }
    return html`<div class="field ${field.control}" data-field=${field.name}>
      ${
        field.control === 'checkbox'
          ? html`<div class="check">${control}<label for=${id}><code>${field.name}</code></label></div>`
          : html`<label for=${id}><code>${field.name}</code></label>${control}`
      }
      <p class="help" id="${id}-help">
        ${richText(field.description)}
        ${field.min != null && field.max != null ? html` ${this.t('range', { min: field.min, max: field.max })}` : nothing}
        ${field.list ? html` ${this.t(field.name === 'hours' ? 'hoursHelp' : 'listHelp')}` : nothing}
        ${defaultText ? html`<span class="default">${defaultText}</span>` : nothing}
      </p>
      <div class="warning-slot" id="${id}-warning" aria-live="polite">
        ${warnings.map((w) => html`<p class="warning" data-warning=${field.name}><span>${this.t('warning')}</span> ${w}</p>`)}
      </div>
    </div>`;
  }

  private contentTemplate(widget: Widget): TemplateResult {
    const slots = widget.slots.map((s) =>
      s.name ? `${s.name} (${s.description})` : `${this.t('defaultSlot')} (${s.description})`,
    );
    return html`<div class="field textarea" data-field="(content)">
      <label for="field-content">${this.t('content')}</label>
      <textarea id="field-content" rows="5" .value=${this.content} aria-describedby="field-content-help"
        @input=${(e: Event) => this.setContent((e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="help" id="field-content-help">${this.t('contentHelp', { slots: slots.join('; ') })}</p>
    </div>`;
  }

  private snippetTemplate(form: SnippetForm, label: string, help: string): TemplateResult {
    return html`<section class="snippet" aria-labelledby="snippet-${form}">
      <div class="snippet-head">
        <h3 id="snippet-${form}">${label}</h3>
        <button type="button" data-copy=${form} aria-label="${this.t('copy')}: ${label}" @click=${() => this.copy(form, label)}>
          ${this.t('copy')}
        </button>
      </div>
      <p class="help">${help}</p>
      <pre tabindex="0" aria-labelledby="snippet-${form}"><code data-snippet=${form}>${this.snippet(form)}</code></pre>
    </section>`;
  }
}
