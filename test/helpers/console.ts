/** Records console.warn calls while a test runs (the warnings owners read). */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The requests the test server recorded under `key`. */
export async function received(key: string): Promise<
  {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body: string;
    aborted: boolean;
  }[]
> {
  const response = await fetch(`/mock-log/${encodeURIComponent(key)}`, { cache: 'no-store' });
  return response.json();
}

/** A fresh log key for one test. */
let counter = 0;
export function logKey(name = 'test'): string {
  counter += 1;
  return `${name}-${Date.now().toString(36)}-${counter}`;
}
