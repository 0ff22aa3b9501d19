import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { duration, integer, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../core/heading.js';
import { enPosts } from '../../core/i18n/en/posts.js';
import { errorKey, FeedController } from '../../core/feeds/controller.js';
import { FEED_TYPES, resolveSource, type FeedSource, type FeedTypeOption } from '../../core/feeds/detect.js';
import type { Feed, Post, PostQuery } from '../../core/feeds/types.js';
import { DEFAULT_TTL } from '../../core/feeds/load.js';
import { DEFAULT_TIMEOUT, type NetError, type NetErrorKind } from '../../core/net/request.js';
import type { ErrorDetail } from '../../core/errors.js';
import { Words } from '../../core/warn.js';

/** `detail` of the `posts-load` event. */
export interface PostsLoadDetail {
  /** The posts shown, normalised. */
  posts: Post[];
  /** Where they came from: the platform and address. */
  source: FeedSource;
}

/** `detail` of the `posts-error` event: `{ kind, status?, message }` as every `*-error` event (core/errors.ts), and the error. */
export interface PostsErrorDetail extends ErrorDetail {
  /** Why loading failed: network, timeout, http, parse or cors (the same as `error.kind`). */
  kind: NetErrorKind;
  /** Why loading failed: `kind` is network, timeout, http, parse or cors. */
  error: NetError;
}

const LOADING = ['lazy', 'eager'] as const;

/** Properties of `FeedWidget` that change what is loaded. */
const FEED_INPUTS = ['src', 'feedType', 'label', 'scan', 'cacheTtl', 'loading', 'timeout'] as const;

/**
 * What <popular-posts> and <featured-post> share: where posts come from, how they load (lazily, cached, shared,
 * with a timeout), the `posts-load` / `posts-error` events, `retry()` and the error state with its retry button.
 * Not a custom element itself.
 */
export class FeedWidget extends BlogWidget {
  /** @internal */
  static override messages = { en: enPosts, hi: () => import('../../core/i18n/hi/posts.js').then((m) => m.hiPosts) };

  /** A blog's or a feed's address. Default: this site (its Blogger feed, or the feed the page links to). */
  @property() src = '';

  /**
   * The feed's platform or format: `auto`, `blogger`, `wordpress`, `rss`, `atom` or `json-feed`. `blogger` also allows
   * JSONP for a Blogger blog on a custom domain (JSONP is otherwise used only on blogspot and blogger.com hosts).
   */
  @property({ attribute: 'feed-type', converter: oneOf(FEED_TYPES, 'auto') })
  feedType: FeedTypeOption = 'auto';

  /** Only posts with this label (Blogger label, WordPress category slug, RSS category). */
  @property() label = '';

  /** How many recent posts are looked through when choosing (1-150). */
  @property({ converter: integer(50, 1, 150) })
  scan = 50;

  /** How long loaded posts count as fresh, e.g. `10m`, `1h` (0 turns caching off). */
  @property({ attribute: 'cache-ttl', converter: duration(DEFAULT_TTL) })
  cacheTtl = DEFAULT_TTL;

  /** `lazy` (load when the widget comes near the viewport) or `eager`. */
  @property({ converter: oneOf(LOADING, 'lazy') })
  loading: 'lazy' | 'eager' = 'lazy';

  /** Milliseconds to wait for the feed before showing an error. */
  @property({ converter: integer(DEFAULT_TIMEOUT, 100, 120_000) })
  timeout = DEFAULT_TIMEOUT;

  /** Level of the widget's heading (1-6). Default 4: under a Blogger gadget's `h3` title. */
  @property({ attribute: 'heading-level', converter: headingLevel })
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected readonly feeds = new FeedController(this, {
    onLoad: (feed) => this.loaded(feed),
    onError: (error) => {
      const detail: PostsErrorDetail = { kind: error.kind, message: this.errorText(error), error };
      if (error.status !== undefined) detail.status = error.status;
      this.emit('posts-error', detail);
    },
  });

  protected source?: FeedSource;

  /** Whether the visitor pressed Retry: only then is a new error announced (at page load it is only shown). */
  private visitorRetried = false;

  /** Loads the posts again from the network. */
  retry(): void {
    void this.feeds.retry();
  }

  /** Whether a property that decides what to load changed (the subclass adds its own names). */
  protected feedInputsChanged(changed: PropertyValues, more: readonly string[] = []): boolean {
    return !this.hasUpdated || [...FEED_INPUTS, ...more].some((name) => changed.has(name));
  }

  /** Resolves the source and asks the controller for `query` with this widget's cache, timeout and loading. */
  protected loadPosts(query: PostQuery): void {
    this.source = resolveSource(
      this.safeAttribute('src', this.src, new Words("this site's feed")) ?? '',
      this.feedType,
    );
    this.feeds.set({
      source: this.source,
      query,
      ttl: this.cacheTtl,
      timeout: this.timeout,
      eager: this.loading === 'eager',
    });
  }

  /** Called with each loaded feed; the subclass chooses what to show and announces `posts-load`. */
  protected loaded(_feed: Feed): void {}

  /** Announces the posts now shown. */
  protected announce(posts: Post[]): void {
    this.emit('posts-load', { posts, source: this.source! });
  }

  /** The text shown for a failed load. */
  private errorText(error: NetError | undefined): string {
    return this.t(errorKey(error), { status: error?.status ?? '' });
  }

  private onRetry(): void {
    this.visitorRetried = true;
    this.retry();
  }

  protected renderError() {
    const error = this.feeds.error;
    return html`<div class="error" part="error">
      <p class="state" role=${this.visitorRetried ? 'alert' : nothing}>${this.errorText(error)}</p>
      <button class="button quiet" part="retry" type="button" @click=${this.onRetry}>${this.t('common.retry')}</button>
    </div>`;
  }
}
