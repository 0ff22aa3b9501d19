import { html, nothing, type TemplateResult } from 'lit';
import { integer } from './attributes.js';

/**
 * Headings at a level the page chooses. Inside a Blogger gadget, whose title is an <h3>, a widget's own headings
 * start at <h4>: that is every widget's default `heading-level`; a sub-heading is one level below (at most h6).
 */
export const DEFAULT_HEADING_LEVEL = 4;

/** The `heading-level` converter: 1-6, warns and falls back to 4. */
export const headingLevel = integer(DEFAULT_HEADING_LEVEL, 1, 6);

/** What a heading may carry; attributes left undefined are not written. */
export interface HeadingAttrs {
  id?: string;
  class?: string;
  part?: string;
  tabindex?: number;
  lang?: string;
  dir?: 'auto';
  /** aria-live */
  live?: 'polite';
}

/** `<h{level}>` with `content` (level clamped to 1-6). */
export function heading(level: number, attrs: HeadingAttrs, content: unknown): TemplateResult {
  const {
    id = nothing,
    class: cls = nothing,
    part = nothing,
    tabindex = nothing,
    lang = nothing,
    dir = nothing,
    live = nothing,
  } = attrs;
  switch (Math.min(6, Math.max(1, Math.round(level) || DEFAULT_HEADING_LEVEL))) {
    case 1:
      return html`<h1 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex} lang=${lang} dir=${dir} aria-live=${live}>${content}</h6>`;
  }
}
