import { PopularPosts } from './popular-posts.js';

PopularPosts.define();

export { PopularPosts };

declare global {
  interface HTMLElementTagNameMap {
    'popular-posts': PopularPosts;
  }
}
