import { FeaturedPost } from './featured-post.js';

FeaturedPost.define();

export { FeaturedPost };

declare global {
  interface HTMLElementTagNameMap {
    'featured-post': FeaturedPost;
  }
}
