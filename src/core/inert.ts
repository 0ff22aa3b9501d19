/**
 * The one place where outside text (feed HTML and XML, server replies) becomes a DOM: a document that never enters
 * the page, with no browsing context, so nothing in it executes or loads.
 *
 * Trusted Types: under `Content-Security-Policy: require-trusted-types-for 'script'` both parsers (DOMParser,
 * a template's innerHTML) accept only TrustedHTML. A policy named `blog-widgets` (TRUSTED_TYPES_POLICY) makes it:
 * created on first use, kept private to this module and used for nothing but these inert parsers. A page that
 * lists its allowed policies needs `trusted-types blog-widgets lit-html 'allow-duplicates'` (`lit-html` is Lit's
 * own policy; 'allow-duplicates' lets a second copy of the bundle create the same names). When the page refuses
 * the name, strings go to the parser as they are: a page without enforcement parses them, an enforcing page
 * throws and the callers fall back (HTML to text without a parser; an XML feed becomes a read error).
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
      // The output only ever reaches the parsers below: inert documents, never the page.
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

let holder: HTMLTemplateElement | undefined;

/**
 * Parses an HTML snippet on its own into inert nodes: the content of a `<template>` of a document with no browsing
 * context. Each call is a fresh parse, so one snippet's markup (an unclosed comment, `<textarea>` or quote) can
 * never reach into another's. The fragment is valid until the next call.
 */
export function parseInertFragment(html: string): DocumentFragment {
  holder ??= document.implementation.createHTMLDocument('').createElement('template');
  holder.innerHTML = trusted(html);
  return holder.content;
}
