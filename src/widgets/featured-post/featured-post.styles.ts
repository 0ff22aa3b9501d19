import { css } from 'lit';

/** The text block has a fixed height so the skeleton takes the card's final room. */
export const styles = css`
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout='vertical']) .card {
    grid-template-columns: 1fr;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_border);
  }
  /* Room for what this card shows (two title lines, the button, a snippet and a date when they are on), so the
     skeleton is the card's final size and no band is left for parts that are off. */
  .body {
    --_s: 0px;
    --_m: 0px;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    padding: var(--bw-featured-padding, 1rem);
    block-size: calc(1.3em * 1.25 * 2 + 2.5rem + 0.4rem + var(--_s) + var(--_m) + var(--bw-featured-padding, 1rem) * 2);
    overflow: hidden;
  }
  .body.has-snippet {
    --_s: calc(1.45em * 3 + 0.4rem);
  }
  .body.has-meta {
    --_m: calc(1.5em * 0.9 + 0.4rem);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* The link is a block inside the heading and the clamp a span inside the link: the ring falls in the padding of
     .body, not inside a box that clips. */
  .title a {
    display: block;
    text-decoration: none;
  }
  .title a:hover,
  .title a:focus-visible {
    text-decoration: underline;
  }
  .snippet {
    margin: 0;
    line-height: 1.45;
    -webkit-line-clamp: 3;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* "Read more" ends the card; a shorter title leaves its room above the button, not under it. */
  .more {
    align-self: flex-start;
    margin-block-start: auto;
  }
  /* Narrow containers stack the image above the text. */
  .wrap {
    container-type: inline-size;
  }
  @container (max-width: 420px) {
    .card {
      grid-template-columns: 1fr;
    }
  }
  .image.bone {
    border-radius: 0;
  }
  .bone.short {
    inline-size: 35%;
  }
  .reserve > .card {
    visibility: hidden;
  }
`;
