/**
 * Safe registration of custom elements.
 *
 * - Including the bundle twice (two script tags, a theme plus a gadget) must not throw: a tag that is already
 *   defined is left alone.
 * - An owner whose theme already uses one of our tag names can register a widget under another name:
 *   `PopularPosts.define('my-popular-posts')`. A constructor can be registered only once per registry, so a
 *   second name gets a trivial subclass.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor | undefined {
  const registry = globalThis.customElements;
  if (!registry) return undefined;
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    const taken = registry.getName?.(ctor);
    const definition = taken ? class extends (ctor as { new (): HTMLElement }) {} : ctor;
    registry.define(tag, definition);
    return definition;
  } catch (error) {
    console.warn(`[blog-widgets] could not define <${tag}>: ${(error as Error).message}`);
    return undefined;
  }
}
