/**
 * Idempotency keys: one random UUID per logical request (a sign-up, a booking), sent again unchanged with every
 * retry of it, so that a server that already accepted a request whose reply was lost can drop the duplicate.
 * Sent as the `Idempotency-Key` request header where the transport allows headers (the `endpoint` transport).
 */

/** The header name every sender uses. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A new random (version 4) UUID: `crypto.randomUUID()` where it exists (secure contexts), else built from
 * `crypto.getRandomValues()` (which also works on a plain-http blog).
 */
export function idempotencyKey(): string {
  const random = globalThis.crypto;
  if (typeof random?.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
