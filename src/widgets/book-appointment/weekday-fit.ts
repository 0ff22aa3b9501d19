import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps booking's weekday headers on one line: each header carries the full name (for assistive tech), a short
 * and a narrow form; the table shows the short forms, or the narrow forms (class `narrow-days`) as soon as one
 * short form is wider than its column. Measured after each render and when the table is resized.
 */
export class WeekdayFit implements ReactiveController {
  private observer?: ResizeObserver;
  private table?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const table = this.host.renderRoot.querySelector<HTMLElement>('table[role=grid]') ?? undefined;
    if (table !== this.table) {
      this.observer?.disconnect();
      this.table = table;
      if (table && typeof ResizeObserver === 'function') {
        this.observer ??= new ResizeObserver(() => this.fit());
        this.observer.observe(table);
      }
    }
    this.fit();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.table = undefined;
  }

  private fit(): void {
    const table = this.table;
    if (!table?.isConnected) return;
    table.classList.remove('narrow-days');
    const tooWide = [...table.querySelectorAll<HTMLElement>('thead th')].some((th) => {
      const short = th.querySelector('.short');
      if (!short) return false;
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return short.getBoundingClientRect().width > room + 0.5;
    });
    table.classList.toggle('narrow-days', tooWide);
  }
}

/** The narrow form when it is in the language's own script; ICU gives Urdu Latin letters ("S M T"). */
export function narrowWeekday(short: string, narrow: string): string {
  return /^[A-Za-z.]+$/.test(narrow) && !/^[A-Za-z.]+$/.test(short) ? '' : narrow;
}
