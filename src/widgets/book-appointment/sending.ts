/**
 * Sending one booking request from the review step, on the shared load controller (core/net/load-controller.ts):
 * it waits for the connection when the visitor is offline, sends (core/booking/send.ts, with retries), and gives the
 * send up when the widget leaves the page (a move in the page lets it go on). Each phase is told to the steps.
 */
import type { ReactiveControllerHost } from 'lit';
import { sendBooking, type BookingOutcome, type SendTransport } from '../../core/booking/send.js';
import type { Fields } from '../../core/forms/submit.js';
import { LoadController } from '../../core/net/load-controller.js';
import { isOffline } from '../../core/net/online.js';
import { NetError } from '../../core/net/request.js';
import type { AppointmentRequest } from '../../core/booking/request.js';

/** `waiting` for a connection, `sending`, or `retrying` after a network failure. */
export type SendPhase = 'waiting' | 'sending' | 'retrying';

export interface SendOptions {
  timeout: number;
  /** For `google-forms`: the request as the form's entries. */
  formFields?: Record<string, string>;
  onPhase(phase: SendPhase): void;
}

/** One widget's sender: a new send gives up the one before. */
export class RequestSender {
  private loader: LoadController<BookingOutcome, NetError>;
  /** What the current run came to (none when it was given up). */
  private result?: { outcome: BookingOutcome } | { failure: NetError };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.loader = new LoadController<BookingOutcome, NetError>(host, {
      // The steps tell the phases themselves (their words say "waiting for a connection").
      waitOnline: false,
      onValue: (outcome) => (this.result = { outcome }),
      onError: (failure) => (this.result = { failure }),
      toError: (reason) =>
        reason instanceof NetError ? reason : new NetError('network', String((reason as Error)?.message ?? reason)),
    });
  }

  /** What the last run came to (set by the controller's callbacks while it ran). */
  private outcome(): RequestSender['result'] {
    return this.result;
  }

  /**
   * The server's answer; undefined when the send was given up (nothing to tell the visitor). A failure with no
   * answer after the retries (or a time-out) rejects with its `NetError`.
   */
  async send(
    transport: SendTransport,
    action: string,
    request: AppointmentRequest,
    options: SendOptions,
  ): Promise<BookingOutcome | undefined> {
    const loader = this.loader;
    this.result = undefined;
    await loader.run(async (signal) => {
      if (isOffline()) {
        options.onPhase('waiting');
        await loader.online(signal);
        options.onPhase('sending');
      }
      return sendBooking(transport, action, request as unknown as Fields, {
        key: request.requestId,
        signal,
        timeout: options.timeout,
        formFields: options.formFields,
        onRetry: () => options.onPhase('retrying'),
      });
    });
    const result = this.outcome();
    if (result && 'failure' in result) throw result.failure;
    return result?.outcome;
  }
}
