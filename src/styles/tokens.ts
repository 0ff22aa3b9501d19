import { css } from 'lit';

/**
 * The host reset and design tokens every widget shares.
 *
 * Widgets inherit the blog's font and colour, so they look native on any theme, light or dark. Tokens are
 * read with fallbacks computed from `currentColor`, so a dark theme needs no configuration; owners may still set
 * any `--bw-*` property on the widget or on an ancestor (`body { --bw-accent: #0a7 }`). The accent defaults to
 * the blog's own link colour (core/page-accent.ts), then #1a73e8.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-size: var(--bw-font-size, inherit);
    line-height: 1.5;
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    --_accent: var(--bw-accent, var(--_page-accent, #1a73e8));
    --_accent-text: var(--bw-accent-text, var(--_page-accent-text, #fff));
    --_surface: var(--bw-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--bw-border, color-mix(in srgb, currentColor 22%, transparent));
    --_muted: var(--bw-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_radius: var(--bw-radius, 8px);
    --_gap: var(--bw-gap, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  *, ::before, ::after {
    box-sizing: inherit;
  }
  a {
    color: inherit;
  }
  a, button, input, select, textarea {
    font: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button, a, [role=button] {
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *, ::before, ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** A button in the accent colour, its quiet variant, and a button that looks like a link. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    padding: 0.45em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.quiet {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
  .button:disabled, .button[aria-disabled=true] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
