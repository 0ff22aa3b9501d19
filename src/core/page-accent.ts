/**
 * The blog's own link colour, read once from the page, as the widgets' default accent (so that buttons and focus
 * rings look like the theme's, not Google blue). A constructed style sheet adopted by each widget's shadow root sets
 * `--_page-accent` (and a readable text colour on it, black or white, `--_page-accent-text`) on `:host`; the tokens
 * use them only when the owner did not set `--bw-accent` / `--bw-accent-text`. Nothing in the page is changed.
 */

let sheet: CSSStyleSheet | undefined;
let read = false;

/** A link in the posts' text first (Blogger's .post-body, an article, the main content), else any link. */
function pageLink(): HTMLAnchorElement | undefined {
  for (const within of ['.post-body ', 'article ', 'main ', '']) {
    const link = document.querySelector<HTMLAnchorElement>(`${within}a[href]`);
    if (link) return link;
  }
  return undefined;
}

/** [r, g, b, a] of a computed colour (`rgb()` / `rgba()`), undefined for anything else. */
function rgba(color: string): number[] | undefined {
  const match = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (!match) return undefined;
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const values = [r, g, b, a];
  return values.some(isNaN) ? undefined : values;
}

const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};

/**
 * White or black, whichever reads better on `color`: white when its contrast 1.05 / (L + 0.05) is at least black's
 * (L + 0.05) / 0.05, that is when (L + 0.05)² <= 0.0525 (the same answer for every 8-bit colour, checked).
 */
function textOn(color: number[]): string {
  return (luminance(color) + 0.05) ** 2 <= 0.0525 ? '#fff' : '#000';
}

/** The style sheet carrying the page's accent, or undefined while the page has no link to read it from. */
export function pageAccentSheet(): CSSStyleSheet | undefined {
  if (read || typeof CSSStyleSheet === 'undefined' || typeof document === 'undefined') return sheet;
  const link = pageLink();
  if (!link) return undefined; // read again for the next widget: the page may not have its links yet
  read = true;
  const color = rgba(getComputedStyle(link).color);
  // A see-through or missing colour says nothing about the theme.
  if (!color || color[3] < 1) return undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host{--_page-accent:rgb(${color.slice(0, 3).join()});--_page-accent-text:${textOn(color)}}`);
  } catch {
    sheet = undefined;
  }
  return sheet;
}
