// What a keyboard or low-vision visitor sees, measured from computed styles and geometry.

/** The element's parent in the flat tree: through shadow roots up to their hosts. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The elements of a widget's shadow root a keyboard reaches, in document order: Tab stops, and the grid cells and
 * menu items reached with arrow keys. Nothing inside aria-hidden (the subscribe form's honeypot).
 */
export function focusables(host: Element): HTMLElement[] {
  return [
    ...host.shadowRoot!.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]',
    ),
  ].filter(
    (el) =>
      !el.closest('[aria-hidden=true]') &&
      el.getClientRects().length > 0 &&
      (el.getAttribute('tabindex') !== '-1' ||
        ['gridcell', 'menuitemradio', 'option'].includes(el.getAttribute('role') ?? '')),
  );
}

/**
 * Why the focus ring of `el` (focused now) is not fully visible, or '' when it is: every rectangle of the ring
 * (each line box of the element grown by outline-offset + outline-width) must lie inside the padding box of every
 * ancestor, up to the widget's host, that clips its overflow.
 */
export function ringProblem(el: HTMLElement, host: Element): string {
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth) || 0;
  if (style.outlineStyle === 'none' || width === 0) return `${describe(el)} has no focus ring`;
  const grow = (parseFloat(style.outlineOffset) || 0) + width;
  const rings = [...el.getClientRects()].map((r) => ({
    left: r.left - grow,
    right: r.right + grow,
    top: r.top - grow,
    bottom: r.bottom + grow,
  }));
  for (let a = parentOf(el); a && a !== parentOf(host); a = parentOf(a)) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const b = a.getBoundingClientRect();
    const box = {
      left: b.left + parseFloat(s.borderLeftWidth),
      right: b.right - parseFloat(s.borderRightWidth),
      top: b.top + parseFloat(s.borderTopWidth),
      bottom: b.bottom - parseFloat(s.borderBottomWidth),
    };
    for (const r of rings) {
      const slack = 0.5;
      if (
        r.left < box.left - slack ||
        r.right > box.right + slack ||
        r.top < box.top - slack ||
        r.bottom > box.bottom + slack
      ) {
        return `${describe(el)}'s ring is clipped by ${describe(a)} (overflow ${s.overflowX}/${s.overflowY})`;
      }
    }
  }
  return '';
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
}

/** [r, g, b, alpha] of a computed CSS colour (rgb(), rgba() or color(srgb ...)). */
export function parseColor(value: string): [number, number, number, number] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** `top` painted over `bottom` (opaque). */
function over(top: [number, number, number, number], bottom: number[]): number[] {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a));
}

/** The opaque background behind `el`: every background colour from the page up to it, blended in order. */
export function backgroundOf(el: Element): number[] {
  const chain: Element[] = [];
  for (let a: Element | null = el; a; a = parentOf(a)) chain.unshift(a);
  let colour = [255, 255, 255];
  for (const a of chain) colour = over(parseColor(getComputedStyle(a).backgroundColor), colour);
  return colour;
}

/** WCAG contrast ratio between two opaque colours. */
export function ratio(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast of an element's text colour (with its opacity and its ancestors') against what is behind it. */
export function textContrast(el: Element): number {
  return colourContrast(el, getComputedStyle(el).color);
}

/** Contrast of one of an element's computed colours (`color`, a border colour) against what is behind it. */
export function colourContrast(el: Element, value: string): number {
  const bg = backgroundOf(el);
  const fg = parseColor(value);
  for (let a: Element | null = el; a; a = parentOf(a)) fg[3] *= parseFloat(getComputedStyle(a).opacity);
  return ratio(over(fg, bg), bg);
}

/** A dark page like a dark Blogger theme: light text on a near-black background. */
export function darkPage(on: boolean): void {
  const s = document.documentElement.style;
  const b = document.body.style;
  if (on) {
    s.colorScheme = 'dark';
    b.background = '#14181d';
    b.color = '#e7e3dc';
  } else {
    s.colorScheme = '';
    b.background = '';
    b.color = '';
  }
}

/** Turns forced colours (Windows High Contrast) on or off in this page. */
export async function forcedColors(on: boolean): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: on ? 'active' : '' }]);
  if (matchMedia('(forced-colors: active)').matches !== on) throw new Error('forced colours could not be emulated');
}

/**
 * Whether `el` (a chosen/highlighted state) looks different from `plain` (the same kind of element without that
 * state) through something that survives forced colours: a background, outline or border that differs from the
 * plain one and stands 3:1 from what is behind it. `pseudo` also looks at a ::before/::after mark.
 */
export function stateIndication(el: Element, plain: Element, pseudo?: '::before' | '::after'): string[] {
  const seen: string[] = [];
  const behind = backgroundOf(parentOf(el)!);
  const a = getComputedStyle(el);
  const b = getComputedStyle(plain);
  const bgA = over(parseColor(a.backgroundColor), behind);
  const bgB = over(parseColor(b.backgroundColor), behind);
  if (ratio(bgA, bgB) >= 3) seen.push(`background ${a.backgroundColor}`);
  const line = (style: CSSStyleDeclaration, side: string) =>
    parseFloat(style.getPropertyValue(`${side}-width`)) >= 1 && style.getPropertyValue(`${side}-style`) !== 'none'
      ? style.getPropertyValue(`${side}-color`)
      : '';
  for (const side of ['outline', 'border-top']) {
    const colour = line(a, side);
    if (colour && colour !== line(b, side) && ratio(over(parseColor(colour), bgA), bgA) >= 3)
      seen.push(`${side} ${colour}`);
  }
  if (pseudo) {
    const p = getComputedStyle(el, pseudo);
    if (p.content !== 'none' && getComputedStyle(plain, pseudo).content === 'none') {
      const colours = [over(parseColor(p.backgroundColor), bgA)];
      const edge = line(p, 'border-top');
      if (edge) colours.push(over(parseColor(edge), bgA));
      if (p.content !== '""') colours.push(over(parseColor(p.color), bgA));
      if (colours.some((c) => ratio(c, bgA) >= 3)) seen.push(`${pseudo} mark`);
    }
  }
  return seen;
}

/**
 * Text that screen readers announce as it appears: the non-empty role=alert/status/log regions of a widget's
 * shadow root (screen readers read these when they are inserted with their text; a plain aria-live region says
 * only later changes, such as the calendar's month after the visitor moves to another one).
 */
export function spoken(host: Element): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('[role=alert], [role=status], [role=log]')]
    .filter((n) => n.getAttribute('aria-live') !== 'off')
    .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Text inside role=alert regions (assertive announcements). */
export function alerts(host: Element): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('[role=alert]')]
    .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Every piece of visible text in a widget's shadow root below `min`:1 against what is behind it (elements with
 * text of their own; visually hidden, aria-hidden skeleton and disabled controls left out, as WCAG does).
 */
export function lowContrastText(host: Element, min = 4.5, skip = ''): string[] {
  const low: string[] = [];
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || !el.getClientRects().length) continue;
    if (el.closest('.visually-hidden, [aria-hidden=true], [part~=skeleton], style') || (skip && el.matches(skip)))
      continue;
    if (el.matches(':disabled, [aria-disabled=true]') || el.closest('[aria-disabled=true], button:disabled')) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    const value = textContrast(el);
    if (value < min)
      low.push(`${el.localName}.${el.className || ''} "${el.textContent!.trim().slice(0, 30)}" ${value.toFixed(2)}:1`);
  }
  return low;
}
