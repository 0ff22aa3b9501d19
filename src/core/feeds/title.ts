/**
 * One name for a post in every widget. A post without a title (many real blogs post photos or short notes) is named
 * by the first words of its text, else by its date; '' only when it has neither (the widget then says "Untitled").
 */
import { formatDate } from '../i18n/index.js';
import type { Post } from './types.js';

/** Words in the name made from an untitled post's text, and the most characters (scripts without spaces). */
const WORDS = 8;
const CHARS = 60;

export function postTitle(post: Pick<Post, 'title' | 'summary' | 'published'>, lang: string): string {
  const own = post.title.trim();
  if (own) return own;
  const words = post.summary.trim().split(/\s+/).filter(Boolean);
  if (words.length) {
    let text = words.slice(0, WORDS).join(' ');
    const cut = words.length > WORDS || text.length > CHARS;
    if (text.length > CHARS) text = text.slice(0, CHARS).replace(/\s+\S*$/, '');
    // A name made of the text's start ends without its own punctuation, then "…" when there is more.
    return cut ? `${text.replace(/[\s,;:.!?।-]+$/u, '')}…` : text;
  }
  return post.published ? formatDate(post.published, lang) : '';
}
