/**
 * Text matching for search: case- and accent-insensitive for Latin script, exact for other scripts (Devanagari
 * vowel signs are combining marks too, and removing them would change the word), with the matched ranges mapped
 * back onto the original text for highlighting.
 */

/** A string folded for matching, with each folded index pointing back to its index in the original. */
interface Folded {
  text: string;
  map: number[];
}

const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

function fold(source: string): Folded {
  let text = '';
  const map: number[] = [];
  let index = 0;
  let previousLatin = false;
  for (const char of source) {
    for (const part of char.normalize('NFD')) {
      const mark = MARK.test(part);
      // A Latin accent (precomposed or combining after a Latin letter) is dropped.
      if (mark && previousLatin) continue;
      const lower = part.toLowerCase();
      for (let unit = 0; unit < lower.length; unit += 1) {
        text += lower[unit];
        map.push(index);
      }
      previousLatin = !mark && LATIN.test(part);
    }
    index += char.length;
  }
  map.push(source.length);
  return { text, map };
}

/** The words of a query, folded. */
export function queryTerms(query: string): string[] {
  return fold(query.trim()).text.split(/\s+/u).filter(Boolean);
}

const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;

/** Folds text for comparisons (the same folding as `fold`, without the index map: one pass, for speed). */
export function foldText(text: string): string {
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(LATIN_ACCENTS, '$1').toLowerCase();
}

/** Whether every (folded) term occurs in the already folded text. */
export function containsAll(terms: string[], folded: string): boolean {
  return terms.length > 0 && terms.every((term) => folded.includes(term));
}

/** Whether every term occurs somewhere in the fields. */
export function matchesAll(terms: string[], ...fields: (string | undefined)[]): boolean {
  return containsAll(
    terms,
    fields
      .filter(Boolean)
      .map((f) => foldText(f!))
      .join('\n'),
  );
}

/** A run of text, marked when it matched a query term. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Splits `text` into segments, marking every occurrence of any term (for highlighting as text, never HTML). */
export function highlight(text: string, terms: string[]): Segment[] {
  if (!terms.length || !text) return [{ text, match: false }];
  const { text: folded, map } = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      for (let i = map[at]; i < map[at + term.length]; i += 1) marked[i] = true;
      from = at + term.length;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], match: marked[i] });
  }
  return segments;
}
