/**
 * Matching posts against a search query in the browser (RSS, Atom and JSON Feed sources, which cannot search):
 * case- and accent-insensitive for Latin script, exact for other scripts (see core/search/match.ts).
 */
import { containsAll, foldText, queryTerms } from '../search/match.js';
import type { Post, PostQuery } from './types.js';

/** Posts whose title, labels or summary contain every word of the query; those matching in the title first. */
export function rankMatches(posts: Post[], query: string): Post[] {
  const terms = queryTerms(query);
  const inTitle: Post[] = [];
  const elsewhere: Post[] = [];
  for (const post of posts) {
    const text = folded(post);
    if (containsAll(terms, text.title)) inTitle.push(post);
    else if (containsAll(terms, text.all)) elsewhere.push(post);
  }
  return [...inTitle, ...elsewhere];
}

/** Folded search text of each post, computed once per loaded post (a feed is searched again at every keystroke). */
const foldedPosts = new WeakMap<Post, { title: string; all: string }>();
function folded(post: Post): { title: string; all: string } {
  let text = foldedPosts.get(post);
  if (!text) {
    const title = foldText(post.title);
    text = { title, all: `${title}\n${foldText(post.labels.join(' '))}\n${foldText(post.summary)}` };
    foldedPosts.set(post, text);
  }
  return text;
}

/** Posts with the label, and matching every word of `q` (title first, then summary or labels; see search.ts). */
export function filterPosts(posts: Post[], query: PostQuery = {}): Post[] {
  let out = posts;
  if (query.label) {
    const label = query.label.toLocaleLowerCase();
    out = out.filter((p) => p.labels.some((l) => l.toLocaleLowerCase() === label));
  }
  return query.q ? rankMatches(out, query.q) : out;
}
