/**
 * `LoadController`: the life of one piece of asynchronous work a widget shows (loading posts, a search, sending a
 * form), as a Lit reactive controller; no rendering.
 *
 * - `state`: `idle` (nothing asked yet), `loading`, `offline` (waiting for the connection), `ready` (`value` holds
 *   the result) or `error` (`error` holds `{ kind, status?, message }`). Each change asks the host to render.
 * - `run(work)` starts the work (aborting a run still on its way); `retry()` runs the last work again;
 *   `settle(value)` shows a value at once (from a cache); `abort()` gives the run up and puts back the state from
 *   before it (`abort(true)`: back to `idle`).
 * - Offline (the browser says so), a run first waits for the connection in the `offline` state (`waitOnline`,
 *   default on); the work can wait again at any step with `online(signal)`.
 * - `background`: the state (and the shown value) stays while the work runs and when it fails (a stale value being
 *   refreshed); `error` is still set and `onError` still called.
 * - Leaving the page aborts the run; a move (disconnect and connect at once) lets it go on. With `resume`, a run
 *   aborted so starts again when the element is back in the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorDetail, type ErrorDetail } from '../errors.js';
import { isOffline, whenOnline } from './online.js';

export type LoadState = 'idle' | 'loading' | 'offline' | 'ready' | 'error';

/** The work of a run: resolves with the value; `signal` aborts when the run is given up. */
export type LoadWork<T> = (signal: AbortSignal) => Promise<T>;

export interface LoadOptions<T, E extends ErrorDetail> {
  /** A run resolved (after `state` became `ready`). Not called for `settle`. */
  onValue?(value: T): void;
  /** A run failed (not called when it was aborted). */
  onError?(error: E): void;
  /** Reads a failure into the error shape (default: core/errors.ts's `errorDetail`). */
  toError?(reason: unknown): E;
  /** Wait for the connection before the work starts when the browser is offline (default true). */
  waitOnline?: boolean;
  /** Run again when the element is back in the page after leaving it mid-way (default false). */
  resume?: boolean;
}

export interface RunOptions {
  /** Keep the state while the work runs and when it fails (see above). */
  background?: boolean;
}

export class LoadController<T, E extends ErrorDetail = ErrorDetail> implements ReactiveController {
  state: LoadState = 'idle';
  value?: T;
  error?: E;

  private work?: LoadWork<T>;
  private runOptions: RunOptions = {};
  private abortController?: AbortController;
  /** What `abort()` puts back. */
  private before: [LoadState, T | undefined, E | undefined] = ['idle', undefined, undefined];
  private interrupted = false;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LoadOptions<T, E> = {},
  ) {
    host.addController(this);
  }

  /** Whether a run is on its way (`loading`, `offline`, or a background run). */
  get pending(): boolean {
    return Boolean(this.abortController);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.retry();
  }

  hostDisconnected(): void {
    // A move (appendChild elsewhere) connects the element again before this runs: the run goes on.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.abortController) return;
      this.interrupted = Boolean(this.options.resume);
      this.abort();
    });
  }

  /** Starts `work` (aborting a run on its way); settles when it is done, failed or aborted; never rejects. */
  async run(work: LoadWork<T>, options: RunOptions = {}): Promise<void> {
    if (this.abortController) this.abortController.abort();
    else this.before = [this.state, this.value, this.error];
    this.work = work;
    this.runOptions = options;
    const controller = (this.abortController = new AbortController());
    const { signal } = controller;
    if (!options.background) this.show('loading');
    try {
      if (this.options.waitOnline !== false) await this.online(signal);
      const value = await work(signal);
      if (signal.aborted) return;
      this.abortController = undefined;
      this.value = value;
      this.show('ready');
      this.options.onValue?.(value);
    } catch (reason) {
      if (signal.aborted) return;
      this.abortController = undefined;
      this.error = (this.options.toError ?? (errorDetail as (reason: unknown) => E))(reason);
      if (options.background) this.host.requestUpdate();
      else this.show('error');
      this.options.onError?.(this.error);
    }
  }

  /** Runs the last work again (the retry button). */
  retry(): Promise<void> {
    return this.work ? this.run(this.work, this.runOptions) : Promise.resolve();
  }

  /** Shows `value` at once (from a cache), giving up any run on its way. */
  settle(value: T): void {
    this.abortController?.abort();
    this.abortController = undefined;
    this.value = value;
    this.error = undefined;
    this.show('ready');
  }

  /** Gives the run up: the state from before it is back (`reset`: `idle`, no value, no error; else nothing to do without a run). */
  abort(reset = false): void {
    if (!reset && !this.abortController) return;
    this.abortController?.abort();
    this.abortController = undefined;
    [this.state, this.value, this.error] = reset ? ['idle', undefined, undefined] : this.before;
    this.host.requestUpdate();
  }

  /** Offline: the `offline` state until the connection returns, then `loading` (at once when online). */
  async online(signal: AbortSignal): Promise<void> {
    if (!isOffline()) return;
    this.show('offline');
    await whenOnline(signal);
    this.show('loading');
  }

  private show(state: LoadState): void {
    this.state = state;
    if (state === 'loading' || state === 'ready') this.error = undefined;
    this.host.requestUpdate();
  }
}
