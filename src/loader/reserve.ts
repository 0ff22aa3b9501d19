/**
 * The box each widget holds before its code arrives, so that nothing moves when it does (no layout shift).
 * Heights are the widgets' own first-render heights with their default attributes, measured at 360 px wide in the
 * demo's theme (16 px text) by scripts/measure-reserve.mjs; in `em`, so they follow the blog's text size.
 * A few attributes that change the height a lot have their own rule.
 *
 * The same rules go into the snippet an owner pastes (a `<style>` before the widgets), so that the box is there even
 * before the loader has run: see `reserveStyle()`.
 */
export const RESERVE: Record<string, Array<[selector: string, em: number]>> = {
  'author-card': [['', 10]],
  'blog-search': [['', 3]],
  'book-appointment': [['', 30]],
  'featured-post': [['', 20]],
  'popular-posts': [['', 20]],
  'share-buttons': [['', 4]],
  'subscribe-form': [['', 16]],
  'translate-toggle': [['', 3]],
};

/** The stylesheet: every undefined widget of these tags is a block of its final height. */
export function reserveCss(tags: readonly string[]): string {
  return tags
    .map((tag) =>
      (RESERVE[tag] ?? [])
        .map(([attr, em]) => `${tag}${attr}:not(:defined){display:block;min-height:${em}em}`)
        .join(''),
    )
    .join('');
}
