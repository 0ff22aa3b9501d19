/** Resolves at once when the browser is online, otherwise on the next `online` event (or rejects on abort). */
export function whenOnline(signal?: AbortSignal): Promise<void> {
  if (navigator.onLine !== false) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      window.removeEventListener('online', done);
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      window.removeEventListener('online', done);
      reject(new DOMException('aborted', 'AbortError'));
    };
    window.addEventListener('online', done);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Whether the browser says it is offline. */
export function isOffline(): boolean {
  return navigator.onLine === false;
}
