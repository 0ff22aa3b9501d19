/**
 * Sending to a Google Apps Script web app (integrations/google-apps-script/booking.gs, or any script that answers
 * the same way).
 *
 * An Apps Script web app answers no CORS preflight, so the request must be a "simple" one: a POST whose body is
 * JSON text sent as `text/plain`, with no custom header (the idempotency key travels in the body as `requestId`).
 * Google answers with a 302 to a script.googleusercontent.com address, which the browser follows with a GET; that
 * answer carries the script's JSON and `Access-Control-Allow-Origin: *`.
 */
import { fetchWithTimeout } from '../net/request.js';

/** Why an Apps Script booking was refused. */
export type AppsScriptRefusal = 'slot-taken' | 'invalid' | 'closed' | 'server';

/** The script's answer: `{ ok: true, id }` or `{ ok: false, kind, message }`. */
export type AppsScriptReply = { ok: true; id: string } | { ok: false; kind: AppsScriptRefusal; message: string };

const KINDS: readonly string[] = ['slot-taken', 'invalid', 'closed'];
/** Replies are untrusted: a message longer than this is cut. */
const MAX_MESSAGE = 300;

/** Reads the script's JSON answer; anything else (an HTML error page, a quota message) is a `server` refusal. */
export function readAppsScriptReply(text: string): AppsScriptReply {
  let data: unknown;
  try {
    data = JSON.parse(text.slice(0, 10_000));
  } catch {
    return { ok: false, kind: 'server', message: '' };
  }
  if (!data || typeof data !== 'object') return { ok: false, kind: 'server', message: '' };
  const record = data as Record<string, unknown>;
  const message = typeof record.message === 'string' ? record.message.trim().slice(0, MAX_MESSAGE) : '';
  if (record.ok === true) {
    const id = typeof record.id === 'string' && /^[\w-]{1,64}$/.test(record.id) ? record.id : '';
    return { ok: true, id };
  }
  const kind =
    typeof record.kind === 'string' && KINDS.includes(record.kind) ? (record.kind as AppsScriptRefusal) : 'server';
  return { ok: false, kind, message };
}

export interface AppsScriptOptions {
  signal?: AbortSignal;
  timeout?: number;
}

/**
 * POSTs `body` as JSON text with `Content-Type: text/plain` (no preflight), follows the redirect and reads the
 * answer. Rejects with a `NetError` only when no answer arrived (network, timeout, abort).
 */
export async function sendAppsScript(
  url: string,
  body: unknown,
  options: AppsScriptOptions = {},
): Promise<{ status: number; reply: AppsScriptReply }> {
  const response = await fetchWithTimeout(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body: JSON.stringify(body),
    redirect: 'follow',
    credentials: 'omit',
    signal: options.signal,
    timeout: options.timeout,
    allowHttpErrors: true,
  });
  const text = await response.text().catch(() => '');
  const reply = response.ok ? readAppsScriptReply(text) : ({ ok: false, kind: 'server', message: '' } as const);
  return { status: response.status, reply };
}
