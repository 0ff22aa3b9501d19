/** The normalised shapes every feed adapter produces. */

/** Feed formats the adapters understand. */
export type FeedType = 'blogger' | 'wordpress' | 'rss' | 'atom' | 'json-feed';

/** An image of a post. `sizes` lists the renditions a platform offers (WordPress media sizes). */
export interface PostImage {
  url: string;
  width?: number;
  height?: number;
  sizes?: { url: string; width: number; height: number }[];
}

export interface PostAuthor {
  name: string;
  url?: string;
  image?: string;
}

/** One post, the same whatever the feed format. Every string is plain text; every URL is http(s). */
export interface Post {
  /** Stable id from the feed (Atom id, RSS guid, Blogger post id), else the link. */
  id: string;
  /** The post's address (http or https), or '' when the feed gives none. */
  url: string;
  /** Plain text. */
  title: string;
  /** Plain text from the summary, else the content (at most a few hundred words). */
  summary: string;
  published?: Date;
  updated?: Date;
  author?: PostAuthor;
  image?: PostImage;
  labels: string[];
  commentCount?: number;
  commentsUrl?: string;
}

/** A parsed feed: its own title and link, and its posts. */
export interface Feed {
  type: FeedType;
  title: string;
  link?: string;
  id?: string;
  /** The feed's language when it says (RSS `<language>`, Atom `xml:lang`, JSON Feed `language`): a BCP 47 tag. */
  language?: string;
  /** Total number of posts on the server when the feed says (Blogger's openSearch$totalResults). */
  total?: number;
  posts: Post[];
}

/** What a caller asks of a source. Adapters pass what the platform supports to the server and filter the rest. */
export interface PostQuery {
  /** Full-text search (Blogger `q=`, WordPress `search=`; RSS, Atom and JSON Feed are filtered here). */
  q?: string;
  /** Only posts with this label (Blogger `/-/Label`, WordPress category slug, else filtered here). */
  label?: string;
  /** How many posts (1-150, default 25). */
  max?: number;
  /** 1-based index of the first post (paging; default 1). */
  start?: number;
  /** Blogger `orderby` (default `published`). */
  orderby?: 'published' | 'updated';
}
