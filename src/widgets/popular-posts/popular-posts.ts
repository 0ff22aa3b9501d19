import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { boolean, integer, oneOf, splitList } from '../../core/attributes.js';
import { densitySrcset, imageFor } from '../../core/feeds/images.js';
import type { Feed, Post } from '../../core/feeds/types.js';
import { formatDate } from '../../core/i18n/index.js';
import { relFor, safeUrl, truncateWords } from '../../core/safe.js';
import { postTitle } from '../../core/feeds/title.js';
import { Words } from '../../core/warn.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { FeedWidget } from '../shared/feed-widget.js';
import { feedStateStyles, lineClampStyles } from '../shared/styles.js';
import { styles } from './popular-posts.styles.js';
import { ORDERS, readPageLinks, selectPosts, type PageLink, type PostsOrder } from './select.js';

export type { PostsOrder } from './select.js';
import type { PostsErrorDetail, PostsLoadDetail } from '../shared/feed-widget.js';
import { heading } from '../../core/heading.js';

export type { PostsErrorDetail, PostsLoadDetail };

const LAYOUTS = ['list', 'cards', 'compact'] as const;
export type PostsLayout = (typeof LAYOUTS)[number];

/** Thumbnail box per layout, in CSS pixels (images are requested at this size times the device pixel ratio). */
const THUMB: Record<PostsLayout, [number, number]> = { list: [72, 72], compact: [40, 40], cards: [320, 180] };

const urls = {
  fromAttribute: (value: string | null) => (value ? splitList(value) : []),
  toAttribute: (value: string[]) => value.join(' '),
};

/**
 * The blog's popular, most-commented, latest, labelled or hand-picked posts, from its own feed (Blogger,
 * WordPress, RSS, Atom or JSON Feed). A bare `<popular-posts></popular-posts>` on a Blogger blog shows its
 * latest posts with no configuration.
 *
 * @tagname popular-posts
 * @summary The blog's popular, most-commented, latest, labelled or hand-picked posts, with thumbnails.
 *
 * @fires {CustomEvent<PostsLoadDetail>} posts-load - Posts are shown (also from the cache). Detail: `{ posts, source }`.
 * @fires {CustomEvent<PostsErrorDetail>} posts-error - Loading failed. Detail: `{ kind, status?, message, error }`: `kind` network, timeout, http, parse or cors; `message` what the visitor was shown.
 *
 * @csspart heading - The heading, when `heading` is set.
 * @csspart list - The list of posts.
 * @csspart item - One post.
 * @csspart thumbnail - A post's image.
 * @csspart title - A post's title link.
 * @csspart snippet - A post's snippet.
 * @csspart meta - Date and comment count.
 * @csspart skeleton - The placeholder rows while loading.
 * @csspart empty - The "no posts" message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop [--bw-posts-thumb-size=72px] - Thumbnail size in the list layout (40px in compact).
 * @cssprop [--bw-posts-card-min=12rem] - Narrowest card in the cards layout.
 * @cssprop --bw-accent - Focus ring and retry button colour; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop [--bw-surface] - Card background.
 * @cssprop [--bw-border] - Card border and skeleton colour.
 * @cssprop [--bw-muted] - Snippet and date colour.
 * @cssprop [--bw-radius=8px] - Corner radius of cards and thumbnails.
 * @cssprop [--bw-gap=0.75rem] - Space between posts.
 */
export class PopularPosts extends FeedWidget {
  static override defaultTag = 'popular-posts';
  static override styles = [hostStyles, buttonStyles, feedStateStyles, lineClampStyles, styles];

  /** `latest`, `comments` (most commented among the latest `scan`), `random`, `curated` (the `posts` list) or `gadget` (the links in `from`). */
  @property({ converter: oneOf(ORDERS, 'latest') })
  order: PostsOrder = 'latest';

  /** For `order="curated"`: post addresses, space-separated, in the order to show. */
  @property({ converter: urls })
  posts: string[] = [];

  /** For `order="gadget"`: a CSS selector for the page's own popular-posts list, hidden once ours has rendered. */
  @property() from = '';

  /** How many posts to show (1-20). */
  @property({ converter: integer(5, 1, 20) })
  max = 5;

  /** Leave out the post being read. */
  @property({ attribute: 'exclude-current', converter: boolean })
  excludeCurrent = false;

  /** `list`, `cards` or `compact`. */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'list') })
  layout: PostsLayout = 'list';

  /** Show thumbnails (`thumbnails="false"` hides them). */
  @property({ converter: boolean })
  thumbnails = true;

  /** Words of snippet under each title (0 hides snippets; compact never shows them). */
  @property({ attribute: 'snippet-words', converter: integer(15, 0, 60) })
  snippetWords = 15;

  /** Show each post's date (`show-date="false"` hides it). */
  @property({ attribute: 'show-date', converter: boolean })
  showDate = true;

  /** Show each post's comment count. */
  @property({ attribute: 'show-comments', converter: boolean })
  showComments = false;

  /** A heading above the list, e.g. "Most read". */
  @property() heading = '';

  private picks: PageLink[] = [];
  private shown: Post[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      this.feeds.feed &&
      (['order', 'max', 'excludeCurrent', 'posts', 'from'] as const).some((name) => changed.has(name))
    ) {
      this.picks = this.readPicks();
      this.shown = this.select(this.feeds.feed);
    }
    if (!this.feedInputsChanged(changed, ['order', 'posts', 'from', 'max'])) return;
    this.picks = this.readPicks();
    this.loadPosts({
      max: this.order === 'latest' ? 25 : this.scan,
      label: this.order === 'curated' || this.order === 'gadget' ? undefined : this.label.trim() || undefined,
    });
  }

  private readPicks(): PageLink[] {
    if (this.order === 'curated') {
      const picks = this.posts
        .map((address) => ({
          url: this.safeAttribute('posts', address, new Words('the other addresses')) ?? '',
          title: '',
        }))
        .filter((p) => p.url);
      if (!picks.length)
        this.warnAttribute('posts', 'order="curated" needs post addresses in "posts"', new Words('no posts'));
      return picks;
    }
    if (this.order === 'gadget') {
      let container: Element | null;
      try {
        container = this.from ? document.querySelector(this.from) : null;
      } catch {
        container = null;
      }
      if (!container)
        this.warnAttribute('from', `${JSON.stringify(this.from)} finds no element on the page`, new Words('no posts'));
      return container ? readPageLinks(container) : [];
    }
    return [];
  }

  protected override loaded(feed: Feed): void {
    this.shown = this.select(feed);
    this.announce(this.shown);
  }

  private select(feed: Feed): Post[] {
    return selectPosts(feed.posts, {
      order: this.order,
      max: this.max,
      excludeCurrent: this.excludeCurrent,
      picks: this.picks,
    });
  }

  protected override updated(): void {
    // The page's own gadget hides only once ours shows posts.
    if (this.order === 'gadget' && this.feeds.state === 'ready' && this.shown.length && this.from) {
      try {
        const original = document.querySelector<HTMLElement>(this.from);
        if (original && !original.contains(this)) original.hidden = true;
      } catch {
        // an invalid selector was already warned about
      }
    }
  }

  private get snippets(): boolean {
    return this.snippetWords > 0 && this.layout !== 'compact';
  }

  private get meta(): boolean {
    return (this.showDate || this.showComments) && this.layout !== 'compact';
  }

  private listClass(): string {
    return `list${this.snippets ? ' has-snippet' : ''}${this.meta ? ' has-meta' : ''}`;
  }

  protected override render() {
    const { state } = this.feeds;
    const headingId = 'heading';
    return html`<div class="wrap" lang=${this.language} dir=${this.textDirection}>
      ${this.heading ? heading(this.headingLevel, { class: 'heading', part: 'heading', id: headingId, lang: this.contentLanguage, dir: 'auto' }, this.heading) : nothing}
      ${state === 'ready' ? this.renderPosts() : state === 'error' ? this.renderError() : this.renderSkeleton()}
    </div>`;
  }

  private renderSkeleton() {
    return html`<p class="visually-hidden">${this.t('posts.loading')}</p>${this.renderBones('list skeleton')}`;
  }

  /** The shape of the list while it loads; also kept, unseen, under "no posts" so the page does not move. */
  private renderBones(part: string | typeof nothing) {
    const thumbs = this.thumbnails;
    return html`<ul class=${this.listClass()} part=${part} aria-hidden="true">
        ${Array.from(
          { length: this.max },
          () => html`<li class="item${thumbs ? '' : ' no-thumb'}">
            ${thumbs ? html`<span class="thumb bone"></span>` : nothing}
            <span class="text">
              <span class="bone line"></span>
              ${this.snippets ? html`<span class="bone line"></span>` : nothing}
              ${this.meta ? html`<span class="bone line short"></span>` : nothing}
            </span>
          </li>`,
        )}
      </ul>`;
  }

  private renderPosts() {
    const posts = this.shown;
    if (!posts.length) {
      return html`<div class="reserve"><p class="state" part="empty">${this.t('posts.empty')}</p>${this.renderBones(nothing)}</div>`;
    }
    const [w, h] = THUMB[this.layout];
    const lang = this.language;
    // Titles and snippets are the feed's text: its declared language, else the page's; their own direction.
    const theirs = this.feeds.feed?.language || this.contentLanguage;
    return html`<ul
      class=${this.listClass()}
      part="list"
      aria-labelledby=${this.heading ? 'heading' : nothing}
      aria-label=${this.heading ? nothing : this.t('posts.listLabel')}
    >
      ${posts.map((post) => {
        const href = safeUrl(post.url);
        const image = this.thumbnails ? imageFor(post.image, w, h, 1) : undefined;
        const title = postTitle(post, lang) || this.t('posts.untitled');
        const date = this.showDate && post.published ? formatDate(post.published, lang) : '';
        const comments = this.showComments && post.commentCount !== undefined;
        return html`<li class="item${this.thumbnails ? '' : ' no-thumb'}" part="item">
          ${
            this.thumbnails
              ? image
                ? html`<img class="thumb" part="thumbnail" src=${image} srcset=${densitySrcset(post.image, w, h) ?? nothing} alt="" width=${w} height=${h} loading="lazy" decoding="async" />`
                : html`<span class="thumb" part="thumbnail"></span>`
              : nothing
          }
          <span class="text">
            ${href ? html`<a class="title" part="title" href=${href} rel=${relFor(href) ?? nothing} lang=${theirs} dir="auto"><span class="clamp">${title}</span></a>` : html`<span class="title" part="title" lang=${theirs} dir="auto"><span class="clamp">${title}</span></span>`}
            ${this.snippets && post.summary ? html`<span class="snippet" part="snippet" lang=${theirs} dir="auto">${truncateWords(post.summary, this.snippetWords)}</span>` : nothing}
            ${
              this.meta && (date || comments)
                ? html`<span class="meta" part="meta">
                  ${date ? html`<time datetime=${post.published!.toISOString()}>${date}</time>` : nothing}
                  ${comments ? html`<span>${this.t('posts.comments', { count: post.commentCount! })}</span>` : nothing}
                </span>`
                : nothing
            }
          </span>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'posts-load': CustomEvent<PostsLoadDetail>;
    'posts-error': CustomEvent<PostsErrorDetail>;
  }
}
