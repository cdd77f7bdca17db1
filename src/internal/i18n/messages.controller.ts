/**
 * The messages a widget speaks: its locale's catalogue (loaded on first need) with the page's
 * overrides on top. `pending` is a catalogue still loading, for the host's `_settling()`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateMap } from '@lit/localize';
import { catalogue, onLocaleAdded } from './catalogues.js';
import { parseOverrides } from './overrides.js';

const INLINE = ':scope > script[type="application/json"][slot="strings"]';

export class MessagesController implements ReactiveController {
  /** A catalogue on its way; null when the widget's language is ready. */
  pending: Promise<void> | null = null;
  /** Problems with the overrides, worded for the developer (the console). */
  problems: string[] = [];
  private _key = '';
  private _templates: TemplateMap | null = null;
  private _stop: (() => void) | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _overrides: () => unknown,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._stop = onLocaleAdded(() => {
      this._key = '';
      this._host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this._stop?.();
  }

  /** The messages for `locale`, or null for the English source with no overrides. */
  templates(locale: string): TemplateMap | null {
    const given = this._overrides();
    // Lit SSR's element has no children to read: the client reads inline strings when it upgrades.
    const script = given === undefined && !isServer ? this._host.querySelector(INLINE) : null;
    const found = catalogue(locale);
    if (found instanceof Promise) {
      if (!this.pending) {
        const job = found.then(() => {
          if (this.pending === job) this.pending = null;
          this._host.requestUpdate();
        });
        this.pending = job;
      }
      return this._templates;
    }
    this.pending = null;
    const key = `${locale}\n${given === undefined ? (script?.textContent ?? '') : JSON.stringify(given)}`;
    if (key !== this._key) {
      this._key = key;
      this.problems = [];
      let overrides = given;
      if (script) {
        try {
          overrides = JSON.parse(script.textContent ?? '') as unknown;
        } catch (e) {
          this.problems.push(`<script slot="strings"> is not valid JSON (${(e as Error).message})`);
        }
      }
      const own = parseOverrides(overrides, this.problems);
      const any = Object.keys(own).length > 0;
      this._templates = found || any ? { ...found, ...own } : null;
    }
    return this._templates;
  }
}
