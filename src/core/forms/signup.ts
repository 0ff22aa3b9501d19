/**
 * Sending a sign-up to a newsletter provider and reading its reply. Loaded on demand: <subscribe-form> starts
 * fetching it when a visitor starts filling the form (see providers.ts for the names and shapes).
 *
 * The request building (`buildRequest`) and the reply interpretation (`mailchimpOutcome`, `endpointOutcome`,
 * `failureOutcome`) are pure functions; `sendSubscription` runs a built request over the network.
 *
 * What each provider's embed code posts (from their embed forms):
 * - `endpoint`: the owner's own server or a form service; JSON or form data, `Accept: application/json`.
 * - `mailchimp`: `https://<dc>.list-manage.com/subscribe/post?u=<u>&id=<id>` with `EMAIL`, `FNAME` and an empty
 *   honeypot `b_<u>_<id>`. That route sends no CORS headers, so the request goes to `/subscribe/post-json` as JSONP
 *   (`c=<callback>`), which answers `{ result: "success" | "error", msg }` where `msg` may contain HTML. JSONP runs
 *   the reply as a script, so only on Mailchimp's own hosts (`*.list-manage.com`); an action elsewhere (a proxy)
 *   gets the same fields POSTed to its `/subscribe/post-json` with fetch and CORS, and the same reply is read.
 * - `buttondown`: `https://buttondown.com/api/emails/embed-subscribe/<username>` with `email` (and `embed=1`).
 * - `mailerlite`: `https://assets.mailerlite.com/jsonp/<account>/forms/<form>/subscribe` with `fields[email]`,
 *   `fields[name]`, `ml-submit=1`, `anticsrf=true`.
 * - `follow-it`: `https://api.follow.it/subscription-form/<id>/8` with `email`.
 * - `google-forms`: `https://docs.google.com/forms/d/e/<id>/formResponse` with `entry.<N>` fields.
 * The last four are posted with `mode: 'no-cors'`: their replies cannot be read from another origin, so the widget
 * can only say that the request was sent (and, for newsletters, to confirm from the inbox).
 */
import { isMailchimpHost } from '../net/hosts.js';
import { IDEMPOTENCY_HEADER } from '../net/idempotency.js';
import { jsonp } from '../net/jsonp.js';
import { NetError } from '../net/request.js';
import { htmlToText } from '../safe.js';
import { sendForm, sendNoCors, type SendResult } from './submit.js';
import {
  DEFAULT_FIELD_MAPS,
  type FieldMap,
  type Outcome,
  type Provider,
  type Signup,
  type SubscriptionRequest,
} from './providers.js';

/** Something wrong with the owner's configuration (the form cannot send). */
export { idempotencyKey } from '../net/idempotency.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const MAILCHIMP_PATH = /\/subscribe\/post(-json)?\/?$/;

/** The Mailchimp JSONP address for an embed form's `…/subscribe/post?u=…&id=…` action, and its honeypot name. */
export function mailchimpJsonUrl(action: string): { url: URL; honeypot?: string } {
  const url = new URL(action, globalThis.location?.href);
  if (!MAILCHIMP_PATH.test(url.pathname)) {
    throw new ConfigError(`${JSON.stringify(action)} is not a Mailchimp form address (…/subscribe/post?u=…&id=…)`);
  }
  url.pathname = url.pathname.replace(MAILCHIMP_PATH, '/subscribe/post-json');
  const u = url.searchParams.get('u');
  const id = url.searchParams.get('id');
  return { url, honeypot: u && id ? `b_${u}_${id}` : undefined };
}

/** The request that subscribes `signup` with `provider` at `action` (the embed form's address). */
export function buildRequest(
  provider: Provider,
  action: string,
  signup: Signup,
  options: { fieldMap?: FieldMap; encoding?: 'json' | 'form'; idempotencyKey?: string } = {},
): SubscriptionRequest {
  if (!action) throw new ConfigError('no form address (attribute "action")');
  const map = { ...DEFAULT_FIELD_MAPS[provider], ...options.fieldMap };
  if (!map.email)
    throw new ConfigError(`no field name for the email address (attribute "field-map", e.g. "email:entry.123")`);
  const fields: Record<string, string> = { [map.email]: signup.email };
  if (signup.name && map.name) fields[map.name] = signup.name;
  if (signup.consent !== undefined && map.consent) fields[map.consent] = signup.consent ? 'yes' : 'no';

  switch (provider) {
    case 'mailchimp': {
      const { url, honeypot } = mailchimpJsonUrl(action);
      // Mailchimp's own bot trap: a field that must arrive empty.
      if (honeypot) fields[honeypot] = '';
      // Anywhere but Mailchimp's own hosts: no script from the reply, a CORS POST (the fields in the body).
      if (!isMailchimpHost(url.hostname))
        return { provider, transport: 'fetch', url: url.href, fields, encoding: 'form' };
      for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, value);
      return { provider, transport: 'jsonp', url: url.href, fields, encoding: 'form' };
    }
    case 'buttondown':
      return { provider, transport: 'no-cors', url: action, fields: { ...fields, embed: '1' }, encoding: 'form' };
    case 'mailerlite':
      return {
        provider,
        transport: 'no-cors',
        url: action,
        fields: { ...fields, 'ml-submit': '1', anticsrf: 'true' },
        encoding: 'form',
      };
    case 'follow-it':
    case 'google-forms':
      return { provider, transport: 'no-cors', url: action, fields, encoding: 'form' };
    default:
      return {
        provider,
        transport: 'fetch',
        url: action,
        fields,
        encoding: options.encoding ?? 'json',
        idempotencyKey: options.idempotencyKey,
      };
  }
}

/** The longest provider message read (a reply is untrusted: capped before its markup is read). */
const REPLY_MAX = 1_000;

const ALREADY = /already (subscribed|a list member|a member|exists)/i;
const TOO_MANY = /too many (recent signup requests|subscribe attempts|requests)/i;

/**
 * Mailchimp's JSONP reply `{ result, msg }`. `msg` is HTML; it comes back as text without Mailchimp's "0 - " prefix.
 * "… is already subscribed to list …" and "Recipient … has too many recent signup requests" get their own states.
 */
export function mailchimpOutcome(reply: unknown, doubleOptIn = false): Outcome {
  const record = (reply && typeof reply === 'object' ? reply : {}) as { result?: unknown; msg?: unknown };
  const message =
    htmlToText(typeof record.msg === 'string' ? record.msg.slice(0, REPLY_MAX) : '', REPLY_MAX).replace(
      /^\d+\s+-\s+/,
      '',
    ) || undefined;
  // Double opt-in lists answer "Almost finished... We need to confirm your email address".
  if (record.result === 'success')
    return { status: doubleOptIn || /confirm/i.test(message ?? '') ? 'confirm' : 'success', message };
  if (message && ALREADY.test(message)) return { status: 'already-subscribed', message };
  if (message && TOO_MANY.test(message)) return { status: 'rate-limited', message, reason: 'rate-limited' };
  return { status: 'error', message, reason: record.result === 'error' ? 'rejected' : 'unknown' };
}

/** An endpoint's reply: 2xx success, 409 already subscribed, 429 rate-limited, other 4xx rejected, 5xx server. */
export function endpointOutcome(result: SendResult, doubleOptIn = false): Outcome {
  // A 2xx is a success whatever its message says: the message is not even read (it is never shown).
  if (result.ok) return { status: doubleOptIn ? 'confirm' : 'success' };
  const message = result.message ? htmlToText(result.message.slice(0, REPLY_MAX), REPLY_MAX) : undefined;
  if (result.status === 409 || (message && ALREADY.test(message))) return { status: 'already-subscribed', message };
  if (result.status === 429 || (message && TOO_MANY.test(message))) {
    return { status: 'rate-limited', message, reason: 'rate-limited', httpStatus: result.status };
  }
  if (result.status >= 500) return { status: 'error', reason: 'server', message, httpStatus: result.status };
  return { status: 'error', reason: 'rejected', message, httpStatus: result.status };
}

/** A request that got no usable reply. */
export function failureOutcome(error: unknown): Outcome {
  if (error instanceof ConfigError) return { status: 'error', reason: 'config', message: error.message };
  if (error instanceof NetError) {
    if (error.kind === 'timeout') return { status: 'error', reason: 'timeout' };
    if (error.kind === 'http')
      return { status: 'error', reason: (error.status ?? 0) >= 500 ? 'server' : 'rejected', httpStatus: error.status };
    if (error.kind === 'network' || error.kind === 'cors') {
      return { status: 'error', reason: navigator.onLine === false ? 'offline' : 'network' };
    }
    if (error.kind === 'parse') return { status: 'error', reason: 'server' };
  }
  return { status: 'error', reason: 'unknown' };
}

/** Sends a built request and interprets the reply. Never rejects except on abort (`NetError` kind `aborted`). */
export async function sendSubscription(
  request: SubscriptionRequest,
  options: { timeout?: number; signal?: AbortSignal; doubleOptIn?: boolean } = {},
): Promise<Outcome> {
  const { timeout, signal, doubleOptIn } = options;
  try {
    if (request.transport === 'jsonp') {
      const reply = await jsonp(request.url, { callbackParam: 'c', timeout, signal });
      return mailchimpOutcome(reply, doubleOptIn);
    }
    if (request.transport === 'no-cors') {
      await sendNoCors(request.url, request.fields, { timeout, signal });
      return { status: 'sent' };
    }
    const send = (headers?: Record<string, string>) =>
      sendForm(request.url, request.fields, { encoding: request.encoding, timeout, signal, headers });
    let result: SendResult;
    if (!request.idempotencyKey) result = await send();
    else {
      try {
        result = await send({ [IDEMPOTENCY_HEADER]: request.idempotencyKey });
      } catch (error) {
        // A service on another origin whose CORS preflight does not allow the header refuses before anything is sent:
        // send once without it, as the request was before the header existed.
        if (!(error instanceof NetError) || error.kind !== 'cors') throw error;
        result = await send();
      }
    }
    // Mailchimp's post-json (reached by fetch off Mailchimp's own hosts) answers 200 with { result: "error" } too.
    if (request.provider === 'mailchimp' && result.ok) return mailchimpOutcome(result.data, doubleOptIn);
    return endpointOutcome(result, doubleOptIn);
  } catch (error) {
    if (error instanceof NetError && error.kind === 'aborted') throw error;
    return failureOutcome(error);
  }
}
