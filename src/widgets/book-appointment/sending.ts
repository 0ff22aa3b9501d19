/**
 * Sending one booking request from the review step: waits for a connection when the visitor is offline, then sends
 * it (core/booking/send.ts, with retries) and tells each phase. The one place where sending's async life is kept,
 * so that it can move onto the shared load controller (core/net) as one piece.
 */
import { sendBooking, type BookingOutcome, type SendTransport } from '../../core/booking/send.js';
import type { Fields } from '../../core/forms/submit.js';
import { isOffline, whenOnline } from '../../core/net/online.js';
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

/** One widget's sender: a new send stops the one before; `abort()` stops it (the widget left the page). */
export class RequestSender {
  private controller?: AbortController;

  abort(): void {
    this.controller?.abort();
  }

  /**
   * The server's answer; undefined when the send was stopped (nothing to tell the visitor). A failure with no
   * answer after the retries (or a time-out) rejects with its `NetError`.
   */
  async send(transport: SendTransport, action: string, request: AppointmentRequest, options: SendOptions): Promise<BookingOutcome | undefined> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      if (isOffline()) {
        options.onPhase('waiting');
        await whenOnline(controller.signal);
        options.onPhase('sending');
      }
      return await sendBooking(transport, action, request as unknown as Fields, {
        key: request.requestId,
        signal: controller.signal,
        timeout: options.timeout,
        formFields: options.formFields,
        onRetry: () => options.onPhase('retrying'),
      });
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof NetError && error.kind === 'timeout')) return undefined;
      throw error instanceof NetError ? error : new NetError('network', (error as Error)?.message ?? String(error));
    }
  }
}
