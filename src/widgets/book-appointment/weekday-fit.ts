import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps booking's weekday headers on one line: each header carries the full name (for assistive tech), a short
 * and a narrow form; the table shows the short forms, or the narrow forms (class `narrow-days`) as soon as one
 * short form is wider than its column. Measured before the frame after each render and when the table is resized.
 */
export class WeekdayFit implements ReactiveController {
  private observer?: ResizeObserver;
  private table?: HTMLElement;
  private width?: number;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const table = this.host.renderRoot.querySelector<HTMLElement>('table[role=grid]') ?? undefined;
    if (table !== this.table) {
      this.observer?.disconnect();
      this.table = table;
      this.width = undefined;
      if (table && typeof ResizeObserver === 'function') {
        // Only a change of width refits: the first report is the size just fitted after the render.
        this.observer ??= new ResizeObserver((entries) => {
          const width = entries[entries.length - 1].contentRect.width;
          if (this.width !== undefined && width !== this.width) this.fit();
          this.width = width;
        });
        this.observer.observe(table);
      }
    }
    this.fit();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.table = undefined;
  }

  /**
   * Fits before the next frame is drawn, together with every other calendar that asked (one layout for all, the
   * frame's own: measuring right after the render would lay the page out once more, inside the render's task).
   */
  private fit(): void {
    if (!this.table?.isConnected) return;
    pending.add(this.table);
    if (pending.size === 1) requestAnimationFrame(fitAll);
  }
}

/**
 * The tables waiting to be fitted. All are reset first, then all measured, then all marked: measuring one table
 * after marking another would lay the page out again each time (fifty calendars made one 300 ms task).
 */
const pending = new Set<HTMLElement>();
function fitAll(): void {
  const tables = [...pending].filter((table) => table.isConnected);
  pending.clear();
  for (const table of tables) table.classList.remove('narrow-days');
  const tooWide = tables.map((table) =>
    [...table.querySelectorAll<HTMLElement>('thead th')].some((th) => {
      const short = th.querySelector('.short');
      if (!short) return false;
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return short.getBoundingClientRect().width > room + 0.5;
    }),
  );
  tables.forEach((table, i) => table.classList.toggle('narrow-days', tooWide[i]));
}

/** The narrow form when it is in the language's own script; ICU gives Urdu Latin letters ("S M T"). */
export function narrowWeekday(short: string, narrow: string): string {
  return /^[A-Za-z.]+$/.test(narrow) && !/^[A-Za-z.]+$/.test(short) ? '' : narrow;
}
