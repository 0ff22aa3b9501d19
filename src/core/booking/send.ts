/**
 * Sending a booking request to the owner's endpoint, Google Form or Apps Script web app, with retries.
 *
 * Every attempt of one request carries the same idempotency key, so that a server which accepted a request whose
 * answer was lost can recognise the retry and answer as the first time: `Idempotency-Key: <key>` for `endpoint`
 * (and `requestId` in the JSON body), `requestId` in the body for `apps-script` (a header would need a CORS
 * preflight, which Apps Script does not answer). Google Forms take it where `field-map` maps `request-id`.
 */
import type { ErrorKind } from '../errors.js';
import { sendAppsScript } from '../forms/apps-script.js';
import { sendForm, sendNoCors, type Fields } from '../forms/submit.js';
import { IDEMPOTENCY_HEADER, idempotencyKey } from '../net/idempotency.js';
import { withRetry } from '../net/retry.js';

export type SendTransport = 'endpoint' | 'google-forms' | 'apps-script';

/** What came of a request. */
export type BookingOutcome =
  | { ok: true; status?: number; id?: string }
  | {
      ok: false;
      /** `slot-taken` (409, or the server says so), `invalid`, `closed`, `http` (another refusal), `server` (an unreadable answer). */
      kind: Extract<ErrorKind, 'slot-taken' | 'invalid' | 'closed' | 'http' | 'server'>;
      status?: number;
      message?: string;
    };

export interface BookingSendOptions {
  /** The idempotency key, the same for every attempt of this request. */
  key: string;
  signal?: AbortSignal;
  timeout?: number;
  /** For `google-forms`: the request as the form's entries. */
  formFields?: Record<string, string>;
  /** Told before each retry after a network failure. */
  onRetry?: (attempt: number) => void;
}

/** A kind the server names in a JSON `{ ok: false, kind }` answer. */
function namedKind(data: unknown): 'slot-taken' | 'invalid' | 'closed' | undefined {
  const kind = data && typeof data === 'object' ? (data as Record<string, unknown>).kind : undefined;
  return kind === 'slot-taken' || kind === 'invalid' || kind === 'closed' ? kind : undefined;
}

/**
 * Sends `body` (the request, with `requestId` set to the key) and reads the answer. Network failures are retried
 * (see core/net/retry.ts); an answer of any kind is returned; a failure with no answer after the retries rejects
 * with its `NetError`.
 */
export async function sendBooking(
  transport: SendTransport,
  action: string,
  body: Fields,
  options: BookingSendOptions,
): Promise<BookingOutcome> {
  const { key, signal, timeout } = options;
  const retry = { signal, onRetry: options.onRetry };
  if (transport === 'google-forms') {
    await withRetry(() => sendNoCors(action, options.formFields ?? {}, { signal, timeout }), retry);
    return { ok: true };
  }
  if (transport === 'apps-script') {
    const { status, reply } = await withRetry(() => sendAppsScript(action, body, { signal, timeout }), retry);
    if (reply.ok) return { ok: true, status, id: reply.id || undefined };
    return { ok: false, kind: reply.kind, status, message: reply.message || undefined };
  }
  const result = await withRetry(
    () => sendForm(action, body, { encoding: 'json', signal, timeout, headers: { [IDEMPOTENCY_HEADER]: key } }),
    retry,
  );
  if (result.ok) {
    const id = (result.data as Record<string, unknown> | undefined)?.id;
    return { ok: true, status: result.status, id: typeof id === 'string' && /^[\w-]{1,64}$/.test(id) ? id : undefined };
  }
  const kind = result.status === 409 ? 'slot-taken' : (namedKind(result.data) ?? 'http');
  return { ok: false, kind, status: result.status, message: result.message };
}

/** A new idempotency key (a random UUID, as for sign-ups). */
export const newRequestId = idempotencyKey;
