/**
 * Loads <book-appointment>'s later steps (steps.ts, its own chunk) on demand, once a visitor picks a day, and shows
 * "Loading…" (or the failure, with a retry) in their place until they are there.
 */
import { html } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { BookingSteps } from './steps.js';
import type { BookingConfirm } from '../../core/booking/options.js';
import type { Params, StringKey } from '../../core/i18n/index.js';
import type { Step, StepsCallbacks, StepsView } from './types.js';

export class StepsLoader {
  /** The details, review and done steps, once loaded. */
  steps?: BookingSteps;
  private failed = false;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: StepsCallbacks,
  ) {}

  /** Starts loading the later steps (a day was picked, so a time may follow); settles when they are ready. */
  load = (): Promise<void> => {
    if (this.steps) return Promise.resolve();
    if (this.failed) {
      this.failed = false;
      this.host.requestUpdate();
    }
    return (this.loading ??= import('./steps.js').then(
      ({ BookingSteps }) => {
        this.steps = new BookingSteps(this.host, this.callbacks);
        this.host.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    ));
  };

  /** While they load: the load (so that `updateComplete` can wait for their render); else undefined. */
  get pending(): Promise<void> | undefined {
    return this.steps ? undefined : this.loading;
  }

  /** The heading of a later step (the done step's says how the request went). */
  heading(
    step: Exclude<Step, 'when'>,
    t: (key: StringKey, params?: Params) => string,
    confirm: BookingConfirm,
  ): string {
    if (step === 'details') return t('booking.stepDetails');
    if (step === 'review') return t('booking.stepReview');
    // Done only once the steps have sent a request (they are loaded then).
    return this.steps?.doneHeading(t, confirm) ?? '';
  }

  /** The step, or in its place "Loading…", or the failure (announced: it follows an action) with a retry. */
  render(step: Step, view: StepsView): unknown {
    if (this.steps) return this.steps.render(step, view);
    if (!this.failed) return html`<p class="status" role="status">${view.t('common.loading')}</p>`;
    return html`<p class="alert" role="alert">${view.t('common.error')}
      <button type="button" class="link-button" @click=${() => void this.load()}>${view.t('common.retry')}</button></p>`;
  }
}
