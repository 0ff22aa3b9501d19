import { css } from 'lit';

// The styles <popular-posts> and <featured-post> share; each lists them before its own sheet, which may override.

/**
 * What <popular-posts> and <featured-post> share: the loading skeleton's bones, the place of a missing picture, and
 * the empty and error states (the empty message over the skeleton's unseen shape).
 */
export const feedStateStyles = css`
  /* "No posts" keeps the room the skeleton took: the message over the unseen shape of the list or card. */
  .reserve {
    position: relative;
  }
  .reserve > .state {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    margin: 0;
  }
  .bone {
    display: block;
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.55;
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.line {
    block-size: 1em;
    margin-block: 0.2em;
  }
  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }
  /* A post without a picture keeps the picture's place (no layout shift) with a quiet tint of the accent colour. */
  span.image:not(.bone),
  span.thumb:not(.bone) {
    background: linear-gradient(
      135deg,
      color-mix(in srgb, var(--_accent) 28%, transparent),
      color-mix(in srgb, var(--_accent) 6%, transparent)
    );
  }
  .state {
    margin: 0;
  }
  .error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
`;

/**
 * The line clamp both share: a title's `.clamp` span and a `.snippet` show two lines and hide the rest (a widget's
 * own sheet, after this one, may set another `-webkit-line-clamp`).
 */
export const lineClampStyles = css`
  .clamp,
  .snippet {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
`;
