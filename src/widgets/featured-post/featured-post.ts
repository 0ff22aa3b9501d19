import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { boolean, duration, integer, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { errorKey, FEED_TYPES, FeedController, imageFor, resolveSource, type Feed, type FeedSource, type Post } from '../../core/feeds/index.js';
import type { FeedTypeOption } from '../../core/feeds/detect.js';
import { DEFAULT_TTL } from '../../core/feeds/load.js';
import { formatDate } from '../../core/i18n/index.js';
import { DEFAULT_TIMEOUT } from '../../core/net/request.js';
import { safeUrl, truncateWords } from '../../core/safe.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import type { PostsErrorDetail, PostsLoadDetail } from '../popular-posts/popular-posts.js';
import { normalise } from '../popular-posts/select.js';
import { styles } from './featured-post.styles.js';

const LAYOUTS = ['horizontal', 'vertical'] as const;
export type FeaturedLayout = (typeof LAYOUTS)[number];
const LOADING = ['lazy', 'eager'] as const;

/** Image box in CSS pixels (requested at this size times the device pixel ratio). */
const IMAGE: Record<FeaturedLayout, [number, number]> = { horizontal: [320, 180], vertical: [640, 360] };

/**
 * One highlighted post as a large card: image, title, snippet, date and a "Read more" link. The post is the one
 * at `post`, else the newest with `label`, else the newest of the blog.
 *
 * @tagname featured-post
 * @summary One highlighted post as a large card.
 *
 * @fires {CustomEvent<PostsLoadDetail>} posts-load - The post is shown. Detail: `{ posts: [post], source }`.
 * @fires {CustomEvent<PostsErrorDetail>} posts-error - Loading failed. Detail: `{ error }`.
 *
 * @csspart card - The card.
 * @csspart image - The post's image.
 * @csspart title - The title link.
 * @csspart snippet - The snippet.
 * @csspart meta - The date.
 * @csspart more - The "Read more" link.
 * @csspart skeleton - The placeholder card while loading.
 * @csspart empty - The "no posts" message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop [--bw-featured-padding=1rem] - Padding around the text.
 * @cssprop [--bw-accent=#1a73e8] - "Read more" background.
 * @cssprop [--bw-accent-text=#fff] - "Read more" text colour.
 * @cssprop [--bw-surface] - Card background.
 * @cssprop [--bw-border] - Card border and skeleton colour.
 * @cssprop [--bw-muted] - Date colour.
 * @cssprop [--bw-radius=8px] - Corner radius.
 */
export class FeaturedPost extends BlogWidget {
  static override defaultTag = 'featured-post';
  static override styles = [hostStyles, buttonStyles, styles];

  /** A blog's or a feed's address. Default: this site. */
  @property() src = '';

  /** The feed's platform or format: `auto`, `blogger`, `wordpress`, `rss`, `atom` or `json-feed`. */
  @property({ attribute: 'feed-type', converter: oneOf(FEED_TYPES, 'auto') })
  feedType: FeedTypeOption = 'auto';

  /** The address of the post to feature (looked up among the latest `scan` posts). */
  @property() post = '';

  /** Feature the newest post with this label. */
  @property() label = '';

  /** How many recent posts are searched for `post` (1-150). */
  @property({ converter: integer(50, 1, 150) })
  scan = 50;

  /** `horizontal` (image beside the text; stacked when narrow) or `vertical` (image above). */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'horizontal') })
  layout: FeaturedLayout = 'horizontal';

  /** Words of snippet (0 hides it). */
  @property({ attribute: 'snippet-words', converter: integer(30, 0, 80) })
  snippetWords = 30;

  /** Show the post's date (`show-date="false"` hides it). */
  @property({ attribute: 'show-date', converter: boolean })
  showDate = true;

  /** How long loaded posts count as fresh, e.g. `10m`, `1h` (0 turns caching off). */
  @property({ attribute: 'cache-ttl', converter: duration(DEFAULT_TTL) })
  cacheTtl = DEFAULT_TTL;

  /** `lazy` (load when the widget comes near the viewport) or `eager`. */
  @property({ converter: oneOf(LOADING, 'lazy') })
  loading: 'lazy' | 'eager' = 'lazy';

  /** Milliseconds to wait for the feed before showing an error. */
  @property({ converter: integer(DEFAULT_TIMEOUT, 100, 120_000) })
  timeout = DEFAULT_TIMEOUT;

  private readonly feeds = new FeedController(this, {
    onLoad: (feed) => this.loaded(feed),
    onError: (error) => this.emit<PostsErrorDetail>('posts-error', { error }),
  });

  private source?: FeedSource;
  private shown?: Post;

  /** Loads the post again from the network. */
  retry(): void {
    this.feeds.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['src', 'feedType', 'post', 'label', 'scan', 'cacheTtl', 'loading', 'timeout'] as const;
    if (this.feeds.feed && changed.has('post')) this.shown = this.pick(this.feeds.feed);
    if (this.hasUpdated && !inputs.some((name) => changed.has(name))) return;
    this.source = resolveSource(this.src, this.feedType);
    const byAddress = Boolean(this.post.trim());
    this.feeds.set({
      source: this.source,
      query: { max: byAddress ? this.scan : 25, label: !byAddress && this.label.trim() ? this.label.trim() : undefined },
      ttl: this.cacheTtl,
      timeout: this.timeout,
      eager: this.loading === 'eager',
    });
  }

  private loaded(feed: Feed): void {
    this.shown = this.pick(feed);
    this.emit<PostsLoadDetail>('posts-load', { posts: this.shown ? [this.shown] : [], source: this.source! });
  }

  private pick(feed: Feed): Post | undefined {
    const wanted = this.post.trim();
    return wanted ? feed.posts.find((p) => normalise(p.url) === normalise(wanted)) : feed.posts[0];
  }

  protected override render() {
    const { state } = this.feeds;
    return html`<div class="wrap" lang=${this.language} dir=${this.textDirection}>
      ${state === 'ready' ? this.renderPost() : state === 'error' ? this.renderError() : this.renderSkeleton()}
    </div>`;
  }

  private renderSkeleton() {
    return html`<p class="visually-hidden" role="status">${this.t('posts.loading')}</p>
      <div class="card" part="card skeleton" aria-hidden="true">
        <span class="image bone"></span>
        <div class="body">
          <span class="bone line"></span>
          <span class="bone line"></span>
          <span class="bone line short"></span>
        </div>
      </div>`;
  }

  private renderError() {
    const error = this.feeds.error;
    return html`<div class="error" part="error">
      <p class="state" role="alert">${this.t(errorKey(error), { status: error?.status ?? '' })}</p>
      <button class="button quiet" part="retry" type="button" @click=${() => this.retry()}>${this.t('common.retry')}</button>
    </div>`;
  }

  private renderPost() {
    const post = this.shown;
    if (!post) return html`<p class="state" part="empty">${this.t('posts.empty')}</p>`;
    const [w, h] = IMAGE[this.layout];
    const image = imageFor(post.image, w, h);
    const href = safeUrl(post.url);
    const title = post.title || this.t('posts.untitled');
    const date = this.showDate && post.published ? formatDate(post.published, this.language) : '';
    return html`<article class="card" part="card" aria-labelledby="title">
      ${image ? html`<img class="image" part="image" src=${image} alt="" width=${w} height=${h} loading="lazy" decoding="async" />` : html`<span class="image" part="image"></span>`}
      <div class="body">
        <h2 class="title" id="title">${href ? html`<a part="title" href=${href}>${title}</a>` : html`<span part="title">${title}</span>`}</h2>
        ${this.snippetWords > 0 && post.summary ? html`<p class="snippet" part="snippet">${truncateWords(post.summary, this.snippetWords)}</p>` : nothing}
        ${date ? html`<p class="meta" part="meta"><time datetime=${post.published!.toISOString()}>${date}</time></p>` : nothing}
        ${href
          ? html`<a class="button more" part="more" href=${href} aria-label=${this.t('posts.readMoreLabel', { title })}>${this.t('posts.readMore')}</a>`
          : nothing}
      </div>
    </article>`;
  }
}
