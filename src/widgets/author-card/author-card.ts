import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { enAuthor } from '../../core/i18n/en/author.js';
import { relFor, safeUrl, urlRefusal } from '../../core/safe.js';
import { Words } from '../../core/warn.js';
import { direction } from '../../core/i18n/index.js';
import { buttonStyles, hostStyles } from '../../styles/tokens.js';
import { styles } from './author-card.styles.js';

const LAYOUTS = ['horizontal', 'vertical'] as const;
export type AuthorCardLayout = (typeof LAYOUTS)[number];

/**
 * The author's photo, name, credentials and bio with a call to action. The bio stays in the page's light DOM
 * (the default slot), where search engines and page translators read it.
 *
 * @tagname author-card
 * @summary The author's photo, credentials, bio and a call to action.
 *
 * @slot - The bio: paragraphs of text written in the page.
 * @slot links - Social or professional links, shown under the bio.
 *
 * @csspart card - The card's box.
 * @csspart photo - The author's photo.
 * @csspart name - The author's name (a link when `href` is set).
 * @csspart credentials - The credentials line.
 * @csspart bio - The wrapper of the bio slot.
 * @csspart cta - The call-to-action link.
 *
 * @cssprop [--bw-author-photo-size=96px] - Width and height of the photo.
 * @cssprop [--bw-author-photo-radius=50%] - Corner radius of the photo.
 * @cssprop [--bw-author-padding=1rem] - Padding inside the card.
 * @cssprop --bw-accent - Call-to-action background; by default the blog's own link colour (#1a73e8 on a page without links).
 * @cssprop --bw-accent-text - Call-to-action text colour; by default black or white, whichever reads on the accent.
 * @cssprop [--bw-surface] - Card background (default: the text colour at 4%).
 * @cssprop [--bw-border] - Card border colour.
 * @cssprop [--bw-radius=8px] - Corner radius of the card and button.
 */
export class AuthorCard extends BlogWidget {
  static override defaultTag = 'author-card';
  static override styles = [hostStyles, buttonStyles, styles];
  /** @internal */
  static override messages = { en: enAuthor, hi: () => import('../../core/i18n/hi/author.js').then((m) => m.hiAuthor) };

  /** The author's name; also the photo's alternative text. */
  @property() name = '';

  /** Address of the author's photo (http or https). Shown at 96×96 px, lazy-loaded. */
  @property() photo = '';

  /** Credentials under the name, e.g. "Ph.D., Counselling Psychologist". */
  @property() credentials = '';

  /** The author's profile page; the name links there. */
  @property() href = '';

  /** Address of the call to action, e.g. `#book` for the booking widget on the page. */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** Text of the call to action, e.g. "Book an appointment". Default: "Get in touch" in the visitor's language. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** `horizontal` (photo beside the text) or `vertical` (photo above, centred). */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'horizontal') })
  layout: AuthorCardLayout = 'horizontal';

  private url(attribute: string, value: string): string | undefined {
    if (!value) return undefined;
    const url = safeUrl(value, { allow: ['mailto:', 'tel:'] });
    if (!url)
      this.warnAttribute(
        attribute,
        `${JSON.stringify(value)} is not an http(s), mailto or tel address`,
        new Words('nothing'),
      );
    return url;
  }

  protected override render() {
    const photo = this.photo ? safeUrl(this.photo, { upgrade: true }) : undefined;
    if (this.photo && !photo) this.warnAttribute('photo', urlRefusal(this.photo), new Words('no photo'));
    const href = this.url('href', this.href);
    const ctaHref = this.url('cta-href', this.ctaHref);
    const name = this.name.trim();
    // The owner's text (name, credentials, bio, their own call to action) is in the page's language.
    const theirs = this.contentLanguage;
    return html`<div class="wrap" lang=${this.language} dir=${this.textDirection}>
      <div class="card" part="card" role="group" aria-label=${this.t('author.about')}>
        ${
          photo
            ? html`<img class="photo" part="photo" src=${photo} alt=${name} width="96" height="96" loading="lazy" decoding="async">`
            : nothing
        }
        <div class="text">
          ${
            name
              ? html`<p class="name" part="name" lang=${theirs} dir="auto">${href ? html`<a href=${href} rel=${relFor(href) ?? nothing}>${name}</a>` : name}</p>`
              : nothing
          }
          ${this.credentials ? html`<p class="credentials" part="credentials" lang=${theirs} dir="auto">${this.credentials}</p>` : nothing}
          <div class="bio" part="bio" lang=${theirs} dir=${direction(theirs)}><slot></slot></div>
          <div class="links"><slot name="links"></slot></div>
          ${
            ctaHref
              ? html`<div class="cta"><a class="button" part="cta" href=${ctaHref} rel=${relFor(ctaHref) ?? nothing} lang=${this.ctaLabel ? theirs : nothing} dir=${this.ctaLabel ? 'auto' : nothing}>${this.ctaLabel || this.t('author.cta')}</a></div>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }
}
