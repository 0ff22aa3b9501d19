// Reading a widget as a visitor sees it: its shadow root, the elements in it, their text; and waiting for renders.
import { fixture } from '@open-wc/testing';

type Updating = { updateComplete: Promise<unknown> };

/** The widget's shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * The first element in the widget's shadow root that matches `selector`. Typed as found, for the calls that go on
 * to use it; it is null when nothing matches (`expect($(el, s)).to.equal(null)` checks that something is absent).
 */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T =>
  root(el).querySelector<T>(selector)!;

/** Every element in the widget's shadow root that matches `selector`. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** The text of a node as read: white space collapsed and trimmed; '' for no node. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The widget's next render (any element with Lit's `updateComplete`). */
export const update = (el: Element): Promise<unknown> => (el as unknown as Updating).updateComplete;

/** Every widget among `els` and their descendants has rendered what it has now (plain elements are skipped). */
export async function rendered(...els: Element[]): Promise<void> {
  const all = els.flatMap((el) => [el, ...el.querySelectorAll('*')]);
  await Promise.all(all.map((e) => (e as Partial<Updating>).updateComplete));
}

/**
 * open-wc's fixture(), then also every widget inside it: fixture() waits for the outermost element only, so a child
 * widget read right after it may not have rendered yet.
 */
export async function fixtureWithChildren<T extends Element>(template: Parameters<typeof fixture>[0]): Promise<T> {
  const el = await fixture<T>(template);
  await rendered(el);
  return el;
}
