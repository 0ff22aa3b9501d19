import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .root {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .button {
    min-block-size: 2.25rem;
    padding: 0.3em 0.8em;
    font-weight: 500;
  }
  .button svg {
    flex: none;
  }
  .chevron {
    margin-inline-start: -0.15em;
  }
  .picker {
    position: relative;
  }
  .menu {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    min-inline-size: var(--bw-translate-menu-width, 12rem);
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-translate-menu-background, Canvas);
    color: var(--bw-translate-menu-color, CanvasText);
    box-shadow: 0 4px 16px color-mix(in srgb, currentColor 18%, transparent);
  }
  .menu[hidden] {
    display: none;
  }
  [role='menuitemradio'] {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25rem;
    padding-block: 0.3em;
    padding-inline: 1.6em 0.75em;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
    position: relative;
  }
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  [role='menuitemradio'][aria-checked='true']::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.6em;
    inset-block-start: 50%;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.225em;
    border-radius: 50%;
    background: var(--_accent);
  }
  /* Forced colours replace backgrounds with Canvas: the dot is drawn in the text colour instead. */
  @media (forced-colors: active) {
    [role='menuitemradio'][aria-checked='true']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
  .tag {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  /* The line keeps its height when empty, so a notice appearing or going moves nothing below the toggle. */
  .notice {
    min-block-size: max(1lh, 1.5rem);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
