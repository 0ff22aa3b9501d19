import { css } from 'lit';

export const styles = css`
  /* Red mixed with the text colour: dark red on a light page, light red on a dark one (4.5:1 either way). */
  :host {
    --_error: var(--bw-booking-error, color-mix(in srgb, #b3261e 60%, currentColor));
  }
  /* The loader's reserved box (loader/reserve.ts) while the first render's work goes on. */
  .held {
    min-height: 36.2em;
  }
  .root {
    container: booking/inline-size;
    display: grid;
    gap: var(--_gap);
    padding: var(--bw-booking-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .in-dialog .root {
    border: 0;
    padding: 0;
    background: none;
  }
  /* Heading levels follow heading-level; their look does not. */
  h1, h2, h3, h4, h5, h6, p {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1em;
  }
  #dialog-title {
    font-size: 1.15em;
    line-height: 1.3;
  }
  .step:focus, #dialog-title:focus {
    outline: none;
  }
  .crisis {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--bw-booking-crisis, #b3261e);
    background: color-mix(in srgb, var(--bw-booking-crisis, #b3261e) 8%, transparent);
    border-radius: var(--_radius);
  }
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .link-button {
    justify-self: start;
    text-align: start;
  }
  .month {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .month h3 {
    text-align: center;
    flex: 1;
  }
  .month button {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .month button:disabled {
    opacity: 0.4;
    cursor: not-allowed;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    text-align: center;
  }
  /* A weekday never breaks inside a word: the short form, or the narrow one when a short one does not fit
     (weekday-fit.ts); where a language has no narrow form of its own, the short one, smaller. */
  th {
    padding-block: 0.25rem;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
    overflow-wrap: normal;
  }
  th .narrow, .narrow-days th .short {
    display: none;
  }
  .narrow-days th .narrow {
    display: inline;
  }
  th .tight {
    font-size: 0.75em;
  }
  td {
    padding: 2px;
  }
  td[role=gridcell] {
    block-size: 2.5rem;
    min-inline-size: 24px;
    border-radius: var(--_radius);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  td[role=gridcell]:not([aria-disabled=true]) {
    font-weight: 600;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  td[aria-disabled=true] {
    color: var(--_muted);
    cursor: default;
    text-decoration: line-through color-mix(in srgb, currentColor 40%, transparent);
  }
  /* Each state is told apart by more than colour, and the chosen day outranks the free-day tint. */
  td[role=gridcell][aria-selected=true] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  td.today {
    box-shadow: inset 0 0 0 1px currentColor;
    text-decoration-line: underline;
    text-underline-offset: 0.2em;
  }
  td[role=gridcell]:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  td[role=gridcell][aria-selected=true]:focus-visible {
    outline-color: currentColor;
    box-shadow: inset 0 0 0 2px var(--_accent-text);
  }
  @media (forced-colors: active) {
    td[role=gridcell]:not([aria-disabled=true]) {
      border: 1px solid ButtonText;
    }
    td[role=gridcell][aria-selected=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    td[aria-disabled=true] {
      color: GrayText;
    }
    td.today {
      border: 2px dotted CanvasText;
    }
    td[role=gridcell]:focus-visible {
      outline: 3px solid CanvasText;
    }
  }
  .times {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .times .button {
    inline-size: 100%;
  }
  .times .button[aria-pressed=false] {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .alert {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
  }
  dialog {
    inline-size: min(40rem, 100vw - 1rem);
    max-block-size: calc(100dvh - 1rem);
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-booking-dialog-background, Canvas);
    color: var(--bw-booking-dialog-color, CanvasText);
  }
  dialog::backdrop {
    background: rgb(0 0 0/0.45);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
`;
