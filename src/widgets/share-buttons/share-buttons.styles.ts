import { css } from 'lit';

export const styles = css`
  .root {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_gap);
  }
  .heading {
    font-weight: 600;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bw-share-gap, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    min-inline-size: 2.5rem;
    justify-content: center;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--bw-share-radius, 999px);
    background: var(--_surface);
    color: inherit;
    text-decoration: none;
    cursor: pointer;
    line-height: 1.2;
  }
  .button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  :host([layout='icons']) .button {
    padding: 0.35em;
  }
  svg {
    flex: none;
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
`;
