import { AuthorCard } from './author-card.js';

AuthorCard.define();

export { AuthorCard };

declare global {
  interface HTMLElementTagNameMap {
    'author-card': AuthorCard;
  }
}
