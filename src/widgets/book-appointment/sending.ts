/**
 * Sending one booking request from the review step, on the shared load controller (core/net/load-controller.ts):
 * it waits for the connection when the visitor is offline (the controller's own wait), sends (core/booking/send.ts,
 * with retries), and gives the send up when the widget leaves the page (a move in the page lets it go on). What the
 * steps show of it, its `phase`, is read from the controller's state.
 */
import type { ReactiveControllerHost } from 'lit';
import { sendBooking, type BookingOutcome, type SendTransport } from '../../core/booking/send.js';
import type { ErrorKind } from '../../core/errors.js';
import type { Fields } from '../../core/forms/submit.js';
import { LoadController } from '../../core/net/load-controller.js';
import { NetError } from '../../core/net/request.js';
import type { AppointmentRequest } from '../../core/booking/request.js';

/**
 * Why a send failed, and which words say it: `timeout` or `network` (no answer after the retries), `http` (a
 * refusal with only its status), `server` (a refusal with the server's `message`), `setup` (never sent: the
 * steps' own, see steps.ts).
 */
export interface SendFailure {
  kind: ErrorKind;
  status?: number;
  says: 'timeout' | 'network' | 'http' | 'server' | 'setup';
  message?: string;
}

/**
 * Where the send is: `idle` (nothing sent, given up, sent, or a slot taken), `waiting` for a connection, `sending`,
 * `retrying` after a network failure, or `failed`.
 */
export type SendPhase = { is: 'idle' | 'waiting' | 'sending' | 'retrying' } | ({ is: 'failed' } & SendFailure);

export interface SendOptions {
  timeout: number;
  /** For `google-forms`: the request as the form's entries. */
  formFields?: Record<string, string>;
}

/** One widget's sender: a new send gives up the one before. */
export class RequestSender {
  private loader: LoadController<BookingOutcome, NetError>;
  /** What the current run came to (none when it was given up). */
  private result?: { outcome: BookingOutcome } | { failure: NetError };
  /** The current run has retried after a network failure (the controller's state is `loading` all along). */
  private retried = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.loader = new LoadController<BookingOutcome, NetError>(host, {
      onValue: (outcome) => (this.result = { outcome }),
      onError: (failure) => (this.result = { failure }),
      toError: (reason) =>
        reason instanceof NetError ? reason : new NetError('network', String((reason as Error)?.message ?? reason)),
    });
  }

  /** What the steps show, from the controller's state (and, when `ready`, the server's answer). */
  get phase(): SendPhase {
    const { state, error, value } = this.loader;
    if (state === 'offline') return { is: 'waiting' };
    if (state === 'loading') return { is: this.retried ? 'retrying' : 'sending' };
    if (state === 'error' && error)
      return {
        is: 'failed',
        kind: error.kind,
        status: error.status,
        says: error.kind === 'timeout' ? 'timeout' : 'network',
      };
    if (state === 'ready' && value && !value.ok && value.kind !== 'slot-taken' && value.kind !== 'closed') {
      const { kind, status, message } = value;
      return { is: 'failed', kind, status, message, says: message ? 'server' : 'http' };
    }
    return { is: 'idle' };
  }

  /** Back to `idle` (a new request after one was sent). */
  clear(): void {
    if (!this.loader.pending) this.loader.abort(true);
  }

  /** What the last run came to (set by the controller's callbacks while it ran). */
  private outcome(): RequestSender['result'] {
    return this.result;
  }

  /**
   * The server's answer; undefined when the send failed with no answer after the retries (or a time-out: `phase`
   * says which) or was given up (`phase` is `idle` again: nothing to tell the visitor).
   */
  async send(
    transport: SendTransport,
    action: string,
    request: AppointmentRequest,
    options: SendOptions,
  ): Promise<BookingOutcome | undefined> {
    this.result = undefined;
    this.retried = false;
    await this.loader.run((signal) =>
      sendBooking(transport, action, request as unknown as Fields, {
        key: request.requestId,
        signal,
        timeout: options.timeout,
        formFields: options.formFields,
        onRetry: () => {
          this.retried = true;
          this.host.requestUpdate();
        },
      }),
    );
    const result = this.outcome();
    if (!result) this.clear();
    return result && 'outcome' in result ? result.outcome : undefined;
  }
}
