/** The names of the widgets' events: those declared as `CustomEvent`s in `GlobalEventHandlersEventMap`. */
export type WidgetEventName = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent<unknown> ? K : never;
}[keyof GlobalEventHandlersEventMap];

/** The `detail` of event `K`, as its `GlobalEventHandlersEventMap` declaration types it. */
export type EventDetail<K extends WidgetEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Events in one shape: bubbling, composed (they cross shadow roots), with a typed `detail`. The name must be declared
 * in `GlobalEventHandlersEventMap` (each widget declares its own), so a misspelt name or a wrong detail fails to compile.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function fire<K extends WidgetEventName>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent<EventDetail<K>>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
