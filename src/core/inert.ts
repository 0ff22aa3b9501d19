/**
 * The one place where outside text (feed HTML and XML, server replies) becomes a DOM: a document that never enters
 * the page, with no browsing context, so nothing in it executes or loads.
 *
 * Trusted Types: under `Content-Security-Policy: require-trusted-types-for 'script'` the parser accepts only
 * TrustedHTML. A policy named `blog-widgets` (TRUSTED_TYPES_POLICY) makes it; it is created on first use, kept
 * private to this module and used for nothing but this inert parser. A page that lists its allowed policies needs
 * `trusted-types blog-widgets lit-html 'allow-duplicates'` (`lit-html` is Lit's own policy; 'allow-duplicates' lets
 * a second copy of the bundle create the same names). When the page refuses the name, strings go to the parser as
 * they are: a page without enforcement parses them, an enforcing page throws and the callers fall back.
 */

/** The name of the Trusted Types policy the widgets create. */
export const TRUSTED_TYPES_POLICY = 'blog-widgets';

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy;
}

let parser: DOMParser | undefined;
let policy: HtmlPolicy | null | undefined;

function trusted(text: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      // The output only ever reaches DOMParser below: an inert document, never the page.
      policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => input }) ?? null;
    } catch {
      policy = null; // the page's `trusted-types` list does not allow the name (or a second copy without 'allow-duplicates')
    }
  }
  return policy ? (policy.createHTML(text) as string) : text;
}

/** Parses text into an inert document (HTML or XML). Throws only where Trusted Types refuse the string. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(trusted(text), type);
}

/** Elements whose content the tokenizer reads as raw text or that change how later markup is read. */
const SWALLOWING = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template', 'svg', 'math', 'select', 'option']);

const BEFORE_NAME = 0;
const NAME = 1;
const AFTER_NAME = 2;
const BEFORE_VALUE = 3;
const UNQUOTED = 4;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Whether HTML can share one parse with other posts' HTML without changing how anything after it is read: every
 * tag ends inside it (quotes as the HTML tokenizer reads them), no comment, doctype, processing instruction or
 * CDATA, and no element that reads raw text or switches the parser's mode (see SWALLOWING). One pass, linear.
 * A false answer only means "parse it alone".
 */
export function selfContained(html: string): boolean {
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) return false; // <! and <?
    const end = next === 47; // </
    const start = end ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(start))) {
      if (end || start >= n) return false; // "</" + non-letter is a bogus comment; "<" at the very end
      i = html.indexOf('<', start); // "<" + non-letter is text
      continue;
    }
    // Tag name.
    let j = start;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 47 && html.charCodeAt(j) !== 62) j += 1;
    if (SWALLOWING.has(html.slice(start, j).toLowerCase())) return false;
    // Attributes, read as the HTML tokenizer reads them: a quote opens a value only right after "name=" (and
    // spaces); an unquoted value ends at a space or ">"; "=" that starts an attribute is part of its name.
    let state = BEFORE_NAME;
    for (;; j += 1) {
      if (j >= n) return false; // the tag does not end here
      const c = html.charCodeAt(j);
      if (c === 62) break; // ">" ends the tag in every state but a quoted value
      const space = isSpace(c);
      if (state === BEFORE_VALUE) {
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", j + 1);
          if (close < 0) return false;
          j = close;
          state = BEFORE_NAME;
        } else if (!space) state = UNQUOTED;
      } else if (state === UNQUOTED) {
        if (space) state = BEFORE_NAME;
      } else if (c === 47) state = BEFORE_NAME; // "/"
      else if (state === BEFORE_NAME) {
        if (!space) state = NAME;
      } else if (c === 61) state = BEFORE_VALUE; // "=" after a name (NAME or AFTER_NAME)
      else if (space) state = AFTER_NAME;
      else state = NAME;
    }
    i = html.indexOf('<', j + 1);
  }
  return true;
}
