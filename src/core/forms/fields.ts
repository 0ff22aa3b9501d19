/**
 * The forms vocabulary shared by <subscribe-form> and <book-appointment>: what counts as an email address and how a
 * `field-map` attribute is written. Pure, so that both widgets (and their tests) read them the same way.
 */

/**
 * An email address as a form accepts it: one `@`, a dot in the domain, a top-level part of two letters or more, and
 * none of the characters that would make it a list or markup (spaces, `<>()",;:`). Linear-time (no nested repeats).
 */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;

/** Whether `text` (already trimmed) reads as one email address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * Reads a `field-map` attribute: `name=target` pairs (the documented form; `name:target` is read the same),
 * separated by spaces or commas. `keys` are the names the widget knows (matched without regard to case, returned as
 * written in `keys`); a pair with another name or no target is returned in `skipped`, in order.
 */
export function parseFieldMap<K extends string>(
  raw: string,
  keys: readonly K[],
): { map: Partial<Record<K, string>>; skipped: string[] } {
  const map: Partial<Record<K, string>> = {};
  const skipped: string[] = [];
  for (const pair of raw.split(/[\s,]+/).filter(Boolean)) {
    const at = pair.search(/[=:]/);
    const name = at > 0 ? pair.slice(0, at).toLowerCase() : '';
    const target = at > 0 ? pair.slice(at + 1) : '';
    const key = keys.find((k) => k.toLowerCase() === name);
    if (key && target) map[key] = target;
    else skipped.push(pair);
  }
  return { map, skipped };
}
