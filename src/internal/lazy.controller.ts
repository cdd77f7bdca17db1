/**
 * Code (or data) that only some readers need, loaded on first use: a chunk of map code,
 * say, that force-layout readers never fetch. One state machine for every widget:
 * idle → loading → ready, or → error, from which `retry()` starts again.
 *
 * The host asks with `request()` during render and draws what the state says (the value,
 * a "Loading…" status, or the error worded for readers); it is asked to update when the
 * load ends. `pending` is the load under way, for the host's `_settling()`, so that
 * `await el.updateComplete` means "drawn", loaded code included.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LazyState = 'idle' | 'loading' | 'ready' | 'error';

export class LazyController<T> implements ReactiveController {
  state: LazyState = 'idle';
  value: T | null = null;
  /** Why the last load failed (the error's message), while `state` is `error`. */
  error: string | null = null;
  /** The load under way, or null. */
  pending: Promise<void> | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _load: () => Promise<T>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** The value when ready; else starts the load (once; not again after an error) and answers null. */
  request(): T | null {
    if (this.state === 'idle') this._start();
    return this.value;
  }

  /** After an error: loads again (the next `request()` sees `loading`). */
  retry(): void {
    if (this.state !== 'error') return;
    this.error = null;
    this._start();
    this._host.requestUpdate();
  }

  private _start(): void {
    this.state = 'loading';
    const pending: Promise<void> = this._load()
      .then(
        (value) => {
          this.value = value;
          this.state = 'ready';
        },
        (e: unknown) => {
          this.error = e instanceof Error ? e.message : String(e);
          this.state = 'error';
        },
      )
      .then(() => {
        if (this.pending === pending) this.pending = null;
        this._host.requestUpdate();
      });
    this.pending = pending;
  }
}
