import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { regionNamesPending } from './local-names.js';

/**
 * Country names in the widget's language on their way (local-names.ts): asked for at each
 * update, the host drawn again when they arrive; `wait()` is for the host's `_settling()`.
 */
export class RegionNamesController implements ReactiveController {
  private _waiting: Promise<void> | null = null;

  constructor(private readonly _host: ReactiveControllerHost & { readonly locale: string }) {
    _host.addController(this);
  }

  hostUpdate(): void {
    this.wait();
  }

  /** The names still loading for the host's language, or null when they are here (or not needed). */
  wait(): Promise<void> | null {
    const p = regionNamesPending(this._host.locale);
    if (p && this._waiting !== p) {
      this._waiting = p;
      void p.then(() => this._host.requestUpdate());
    }
    return p;
  }
}
