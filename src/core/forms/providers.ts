/**
 * Newsletter providers: how a sign-up is sent to each one and what its reply means.
 *
 * The request building (`buildRequest`) and the reply interpretation (`mailchimpOutcome`, `endpointOutcome`,
 * `failureOutcome`) are pure functions; `sendSubscription` runs a built request over the network.
 *
 * What each provider's embed code posts (from their embed forms):
 * - `endpoint`: the owner's own server or a form service; JSON or form data, `Accept: application/json`.
 * - `mailchimp`: `https://<dc>.list-manage.com/subscribe/post?u=<u>&id=<id>` with `EMAIL`, `FNAME` and an empty
 *   honeypot `b_<u>_<id>`. That route sends no CORS headers, so the request goes to `/subscribe/post-json` as JSONP
 *   (`c=<callback>`), which answers `{ result: "success" | "error", msg }` where `msg` may contain HTML.
 * - `buttondown`: `https://buttondown.com/api/emails/embed-subscribe/<username>` with `email` (and `embed=1`).
 * - `mailerlite`: `https://assets.mailerlite.com/jsonp/<account>/forms/<form>/subscribe` with `fields[email]`,
 *   `fields[name]`, `ml-submit=1`, `anticsrf=true`.
 * - `follow-it`: `https://api.follow.it/subscription-form/<id>/8` with `email`.
 * - `google-forms`: `https://docs.google.com/forms/d/e/<id>/formResponse` with `entry.<N>` fields.
 * The last four are posted with `mode: 'no-cors'`: their replies cannot be read from another origin, so the widget
 * can only say that the request was sent (and, for newsletters, to confirm from the inbox).
 */
import { jsonp } from '../net/jsonp.js';
import { NetError } from '../net/request.js';
import { htmlToText } from '../safe.js';
import { sendForm, sendNoCors, type SendResult } from './submit.js';

export const PROVIDERS = ['endpoint', 'mailchimp', 'buttondown', 'mailerlite', 'follow-it', 'google-forms'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** What the visitor typed, by logical name. */
export interface Signup {
  email: string;
  name?: string;
  /** Whether the consent box was ticked (only when the form shows one). */
  consent?: boolean;
}

/** Logical field -> the provider's field name. */
export type FieldMap = Partial<Record<'email' | 'name' | 'consent', string>>;

/** The provider's own field names, as its embed code uses them. `name` missing: the embed form has no name field. */
export const DEFAULT_FIELD_MAPS: Record<Provider, FieldMap> = {
  endpoint: { email: 'email', name: 'name', consent: 'consent' },
  mailchimp: { email: 'EMAIL', name: 'FNAME' },
  buttondown: { email: 'email' },
  mailerlite: { email: 'fields[email]', name: 'fields[name]' },
  'follow-it': { email: 'email' },
  'google-forms': {},
};

/** How a request travels. */
export type Transport = 'fetch' | 'jsonp' | 'no-cors';

export interface SubscriptionRequest {
  provider: Provider;
  transport: Transport;
  /** For `jsonp`, the full address with the fields in the query (without the callback). */
  url: string;
  /** The fields as the provider names them (for `jsonp` also already in `url`). */
  fields: Record<string, string>;
  encoding: 'json' | 'form';
}

/** Something wrong with the owner's configuration (the form cannot send). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `email:EMAIL name:FNAME` (space- or comma-separated `logical:provider` pairs). Unknown pairs are skipped. */
export function parseFieldMap(raw: string): { map: FieldMap; skipped: string[] } {
  const map: FieldMap = {};
  const skipped: string[] = [];
  for (const pair of raw.split(/[\s,]+/).filter(Boolean)) {
    const at = pair.indexOf(':');
    const key = at > 0 ? pair.slice(0, at).toLowerCase() : '';
    const value = at > 0 ? pair.slice(at + 1) : '';
    if ((key === 'email' || key === 'name' || key === 'consent') && value) map[key] = value;
    else skipped.push(pair);
  }
  return { map, skipped };
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
  options: { fieldMap?: FieldMap; encoding?: 'json' | 'form' } = {},
): SubscriptionRequest {
  if (!action) throw new ConfigError('no form address (attribute "action")');
  const map = { ...DEFAULT_FIELD_MAPS[provider], ...options.fieldMap };
  if (!map.email) throw new ConfigError(`no field name for the email address (attribute "field-map", e.g. "email:entry.123")`);
  const fields: Record<string, string> = { [map.email]: signup.email };
  if (signup.name && map.name) fields[map.name] = signup.name;
  if (signup.consent !== undefined && map.consent) fields[map.consent] = signup.consent ? 'yes' : 'no';

  switch (provider) {
    case 'mailchimp': {
      const { url, honeypot } = mailchimpJsonUrl(action);
      // Mailchimp's own bot trap: a field that must arrive empty.
      if (honeypot) fields[honeypot] = '';
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
      return { provider, transport: 'fetch', url: action, fields, encoding: options.encoding ?? 'json' };
  }
}

/** What the visitor is told. */
export type OutcomeStatus =
  /** The provider confirmed the subscription. */
  | 'success'
  /** The provider accepted it and sends a confirmation email (double opt-in). */
  | 'confirm'
  /** Sent, but the reply could not be read (no-cors): check the inbox. */
  | 'sent'
  | 'already-subscribed'
  | 'rate-limited'
  | 'error';

/** Why a subscription failed, as `subscribe-error` reports it. */
export type FailureReason = 'rejected' | 'rate-limited' | 'server' | 'timeout' | 'network' | 'offline' | 'config' | 'unknown';

export interface Outcome {
  status: OutcomeStatus;
  /** A message from the provider, as plain text. */
  message?: string;
  /** For `error`: why. */
  reason?: FailureReason;
}

const ALREADY = /already (subscribed|a list member|a member|exists)/i;
const TOO_MANY = /too many (recent signup requests|subscribe attempts|requests)/i;

/**
 * Mailchimp's JSONP reply `{ result, msg }`. `msg` is HTML; it comes back as text without Mailchimp's "0 - " prefix.
 * "… is already subscribed to list …" and "Recipient … has too many recent signup requests" get their own states.
 */
export function mailchimpOutcome(reply: unknown, doubleOptIn = false): Outcome {
  const record = (reply && typeof reply === 'object' ? reply : {}) as { result?: unknown; msg?: unknown };
  const message = htmlToText(typeof record.msg === 'string' ? record.msg : '').replace(/^\d+\s+-\s+/, '') || undefined;
  // Double opt-in lists answer "Almost finished... We need to confirm your email address".
  if (record.result === 'success') return { status: doubleOptIn || /confirm/i.test(message ?? '') ? 'confirm' : 'success', message };
  if (message && ALREADY.test(message)) return { status: 'already-subscribed', message };
  if (message && TOO_MANY.test(message)) return { status: 'rate-limited', message, reason: 'rate-limited' };
  return { status: 'error', message, reason: record.result === 'error' ? 'rejected' : 'unknown' };
}

/** An endpoint's reply: 2xx success, 409 already subscribed, 429 rate-limited, other 4xx rejected, 5xx server. */
export function endpointOutcome(result: SendResult, doubleOptIn = false): Outcome {
  const message = result.message ? htmlToText(result.message) : undefined;
  if (result.ok) return { status: doubleOptIn ? 'confirm' : 'success' };
  if (result.status === 409 || (message && ALREADY.test(message))) return { status: 'already-subscribed', message };
  if (result.status === 429 || (message && TOO_MANY.test(message))) {
    return { status: 'rate-limited', message, reason: 'rate-limited' };
  }
  if (result.status >= 500) return { status: 'error', reason: 'server', message };
  return { status: 'error', reason: 'rejected', message };
}

/** A request that got no usable reply. */
export function failureOutcome(error: unknown): Outcome {
  if (error instanceof ConfigError) return { status: 'error', reason: 'config', message: error.message };
  if (error instanceof NetError) {
    if (error.kind === 'timeout') return { status: 'error', reason: 'timeout' };
    if (error.kind === 'http') return { status: 'error', reason: (error.status ?? 0) >= 500 ? 'server' : 'rejected' };
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
    const result = await sendForm(request.url, request.fields, { encoding: request.encoding, timeout, signal });
    return endpointOutcome(result, doubleOptIn);
  } catch (error) {
    if (error instanceof NetError && error.kind === 'aborted') throw error;
    return failureOutcome(error);
  }
}
