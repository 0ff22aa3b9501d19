import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { boolean, integer, oneOf } from '../../core/attributes.js';
import { imageFor, widthSrcset } from '../../core/feeds/images.js';
import type { Feed, Post } from '../../core/feeds/types.js';
import { formatDate } from '../../core/i18n/index.js';
import { relFor, safeUrl, truncateWords } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { postTitle } from '../../core/feeds/title.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { normalise } from '../../core/feeds/normalise-address.js';
import { FeedWidget } from '../shared/feed-widget.js';
import { feedStateStyles, lineClampStyles } from '../shared/styles.js';
import { styles } from './featured-post.styles.js';
import { heading } from '../../core/heading.js';

const LAYOUTS = ['horizontal', 'vertical'] as const;
export type FeaturedLayout = (typeof LAYOUTS)[number];

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
 * @fires {CustomEvent<PostsErrorDetail>} posts-error - Loading failed. Detail: `{ kind, status?, message, error }` (`message`: what the visitor was shown).
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
 * @cssprop --bw-accent - "Read more" background; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop --bw-accent-text - "Read more" text colour; by default black or white, whichever reads on the accent.
 * @cssprop [--bw-surface] - Card background.
 * @cssprop [--bw-border] - Card border and skeleton colour.
 * @cssprop [--bw-muted] - Date colour.
 * @cssprop [--bw-radius=8px] - Corner radius.
 */
export class FeaturedPost extends FeedWidget {
  static override defaultTag = 'featured-post';
  static override styles = [hostStyles, buttonStyles, feedStateStyles, lineClampStyles, styles];

  /** The address of the post to feature (looked up among the latest `scan` posts). */
  @property() post = '';

  /** `horizontal` (image beside the text; stacked when narrow) or `vertical` (image above). */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'horizontal') })
  layout: FeaturedLayout = 'horizontal';

  /** Words of snippet (0 hides it). */
  @property({ attribute: 'snippet-words', converter: integer(30, 0, 80) })
  snippetWords = 30;

  /** Show the post's date (`show-date="false"` hides it). */
  @property({ attribute: 'show-date', converter: boolean })
  showDate = true;

  private shown?: Post;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.feeds.feed && changed.has('post')) this.shown = this.pick(this.feeds.feed);
    if (!this.feedInputsChanged(changed, ['post'])) return;
    const byAddress = Boolean(this.wanted);
    this.loadPosts({
      max: byAddress ? this.scan : 25,
      label: !byAddress && this.label.trim() ? this.label.trim() : undefined,
    });
  }

  protected override loaded(feed: Feed): void {
    this.shown = this.pick(feed);
    this.announce(this.shown ? [this.shown] : []);
  }

  /** The post asked for by address (a refused address warns once and features the newest post). */
  private get wanted(): string {
    return this.safeAttribute('post', this.post, new Words('the newest post')) ?? '';
  }

  private pick(feed: Feed): Post | undefined {
    const wanted = this.wanted;
    return wanted ? feed.posts.find((p) => normalise(p.url) === normalise(wanted)) : feed.posts[0];
  }

  protected override render() {
    const { state } = this.feeds;
    return html`<div class="wrap" lang=${this.language} dir=${this.textDirection}>
      ${state === 'ready' ? this.renderPost() : state === 'error' ? this.renderError() : this.renderSkeleton()}
    </div>`;
  }

  private renderSkeleton() {
    return html`<p class="visually-hidden">${this.t('posts.loading')}</p>${this.renderBones('card skeleton')}`;
  }

  /** The card's shape while it loads; also kept, unseen, under "no post" so the page does not move. */
  private renderBones(part: string | typeof nothing) {
    return html`<div class="card" part=${part} aria-hidden="true">
      <span class="image bone"></span>
      <div class=${this.bodyClass()}>
        <span class="bone line"></span>
        <span class="bone line"></span>
        <span class="bone line short"></span>
      </div>
    </div>`;
  }

  /** The body's class: which optional parts it makes room for. */
  private bodyClass(): string {
    return `body${this.snippetWords > 0 ? ' has-snippet' : ''}${this.showDate ? ' has-meta' : ''}`;
  }

  private renderPost() {
    const post = this.shown;
    if (!post)
      return html`<div class="reserve"><p class="state" part="empty">${this.t('posts.empty')}</p>${this.renderBones(nothing)}</div>`;
    const [w, h] = IMAGE[this.layout];
    const image = imageFor(post.image, w, h, 1);
    const srcset = widthSrcset(post.image, w, h);
    const href = safeUrl(post.url);
    const title = postTitle(post, this.language) || this.t('posts.untitled');
    // The feed's text: its declared language, else the page's.
    const theirs = this.feeds.feed?.language || this.contentLanguage;
    const date = this.showDate && post.published ? formatDate(post.published, this.language) : '';
    return html`<article class="card" part="card" aria-labelledby="title">
      ${image ? html`<img class="image" part="image" src=${image} srcset=${srcset ?? nothing} sizes=${srcset ? `auto, ${w}px` : nothing} alt="" width=${w} height=${h} loading="lazy" decoding="async" />` : html`<span class="image" part="image"></span>`}
      <div class=${this.bodyClass()}>
        ${heading(this.headingLevel, { class: 'title', id: 'title', lang: theirs, dir: 'auto' }, href ? html`<a part="title" href=${href} rel=${relFor(href) ?? nothing}><span class="clamp">${title}</span></a>` : html`<span part="title" class="clamp">${title}</span>`)}
        ${this.snippetWords > 0 && post.summary ? html`<p class="snippet" part="snippet" lang=${theirs} dir="auto">${truncateWords(post.summary, this.snippetWords)}</p>` : nothing}
        ${date ? html`<p class="meta" part="meta"><time datetime=${post.published!.toISOString()}>${date}</time></p>` : nothing}
        ${
          href
            ? html`<a class="button more" part="more" href=${href} rel=${relFor(href) ?? nothing} aria-label=${this.t('posts.readMoreLabel', { title })}>${this.t('posts.readMore')}</a>`
            : nothing
        }
      </div>
    </article>`;
  }
}
