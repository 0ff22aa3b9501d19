/**
 * The configurator's model, built from custom-elements.json at run time: which widgets exist, one form field per
 * attribute (its control chosen from the attribute's type), and the snippets that put a widget on a blog.
 * No DOM rendering here, so the tests can check every rule directly.
 */

import { reserveCss } from '../../src/loader/reserve.js';

export const CDN_URL = 'https://cdn.jsdelivr.net/npm/blog-widgets@1/dist/blog-widgets.js';
export const PACKAGE = 'blog-widgets';

/** The parts of custom-elements.json the configurator reads. */
export interface Manifest {
  modules: {
    path: string;
    declarations?: {
      kind: string;
      name: string;
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      description?: string;
      default?: string;
      type?: { text: string };
      attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
      slots?: { name: string; description?: string }[];
    }[];
  }[];
}

export type Control = 'text' | 'number' | 'select' | 'checkbox' | 'textarea';

export interface Field {
  /** The attribute's name. */
  name: string;
  control: Control;
  /** The attribute's description from the manifest (the help text). */
  description: string;
  /** The default as a blog owner would write it ('' when there is none to show). */
  defaultValue: string;
  /** Allowed values of a select. */
  options?: string[];
  /** Range of a number, when the description gives one as "(1–20)". */
  min?: number;
  max?: number;
  /** A list (space-separated, or one per line). */
  list?: boolean;
}

export interface Widget {
  tag: string;
  summary: string;
  /** The folder under src/widgets/, which is also the package's per-widget module: `blog-widgets/<folder>.js`. */
  folder: string;
  fields: Field[];
  slots: { name: string; description: string }[];
}

/** Attribute values as the owner set them: name -> text ('' or absent = not set). Booleans are 'true' or ''. */
export type Values = Record<string, string>;

const STRING_UNION = /^\s*'[^']*'(\s*\|\s*'[^']*')+\s*$/;
const RANGE = /\((-?\d+(?:\.\d+)?)\s*(?:[–—-]|to)\s*(-?\d+(?:\.\d+)?)\)/;
const WORD = /^[a-z0-9][a-z0-9-]*$/;

/** `'a' | 'b'` -> ['a', 'b']. */
function unionValues(type: string): string[] | undefined {
  if (!STRING_UNION.test(type)) return undefined;
  return [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/**
 * The values of a type known only by an alias name (`ShareLayout`): the words the description lists in backticks,
 * "`icons` (...), `labels` (...) or `both`". At least two are needed to be sure it is a list of choices.
 */
function valuesFromDescription(description: string): string[] | undefined {
  const words = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim()).filter((w) => WORD.test(w));
  const unique = [...new Set(words)];
  return unique.length >= 2 ? unique : undefined;
}

/** A JavaScript literal from the manifest as the owner would write it: `'both'` -> both, `['a', 'b']` -> "a b". */
function literal(text: string | undefined, manifest: Manifest, depth = 0): string | undefined {
  if (text == null) return undefined;
  const value = text.trim();
  if (/^'[^']*'$/.test(value) || /^"[^"]*"$/.test(value)) return value.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(value) || value === 'true' || value === 'false') return value;
  if (/^\[\s*('[^']*'\s*,?\s*)*\]$/.test(value)) return [...value.matchAll(/'([^']*)'/g)].map((m) => m[1]).join(' ');
  // `[...DEFAULT_NETWORKS]` or `DEFAULT_NETWORKS`: a constant declared elsewhere in the manifest.
  const name = /^(?:\[\s*\.\.\.\s*([A-Za-z_$][\w$]*)\s*\]|([A-Za-z_$][\w$]*))$/.exec(value);
  if (name && depth < 3) {
    const id = name[1] ?? name[2];
    for (const mod of manifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind === 'variable' && decl.name === id) return literal(decl.default, manifest, depth + 1);
      }
    }
  }
  return undefined;
}

/** The form field for one attribute, its control chosen by the attribute's type. */
export function fieldFor(
  attribute: { name: string; type?: { text: string }; default?: string; description?: string },
  manifest: Manifest = { modules: [] },
): Field {
  const description = attribute.description?.trim() ?? '';
  const type = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined\s*$/, '').trim();
  const defaultValue = literal(attribute.default, manifest) ?? '';
  const field: Field = { name: attribute.name, control: 'text', description, defaultValue };
  if (type === 'boolean') {
    field.control = 'checkbox';
    field.defaultValue = defaultValue === 'true' ? 'true' : '';
  } else if (type === 'number') {
    field.control = 'number';
    const range = RANGE.exec(description);
    if (range) [field.min, field.max] = [Number(range[1]), Number(range[2])];
  } else if (/\[\]$/.test(type) || /^(Readonly)?Array</.test(type) || attribute.name === 'hours') {
    field.control = 'textarea';
    field.list = true;
  } else {
    let options = unionValues(type);
    if (!options && /^[A-Z][\w]*$/.test(type)) {
      // Only a list of choices when the default (if any) is one of the words found.
      options = valuesFromDescription(description);
      if (options && defaultValue && !options.includes(defaultValue)) options = undefined;
    }
    if (options) {
      field.control = 'select';
      field.options = options;
      if (!options.includes(field.defaultValue)) field.defaultValue = '';
    }
  }
  return field;
}

/** Every widget in the manifest, in manifest order. */
export function widgetsFrom(manifest: Manifest): Widget[] {
  const widgets: Widget[] = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      widgets.push({
        tag: decl.tagName,
        summary: decl.summary ?? decl.description ?? '',
        folder: /src\/widgets\/([^/]+)\//.exec(mod.path)?.[1] ?? decl.tagName,
        fields: (decl.attributes ?? []).map((a) => fieldFor(a, manifest)),
        slots: (decl.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      });
    }
  }
  return widgets;
}

/** The values of an untouched form: every checkbox as its default says, every other control empty (= default). */
export function defaultValues(widget: Widget | undefined): Values {
  const values: Values = {};
  for (const field of widget?.fields ?? []) if (field.control === 'checkbox') values[field.name] = field.defaultValue;
  return values;
}

/** The attributes that differ from the defaults, in the manifest's order, as [name, value] ('' for a set boolean). */
export function chosenAttributes(widget: Widget, values: Values): [string, string | true][] {
  const chosen: [string, string | true][] = [];
  for (const field of widget.fields) {
    const raw = values[field.name] ?? '';
    if (field.control === 'checkbox') {
      if ((raw === 'true') !== (field.defaultValue === 'true'))
        chosen.push([field.name, raw === 'true' ? true : 'false']);
      continue;
    }
    const value = field.list ? normaliseList(raw, field.name === 'hours') : raw.trim();
    if (value === '' || value === field.defaultValue) continue;
    chosen.push([field.name, value]);
  }
  return chosen;
}

/** A list as the widget reads it: words separated by single spaces (lines kept for `hours`, one rule a line). */
function normaliseList(raw: string, keepLines: boolean): string {
  if (keepLines) {
    return raw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
  }
  return raw.split(/\s+/).filter(Boolean).join(' ');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute value inside double quotes. `xml` also writes line breaks as `&#10;` so XML parsers keep them. */
export function escapeAttribute(value: string, xml = false): string {
  const escaped = escapeText(value).replace(/"/g, '&quot;');
  return xml ? escaped.replace(/\r?\n/g, '&#10;').replace(/\t/g, '&#9;') : escaped;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * HTML written by the owner (the content inside the tag) as well-formed XML, for the theme: every element closed,
 * void elements self-closed, attributes quoted, `&` and `<` escaped. Needs a DOM (the configurator runs in a page).
 */
export function htmlToXml(source: string): string {
  const template = document.createElement('template');
  template.innerHTML = source;
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
    if (node.nodeType === Node.COMMENT_NODE) {
      const text = (node.textContent ?? '').replace(/--+/g, '-').replace(/-$/, '- ');
      return `<!--${text}-->`;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    const name = element.localName;
    const attributes = [...element.attributes]
      .filter((a) => /^[A-Za-z_:][-\w:.]*$/.test(a.name))
      .map((a) => ` ${a.name}="${escapeAttribute(a.value, true)}"`)
      .join('');
    const children = element instanceof HTMLTemplateElement ? element.content.childNodes : element.childNodes;
    if (VOID.has(name)) return `<${name}${attributes}/>`;
    return `<${name}${attributes}>${[...children].map(write).join('')}</${name}>`;
  };
  return [...template.content.childNodes].map(write).join('');
}

export type SnippetForm = 'html' | 'gadget' | 'theme' | 'npm';

/** The widget's tag with the chosen attributes and content, in one of the forms. */
function element(widget: Widget, values: Values, content: string, xml: boolean): string {
  const attributes = chosenAttributes(widget, values)
    .map(([name, value]) => {
      if (value === true) return xml ? ` ${name}="true"` : ` ${name}`;
      return ` ${name}="${escapeAttribute(value, xml)}"`;
    })
    .join('');
  const inner = content.trim()
    ? `\n  ${(xml ? htmlToXml(content.trim()) : content.trim()).replace(/\n/g, '\n  ')}\n`
    : '';
  return `<${widget.tag}${attributes}>${inner}</${widget.tag}>`;
}

/**
 * The snippet in one form:
 * - html: any web page; the widget's reserved box (`reserveStyle`), the script tag from the CDN, then the element
 *   (HTML syntax).
 * - gadget: a Blogger HTML/JavaScript gadget; the same, written so that it is also well-formed XML.
 * - theme: Blogger's theme (XML): every value quoted, `&` escaped, line breaks as `&#10;`, elements closed.
 * - npm: the install command and the import of this widget's own module.
 */
export function snippet(form: SnippetForm, widget: Widget, values: Values, content = ''): string {
  const style = reserveStyle(widget.tag);
  const script = `${style ? `${style}\n` : ''}<script type="module" src="${CDN_URL}" fetchpriority="low"></script>`;
  switch (form) {
    case 'html':
      return `${script}\n${element(widget, values, content, false)}`;
    case 'gadget':
      return `${script}\n${element(widget, values, content, true)}`;
    case 'theme':
      return `<!-- blog-widgets: ${widget.tag}. Include the script line once per page. -->\n${script}\n${element(widget, values, content, true)}`;
    case 'npm':
      return `// npm install ${PACKAGE}\nimport '${PACKAGE}/${widget.folder}.js'; // defines <${widget.tag}>`;
  }
}

/**
 * The box the widget holds before any script has run, as a `<style>` for the snippet: the loader's own rules
 * (src/loader/reserve.ts, measured by scripts/measure-reserve.mjs), which apply only while the tag is undefined, so
 * the page does not shift when the widget's code arrives. Empty for a tag the loader does not know.
 */
export function reserveStyle(tag: string): string {
  const css = reserveCss([tag]).replace(/@media[^{]*\{\}/g, '');
  return css ? `<style>${css}</style>` : '';
}

/**
 * Sample values for each widget from the demo blog's page (demo/index.html): the attributes and content of the first
 * element with that tag. Only attributes the manifest knows are kept; `base` is the demo page's address.
 */
export function samplesFrom(
  demoHtml: string,
  widgets: Widget[],
  base?: string,
): Record<string, { values: Values; content: string }> {
  const doc = new DOMParser().parseFromString(demoHtml, 'text/html');
  const samples: Record<string, { values: Values; content: string }> = {};
  for (const widget of widgets) {
    const el = doc.querySelector(widget.tag);
    if (!el) continue;
    const values: Values = {};
    for (const field of widget.fields) {
      const value = el.getAttribute(field.name);
      if (value == null) continue;
      if (field.control === 'checkbox') values[field.name] = value.trim().toLowerCase() === 'false' ? '' : 'true';
      // A path relative to the demo page (./media/photo.svg) is made relative to the site, so it works from any page.
      else if (base && /^\.\.?\//.test(value)) values[field.name] = new URL(value, base).pathname;
      else values[field.name] = value;
    }
    const content = widget.slots.length ? dedent(el.innerHTML) : '';
    samples[widget.tag] = { values, content };
  }
  return samples;
}

function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** `[tag] attribute "name": message` -> { tag, attribute, message }; other warnings -> attribute ''. */
export function parseWarning(text: string): { tag: string; attribute: string; message: string } | undefined {
  const match = /^\[([a-z][a-z0-9]*-[a-z0-9-]*)\]\s+(?:attribute "([^"]+)":\s*)?([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  return { tag: match[1], attribute: match[2] ?? '', message: text };
}
