import { css } from 'lit';

export const styles = css`
  form {
    position: relative;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.35rem;
  }
  .row {
    display: flex;
    gap: 0.5rem;
  }
  .field {
    position: relative;
    flex: 1;
    min-inline-size: 0;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding-block: 0.4em;
    padding-inline: 0.75em 2.2em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-input-background, transparent);
    color: inherit;
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .spinner {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: 0.7em;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: -0.5em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .popup {
    position: absolute;
    z-index: var(--bw-search-z-index, 10);
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    max-block-size: var(--bw-search-max-height, 24rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-search-popup-background, Canvas);
    color: var(--bw-search-popup-color, CanvasText);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.15);
  }
  [role='listbox'] {
    margin: 0;
    padding: 0.25rem;
    list-style: none;
  }
  [role='option'] {
    display: flex;
    gap: 0.6rem;
    align-items: center;
    padding: 0.45rem 0.6rem;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  /* Forced colours drop the accent background: the system's own selection colours mark the result instead. */
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  [role='option'] img {
    flex: none;
    inline-size: 48px;
    block-size: 48px;
    object-fit: cover;
    border-radius: 4px;
  }
  .title {
    display: block;
    font-weight: 600;
    line-height: 1.3;
  }
  .date {
    display: block;
    font-size: 0.85em;
    opacity: 0.8;
  }
  mark {
    background: var(--bw-search-highlight, color-mix(in srgb, var(--_accent) 25%, transparent));
    color: inherit;
    border-radius: 2px;
  }
  /* On the accent background the faded date would fall below 4.5:1. */
  [aria-selected='true'] .date {
    opacity: 1;
  }
  [aria-selected='true'] mark {
    background: transparent;
    text-decoration: underline;
  }
  .message {
    margin: 0;
    padding: 0.75rem;
  }
  .message button,
  .message a {
    margin-inline-start: 0.35rem;
  }
`;
