/**
 * Sending a form to an owner's endpoint, form service or Google Form.
 */
import { fetchWithTimeout, type RequestOptions } from '../net/request.js';

export type FieldValue = string | number | boolean | null | undefined | FieldValue[] | { [key: string]: FieldValue };
export type Fields = Record<string, FieldValue>;

export interface SendResult {
  /** 2xx. */
  ok: boolean;
  status: number;
  /** The parsed JSON reply, when there was one. */
  data?: unknown;
  /** A human-readable message from the reply (JSON `error`, `message`, `errors[]`, or `detail`), as plain text. */
  message?: string;
}

export interface SendOptions {
  /** `json` (default) or `form` (application/x-www-form-urlencoded). */
  encoding?: 'json' | 'form';
  signal?: AbortSignal;
  timeout?: number;
  /** Extra request headers (the `Idempotency-Key` of a sign-up or a booking). */
  headers?: Record<string, string>;
}

/** A readable message from a JSON error reply: `{ error }`, `{ message }`, `{ errors: [...] }`, `{ detail }`. */
export function replyMessage(data: unknown): string | undefined {
  if (typeof data === 'string') return data.trim() || undefined;
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  for (const key of ['message', 'error', 'detail', 'msg']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object') {
      const nested = replyMessage(value);
      if (nested) return nested;
    }
  }
  const errors = record.errors;
  if (Array.isArray(errors)) {
    const parts = errors.map((e) => (typeof e === 'string' ? e : replyMessage(e))).filter(Boolean);
    if (parts.length) return parts.join(' ');
  }
  if (errors && typeof errors === 'object') {
    const parts = Object.values(errors as Record<string, unknown>)
      .flat()
      .map((e) => (typeof e === 'string' ? e : replyMessage(e)))
      .filter(Boolean);
    if (parts.length) return parts.join(' ');
  }
  return undefined;
}

/** Flattens fields for form encoding: arrays repeat the name, objects become JSON, empty values are sent empty. */
export function toSearchParams(fields: Fields): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      params.append(name, item == null ? '' : typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return params;
}

/**
 * POSTs the fields as JSON or form data with `Accept: application/json`. Resolves with the status and any message
 * from the reply (including for 4xx/5xx); rejects with a `NetError` only when there was no reply (network, timeout).
 */
export async function sendForm(url: string, fields: Fields, options: SendOptions = {}): Promise<SendResult> {
  const json = (options.encoding ?? 'json') === 'json';
  const init: RequestOptions = {
    method: 'POST',
    headers: {
      ...options.headers,
      Accept: 'application/json',
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded;charset=UTF-8',
    },
    body: json ? JSON.stringify(fields) : toSearchParams(fields).toString(),
    credentials: 'omit',
    signal: options.signal,
    timeout: options.timeout,
    allowHttpErrors: true,
  };
  const response = await fetchWithTimeout(url, init);
  const text = await response.text().catch(() => '');
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  return { ok: response.ok, status: response.status, data, message: replyMessage(data) };
}

/**
 * POSTs form fields with `mode: 'no-cors'` (Google Forms and other services that send no CORS headers). The reply
 * is opaque: success means only that the request was sent.
 */
export async function sendNoCors(
  url: string,
  fields: Fields,
  options: Omit<SendOptions, 'encoding'> = {},
): Promise<SendResult> {
  await fetchWithTimeout(url, {
    method: 'POST',
    mode: 'no-cors',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: toSearchParams(fields).toString(),
    signal: options.signal,
    timeout: options.timeout,
  });
  return { ok: true, status: 0 };
}
