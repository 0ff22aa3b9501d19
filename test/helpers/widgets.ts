// Every widget, configured as an owner would, for tests that go over all of them.
import './own-language-memory.js';
import '../../src/widgets/author-card/define.js';
import '../../src/widgets/blog-search/define.js';
import '../../src/widgets/book-appointment/define.js';
import '../../src/widgets/featured-post/define.js';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/share-buttons/define.js';
import '../../src/widgets/subscribe-form/define.js';
import '../../src/widgets/translate-toggle/define.js';
import { logKey } from './console.js';

const feed = () => `/mock/file=feeds~blogger.json,log=${logKey('widget')}/feeds/posts/default`;

/** Tag -> attributes; a fresh feed log key each call. */
export const WIDGETS = (): Record<string, Record<string, string>> => ({
  'author-card': {
    name: 'Dr. Meera Rao',
    credentials: 'Ph.D., Counselling Psychologist',
    'cta-href': '#book',
    'cta-label': 'Book an appointment',
  },
  'blog-search': { 'feed-type': 'blogger', src: feed() },
  'book-appointment': {
    timezone: 'Asia/Kolkata',
    hours: 'mon-fri 18:00-20:00',
    horizon: '14',
    'crisis-note': 'In a crisis call 112 (free, 24 hours).',
  },
  'featured-post': { loading: 'eager', src: feed() },
  'popular-posts': { loading: 'eager', src: feed(), heading: 'Most read', 'show-comments': '' },
  'share-buttons': { url: 'https://blog.example/post.html' },
  'subscribe-form': { action: '/mock/-/subscribe', fields: 'name', consent: 'I agree to receive the newsletter' },
  'translate-toggle': { languages: 'en hi ur bn', provider: 'alternate' },
});

/** Creates every widget (with `lang` when given) inside `box`. */
export function addWidgets(box: HTMLElement, lang?: string): HTMLElement[] {
  return Object.entries(WIDGETS()).map(([tag, attrs]) => {
    const el = document.createElement(tag);
    if (lang) el.setAttribute('lang', lang);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    box.append(el);
    return el;
  });
}

/** Whether a widget has rendered and shows no skeleton. */
export const loaded = (el: Element) =>
  !el.shadowRoot?.querySelector('[part~=skeleton]') && Boolean(el.shadowRoot?.childElementCount);
