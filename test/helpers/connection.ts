// The visitor's connection, as the widgets read it (`navigator.onLine`), switched by a test.

/**
 * Inside a `describe`: `navigator.onLine` reads the returned switch, back on (`true`) before each test and
 * the browser's own again after it. A test sets `connection.online = false`, and dispatches `online` to come back.
 */
export function fakeConnection(): { online: boolean } {
  const connection = { online: true };
  beforeEach(() => {
    connection.online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => connection.online });
  });
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).onLine;
  });
  return connection;
}
