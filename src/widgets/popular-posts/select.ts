/** Which posts a `<popular-posts>` shows, in which order: pure functions over the feed's posts. */
import { normalise } from '../../core/feeds/normalise-address.js';
import type { Post } from '../../core/feeds/types.js';

export const ORDERS = ['latest', 'comments', 'random', 'curated', 'gadget'] as const;
export type PostsOrder = (typeof ORDERS)[number];

/** The address of the post being read: `<link rel="canonical">`, else the page. */
export function currentAddress(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href;
}

/** A link read from the page's own popular-posts gadget. */
export interface PageLink {
  url: string;
  title: string;
}

/** The links of a server-rendered list (Blogger's Popular Posts gadget), in order, without duplicates. */
export function readPageLinks(container: Element): PageLink[] {
  const seen = new Set<string>();
  const links: PageLink[] = [];
  for (const a of container.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!/^https?:$/.test(a.protocol)) continue;
    const key = normalise(a.href);
    const title = a.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (seen.has(key)) {
      // The title link usually follows the thumbnail link: keep the text.
      const known = links.find((l) => normalise(l.url) === key);
      if (known && !known.title && title) known.title = title;
      continue;
    }
    seen.add(key);
    links.push({ url: a.href, title });
  }
  return links;
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Selection {
  order: PostsOrder;
  max: number;
  excludeCurrent: boolean;
  /** Curated addresses, or the gadget's links. */
  picks?: PageLink[];
}

/** The posts to show. Picks not found in the feed keep the page's title and link. */
export function selectPosts(posts: Post[], { order, max, excludeCurrent, picks }: Selection): Post[] {
  const current = excludeCurrent ? normalise(currentAddress()) : undefined;
  let pool = current ? posts.filter((p) => normalise(p.url) !== current) : posts;
  if (order === 'curated' || order === 'gadget') {
    const byAddress = new Map(pool.map((p) => [normalise(p.url), p]));
    pool = (picks ?? [])
      .filter((pick) => normalise(pick.url) !== current)
      .map(
        (pick) =>
          byAddress.get(normalise(pick.url)) ?? {
            id: pick.url,
            url: pick.url,
            title: pick.title,
            summary: '',
            labels: [],
          },
      );
  } else if (order === 'comments') {
    pool = pool
      .map((post, index) => ({ post, index }))
      .sort((a, b) => (b.post.commentCount ?? 0) - (a.post.commentCount ?? 0) || a.index - b.index)
      .map((x) => x.post);
  } else if (order === 'random') {
    pool = shuffled(pool);
  }
  return pool.slice(0, max);
}
