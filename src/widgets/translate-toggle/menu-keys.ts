/**
 * The keys of the language menu (a WAI-ARIA menu of menuitemradio items): arrows, Home/End (and PageUp/PageDown)
 * move, Escape closes and returns to the button, Tab closes, Enter/Space choose, a letter jumps to the next
 * language whose name starts with it: the name in the language itself, in English or in the widget's language (`names`),
 * so that a Latin keyboard reaches हिन्दी with "h".
 */
export function menuKey(
  event: KeyboardEvent,
  items: HTMLElement[],
  actions: { close(returnFocus?: boolean): void; pick(lang: string | undefined): void; names(lang: string): string[] },
): void {
  const index = items.indexOf(event.target as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
    case 'PageUp':
      return move(0);
    case 'End':
    case 'PageDown':
      return move(items.length - 1);
    case 'Escape':
      event.preventDefault();
      return actions.close();
    case 'Tab':
      return actions.close(false);
    case 'Enter':
    case ' ':
      event.preventDefault();
      return actions.pick(items[index]?.dataset.lang);
    default:
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const char = event.key.toLocaleLowerCase();
        const order = [...items.slice(index + 1), ...items.slice(0, index + 1)];
        const next = order.find((item) =>
          actions.names(item.dataset.lang ?? '').some((name) => name.toLocaleLowerCase().startsWith(char)),
        );
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
  }
}

/**
 * The keys of the menu button: ArrowDown, Enter and Space open the menu on the checked item, ArrowUp on the last
 * (the event's default is prevented); undefined for any other key.
 */
export function triggerKey(event: KeyboardEvent): 'checked' | 'last' | undefined {
  const focus =
    event.key === 'ArrowUp' ? 'last' : ['ArrowDown', 'Enter', ' '].includes(event.key) ? 'checked' : undefined;
  if (focus) event.preventDefault();
  return focus;
}
