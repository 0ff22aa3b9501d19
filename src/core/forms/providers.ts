/**
 * Newsletter providers: their names, field names and the shapes of a sign-up and its outcome. The sending itself
 * (signup.ts: building each provider's request and reading its reply) loads when a visitor starts filling the form.
 */
import type { ErrorKind } from '../errors.js';
import { parseFieldMap as parseFields } from './fields.js';

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
  /**
   * The sign-up's idempotency key (the same for every retry of it), sent as the `Idempotency-Key` header by the
   * `endpoint` transport (sent once more without it when a cross-origin service's CORS preflight refuses it).
   * The newsletter providers' embed forms take no such field (they recognise a repeated address themselves:
   * "already subscribed"), so it is not sent to them.
   */
  idempotencyKey?: string;
}

/** The logical fields a subscribe `field-map` names. */
export const FIELD_MAP_KEYS = ['email', 'name', 'consent'] as const;

/** Parses `email=EMAIL name=FNAME` (`email:EMAIL` is read the same; see core/forms/fields.ts). Unknown pairs are skipped. */
export function parseFieldMap(raw: string): { map: FieldMap; skipped: string[] } {
  return parseFields(raw, FIELD_MAP_KEYS);
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

/**
 * Why a subscription failed, as `subscribe-error`'s `reason` reports it. The same words as core/errors.ts's `ErrorKind`
 * (the detail's `kind`), except `config`, which is `setup` there (see `failureKind`).
 */
export type FailureReason =
  Extract<ErrorKind, 'rejected' | 'rate-limited' | 'server' | 'timeout' | 'network' | 'offline' | 'unknown'> | 'config';

/** A failure reason in the one vocabulary of every `*-error` event's `kind`. */
export function failureKind(reason: FailureReason): ErrorKind {
  return reason === 'config' ? 'setup' : reason;
}

export interface Outcome {
  status: OutcomeStatus;
  /** A message from the provider, as plain text. */
  message?: string;
  /** For `error`: why. */
  reason?: FailureReason;
  /** For `error` and `rate-limited`: the HTTP status of the reply, when there was one. */
  httpStatus?: number;
}
