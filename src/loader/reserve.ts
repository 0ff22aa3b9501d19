/**
 * The box each widget holds before its code arrives, so that nothing moves when it does (no layout shift).
 * Heights are the widgets' own first-render heights with their default attributes, measured at 360 px wide in the
 * demo's theme (16 px text) by scripts/measure-reserve.mjs; in `em`, so they follow the blog's text size.
 * A few attributes that change the height a lot have their own rule.
 *
 * The same rules go into the snippet an owner pastes (a `<style>` before the widgets), so that the box is there even
 * before the loader has run: see `reserveStyle()`.
 */
export const RESERVE: Record<string, Array<[attributes: string, em: number, narrowEm?: number, phoneEm?: number]>> = {
  'author-card': [['', 13.9, 19.8, 25.7]],
  'blog-search': [['', 4.37]],
  'book-appointment': [['', 36.2]],
  'featured-post': [['', 26.3]],
  'popular-posts': [
    ['', 25.5],
    ['[layout=compact]', 17.1],
    ['[layout=cards]', 59.3],
  ],
  'share-buttons': [['', 4.5, 10.5]],
  'subscribe-form': [['', 17.7]],
  'translate-toggle': [['', 2.5]],
};

/**
 * Below 40em a theme shows one column, and the widgets of the main column wrap more (`narrowEm`); below 23em
 * (368 px, most phones held upright) a card stacks its photo above its text (`phoneEm`).
 */
const NARROW = '(max-width:40em)';
const PHONE = '(max-width:23em)';

/** The stylesheet: every undefined widget of these tags is a block of its final height. */
export function reserveCss(tags: readonly string[]): string {
  let wide = '';
  let narrow = '';
  let phone = '';
  for (const tag of tags) {
    for (const [attributes, em, narrowEm, phoneEm] of RESERVE[tag] ?? []) {
      const selector = `${tag}${attributes}:not(:defined)`;
      wide += `${selector}{display:flow-root;min-height:${em}em}`;
      if (narrowEm) narrow += `${selector}{min-height:${narrowEm}em}`;
      if (phoneEm) phone += `${selector}{min-height:${phoneEm}em}`;
    }
  }
  return `${wide}@media${NARROW}{${narrow}}@media${PHONE}{${phone}}`;
}
