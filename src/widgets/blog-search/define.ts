import { BlogSearch } from './blog-search.js';

BlogSearch.define();

export { BlogSearch };

declare global {
  interface HTMLElementTagNameMap {
    'blog-search': BlogSearch;
  }
}
