/**
 * HTML from feeds and server replies reduced to plain text, parsed in an inert document: nothing executes, nothing
 * loads. Only the widgets that read feeds or replies use it (re-exported by ./safe.ts).
 */
import { parseInert, parseInertFragment } from './inert.js';

const BLOCKS =
  /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const SKIP = /^(script|style|template|noscript|iframe|object|embed|svg|math|head|title|button|select|textarea)$/i;

/** Parses HTML in an inert document: nothing executes, nothing loads (Trusted Types: see inert.ts). */
export function inertDocument(html: string): Document {
  return parseInert(html, 'text/html');
}

/**
 * HTML reduced to plain text: tags dropped, entities decoded, scripts and styles skipped, blocks separated by a
 * space, whitespace collapsed. Text without `<` or `&` is returned as it is (after collapsing whitespace).
 * Callers cap the HTML first (feeds: see core/feeds/limits.ts); `max` bounds the text read out of it.
 */
export function htmlToText(html: unknown, max = Infinity): string {
  if (typeof html !== 'string' && typeof html !== 'number') return '';
  const source = String(html);
  if (!/[<&]/.test(source)) return collapse(source);
  let nodes: DocumentFragment;
  try {
    nodes = parseInertFragment(source);
  } catch {
    return stripTags(source); // Trusted Types refused the parse (a page that does not allow our policy)
  }
  return textOfNode(nodes, max);
}

/**
 * The text of an (inert) node as `htmlToText` reads it: blocks separate words, scripts and styles are skipped.
 * Walks without recursion (any depth of nesting) and stops once `max` characters are read.
 */
export function textOfNode(root: Node, max = Infinity): string {
  let out = '';
  let node: Node | null = root.firstChild;
  while (node && out.length < max) {
    if (node.nodeType === 3) out += node.nodeValue;
    else if (node.nodeType === 1 && !SKIP.test((node as Element).localName)) {
      const block = BLOCKS.test((node as Element).localName);
      if (block) out += ' ';
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (block) out += ' ';
    }
    // The next sibling, else the nearest ancestor's (closing the blocks climbed out of).
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root && BLOCKS.test((node as Element).localName)) out += ' ';
    }
    node = node === root ? null : node.nextSibling;
  }
  return collapse(out.length > max ? out.slice(0, max) : out);
}

/**
 * Without a parser: tags and comments dropped, the common entities decoded. Linear: `[^>]*` runs to the next `>`
 * or to the end and the `>` is optional, so a match never fails and nothing is read twice.
 */
function stripTags(html: string): string {
  return collapse(decode(html.replace(/<[^>]*>?/g, ' ')));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()] : whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

function collapse(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function truncateWords(text: string, count: number): string {
  if (count <= 0) return '';
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')}…`;
}
