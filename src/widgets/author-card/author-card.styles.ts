import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_gap);
    align-items: start;
    padding: var(--bw-author-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout=vertical]) .card {
    grid-template-columns: 1fr;
    justify-items: center;
    text-align: center;
  }
  .photo {
    inline-size: var(--bw-author-photo-size, 96px);
    block-size: var(--bw-author-photo-size, 96px);
    border-radius: var(--bw-author-photo-radius, 50%);
    object-fit: cover;
    background: var(--_border);
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .credentials {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .bio {
    margin-block-start: 0.5rem;
  }
  .bio ::slotted(*) {
    margin-block: 0 0.5rem;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  :host([layout=vertical]) .links {
    justify-content: center;
  }
  .cta {
    margin-block-start: 0.75rem;
  }
  /* Narrow containers stack photo and text. */
  @container(max-width: 320px) {
    .card {
      grid-template-columns: 1fr;
    }
  }
  .wrap {
    container-type: inline-size;
  }
`;
