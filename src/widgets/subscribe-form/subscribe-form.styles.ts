import { css } from 'lit';

// The error and success colours are mixed with the text colour, so they stay readable on light and dark themes.

export const styles = css`
  .root {
    display: grid;
    gap: var(--bw-subscribe-gap, 0.5rem);
    --_error: var(--bw-subscribe-error, color-mix(in srgb, #d93025 60%, currentColor));
    --_success: var(--bw-subscribe-success, color-mix(in srgb, #188038 60%, currentColor));
  }
  p {
    margin: 0;
  }
  .heading {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .description,
  .privacy {
    color: var(--_muted);
    font-size: 0.925em;
  }
  form {
    display: grid;
    gap: var(--bw-subscribe-gap, 0.5rem);
    position: relative;
  }
  .row {
    display: grid;
    gap: 0.25rem;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input[type='email'],
  input[type='text'] {
    flex: 1 1 12rem;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-surface, transparent);
    color: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }
  .consent input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .consent .field-error {
    grid-column: 1 / -1;
  }
  .field-error,
  .failure p {
    color: var(--_error);
    font-size: 0.925em;
  }
  .failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .status:empty {
    display: none;
  }
  .status.done {
    color: var(--_success);
    font-weight: 600;
  }
  .status:focus {
    outline: none;
  }
  /* Clipped in place, never pushed off-screen: an offset widens the page in one direction or the other. */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .status.done,
    .field-error {
      color: CanvasText;
    }
  }
`;
