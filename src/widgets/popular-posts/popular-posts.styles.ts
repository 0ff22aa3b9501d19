import { css } from 'lit';

/** Row heights are fixed per layout so the skeleton has the final height: no layout shift when posts arrive. */
export const styles = css`
  :host {
    --_thumb: var(--bw-posts-thumb-size, 72px);
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-items: start;
  }
  .item.no-thumb {
    grid-template-columns: 1fr;
  }
  .thumb {
    inline-size: var(--_thumb);
    block-size: var(--_thumb);
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_border);
  }
  /* A fixed text height per layout and options: the skeleton and the posts take the same room. */
  .list {
    --_s: 0px;
    --_m: 0px;
  }
  .list.has-snippet {
    --_s: calc(1.35em * 0.9 + 0.15rem);
  }
  .list.has-meta {
    --_m: calc(1.5em * 0.85 + 0.15rem);
  }
  /* The text block clips what does not fit; its 4px padding (taken back by the negative block margin) is the room
     the focus ring of the title link (2px offset + 2px width) is drawn in. */
  /* The room is fixed (two title lines); a one-line title leaves its second line to the snippet, which may run one
     line longer than reserved and is cut at a line's edge when the title takes both, and the meta ends the block. */
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-inline-size: 0;
    padding: 4px;
    margin-block: -4px;
    block-size: calc(1.3em * 2 + var(--_s) + var(--_m) + 8px);
    overflow: hidden;
  }
  /* The clamp is on the span inside the link: a clamp clips, and must not clip the link's own ring. */
  .title {
    display: block;
    flex: none;
    font-weight: 600;
    line-height: 1.3;
    text-decoration: none;
  }
  a.title:hover,
  a.title:focus-visible {
    text-decoration: underline;
  }
  /* The whole row opens the post; the link's name stays the title. */
  a.title::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .snippet {
    flex: 1 1 0;
    min-block-size: 0;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    line-height: 1.35;
  }
  .meta {
    flex: none;
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* compact: titles only, small thumbnails */
  :host([layout='compact']) {
    --_thumb: var(--bw-posts-thumb-size, 40px);
  }
  :host([layout='compact']) .list {
    gap: 0.5rem;
  }
  :host([layout='compact']) .item {
    align-items: center;
  }
  :host([layout='compact']) .title {
    font-weight: 500;
  }
  /* cards: a grid of cards with a 16:9 image */
  :host([layout='cards']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bw-posts-card-min, 12rem)), 1fr));
  }
  :host([layout='cards']) .item {
    grid-template-columns: 1fr;
    grid-template-rows: auto 1fr;
    gap: 0;
    block-size: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout='cards']) .thumb {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }
  :host([layout='cards']) .list.has-snippet {
    --_s: calc(1.35em * 0.9 * 2 + 0.15rem);
  }
  :host([layout='cards']) .text {
    padding: 0.6rem 0.75rem 0.75rem;
    margin-block: 0;
    block-size: calc(1.3em * 2 + var(--_s) + var(--_m) + 1.35rem);
  }
  :host([layout='cards']) .snippet {
    -webkit-line-clamp: 3;
  }
  /* skeleton */
  .bone.line {
    block-size: 0.9em;
  }
  .bone.short {
    inline-size: 40%;
  }
  .thumb.bone {
    border-radius: calc(var(--_radius) / 2);
  }
  :host([layout='cards']) .thumb.bone {
    border-radius: 0;
  }
  .reserve > .list {
    visibility: hidden;
  }
`;
