/**
 * One shape for the detail of every `*-error` event (`posts-error`, `subscribe-error`, `appointment-error`) and one
 * vocabulary of kinds across the net, forms and booking code, so a page's handler reads them all the same way.
 */
import { NetError, type NetErrorKind } from './net/request.js';

/**
 * Why something failed.
 * - The request: `network`, `offline` (the device has no connection), `timeout`, `cors` (the browser hid the reply),
 *   `aborted` (from core/net's `NetErrorKind`).
 * - The reply: `http` (an error status), `parse` (unreadable), `server` (the service failed), `rejected` (the service
 *   refused what was sent), `rate-limited`.
 * - A booking server's refusals: `slot-taken` (the visitor is asked to pick another time), `invalid`, `closed`.
 * - `setup`: the site owner's configuration cannot work (missing or unusable attribute). `unknown`: none of these.
 */
export type ErrorKind =
  | NetErrorKind
  | 'offline'
  | 'server'
  | 'rejected'
  | 'rate-limited'
  | 'slot-taken'
  | 'invalid'
  | 'closed'
  | 'setup'
  | 'unknown';

/** What every `*-error` event's detail holds (each event adds its own fields). */
export interface ErrorDetail {
  kind: ErrorKind;
  /** The HTTP status, when there was a reply. */
  status?: number;
  /** What the visitor was shown, as plain text. */
  message: string;
}

/** A failure in that shape: a `NetError` as it is (its kind, status and message), anything else `unknown`. */
export function errorDetail(reason: unknown): ErrorDetail {
  return reason instanceof NetError
    ? reason
    : { kind: 'unknown', message: String((reason as Error)?.message ?? reason) };
}
