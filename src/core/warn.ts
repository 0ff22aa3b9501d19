/** Console warnings for site owners: each distinct message is printed once per element. */
const seen = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, tag: string, message: string): void {
  let messages = seen.get(owner);
  if (!messages) seen.set(owner, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`[${tag}] ${message}`);
}

/** `[tag] attribute "x": why; using y`: the one shape of every attribute warning. */
export function warnAttribute(owner: object, tag: string, attribute: string, why: string, using: unknown): void {
  warnOnce(owner, tag, `attribute "${attribute}": ${why}; using ${describe(using)}`);
}

/** A fallback described in words rather than quoted as a value: `using no photo`. */
export class Words {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `"${value.join(' ')}"` : 'none';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}
