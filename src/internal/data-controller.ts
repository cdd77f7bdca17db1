import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataIssue, Validated } from '../data/issue.js';
import { issue } from '../data/issue.js';

/** Where the data a widget shows came from: first match wins, in this order. */
export type DataOrigin = 'property' | 'src' | 'inline' | 'default';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
}

export interface DataControllerOptions<T> {
  /** Tag name for console messages, e.g. `vote-chart`. */
  tag: () => string;
  /**
   * May answer later: a component may load its validator on first use (most pages show the
   * bundled data, checked at build time, and never need it).
   */
  validate: (input: unknown, origin: DataOrigin) => Validated<T> | Promise<Validated<T>>;
  /** The bundled dataset, used when the page gives none. */
  fallback: () => T;
  /** Called once per resolution, after validation, with what was found. */
  onResolved?: (result: DataResult<T>) => void;
  /** Milliseconds before a `src` request is given up. */
  timeout?: number;
}

export interface DataResult<T> {
  value: T | null;
  issues: DataIssue[];
  origin: DataOrigin;
}

// A script with a `slot` is not the data: `slot="strings"` holds the page's wording (src/internal/i18n).
const INLINE = ':scope > script[type="application/json"]:not([slot])';

/**
 * Resolves a widget's data: the `data` property, else a `src` URL (the only
 * network request a widget makes), else an inline `<script type="application/json">`
 * child, else the bundled default. Every input is validated; problems are kept
 * for the widget to show, logged naming the field, and fired as an `error` event.
 */
export class DataController<T> implements ReactiveController {
  value: T | null = null;
  issues: DataIssue[] = [];
  origin: DataOrigin = 'default';
  /** True while a `src` request or an asynchronous validation is under way. */
  loading = false;
  /**
   * Settles once the asynchronous validation under way has finished (a failed one included)
   * and the host has been asked to update; null when none is. `updateComplete` waits for it.
   */
  pending: Promise<void> | null = null;

  private _host: DataHost;
  private _options: DataControllerOptions<T>;
  private _seenData: unknown = undefined;
  private _seenSrc: string | null | undefined = undefined;
  private _seenInline: string | null = null;
  private _resolved = false;
  private _abort: AbortController | null = null;
  private _mutations: MutationObserver | null = null;
  /** Counts resolutions: an answer for an older one (the input changed meanwhile) is dropped. */
  private _generation = 0;

  constructor(host: DataHost, options: DataControllerOptions<T>) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // CMSs may insert the inline script after the element upgrades.
    if (typeof MutationObserver !== 'undefined') {
      this._mutations = new MutationObserver(() => {
        if (this._inlineText() !== this._seenInline) this._host.requestUpdate();
      });
      this._mutations.observe(this._host, { childList: true, subtree: true, characterData: true });
    }
  }

  hostDisconnected(): void {
    this._mutations?.disconnect();
    this._mutations = null;
    // A src request cut off by disconnection must be made again on reconnection (a
    // validation under way is not cut off: its answer still lands).
    if (this._abort) this._resolved = false;
    this._abort?.abort();
    this._abort = null;
  }

  hostUpdate(): void {
    const host = this._host;
    const inline = this._inlineText();
    if (this._resolved && host.data === this._seenData && (host.src ?? null) === this._seenSrc && inline === this._seenInline) {
      return;
    }
    this._resolved = true;
    this._generation++;
    this.pending = null;
    this._seenData = host.data;
    this._seenSrc = host.src ?? null;
    this._seenInline = inline;
    this._abort?.abort();
    this._abort = null;

    if (host.data !== undefined && host.data !== null) {
      this._accept(host.data, 'property', []);
    } else if (host.src) {
      // Never fetched on a server (Lit SSR): the page's client loads it.
      if (isServer) Object.assign(this, { value: null, issues: [], origin: 'src', loading: true });
      else this._fetch(host.src);
    } else if (inline !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(inline);
      } catch (e) {
        this._finish({
          value: null,
          origin: 'inline',
          issues: [issue('<script type="application/json">', `is not valid JSON (${(e as Error).message})`)],
        });
        return;
      }
      this._accept(parsed, 'inline', []);
    } else {
      this._finish({ value: this._options.fallback(), origin: 'default', issues: [] });
    }
  }

  private _inlineText(): string | null {
    // Lit SSR's element has no children to read: the server renders the bundled data (or the
    // `data` property), and the client reads the inline JSON when it upgrades.
    if (isServer) return null;
    const script = this._host.querySelector(INLINE);
    return script ? (script.textContent ?? '') : null;
  }

  private _accept(input: unknown, origin: DataOrigin, prior: DataIssue[]): void {
    const fail = (e: unknown): Validated<T> =>
      // A validator must never throw, but a widget must never go blank if one does (or if
      // its code cannot be loaded).
      ({ value: null, issues: [issue('data', `could not be read (${(e as Error)?.message ?? String(e)})`)] });
    let result: Validated<T> | Promise<Validated<T>>;
    try {
      result = this._options.validate(input, origin);
    } catch (e) {
      result = fail(e);
    }
    if (typeof (result as Partial<PromiseLike<unknown>>).then !== 'function') {
      const r = result as Validated<T>;
      this._finish({ value: r.value, origin, issues: [...prior, ...r.issues] });
      return;
    }
    // Until the answer comes, what was shown stays (value, issues, origin): a chart being
    // given new data does not blink to a placeholder and back.
    const generation = this._generation;
    this.loading = true;
    const pending: Promise<void> = Promise.resolve(result)
      .then(undefined, fail)
      .then((r) => {
        if (generation !== this._generation) return; // the input changed meanwhile: a newer answer wins
        this.pending = null;
        this._finish({ value: r.value, origin, issues: [...prior, ...r.issues] });
        this._host.requestUpdate();
      });
    this.pending = pending;
  }

  private async _fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this._abort = abort;
    this.loading = true;
    this.value = null;
    this.issues = [];
    this.origin = 'src';
    const timeout = this._options.timeout ?? 10_000;
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    let failure: string | null = null;
    let parsed: unknown;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) {
        failure = `could not load "${url}": the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      } else {
        const text = await response.text();
        try {
          parsed = JSON.parse(text);
        } catch {
          const start = text.trimStart().slice(0, 40);
          failure = `"${url}" did not return JSON (it starts with ${JSON.stringify(start)})`;
        }
      }
    } catch (e) {
      if (abort !== this._abort) return; // superseded by a newer request
      const err = e as Error;
      failure =
        abort.signal.aborted && (abort.signal.reason as Error | undefined)?.name === 'TimeoutError'
          ? `"${url}" did not answer within ${timeout / 1000} s`
          : `could not load "${url}" (${err.message})`;
    } finally {
      clearTimeout(timer);
    }
    if (abort !== this._abort) return;
    this._abort = null;
    this.loading = false;
    if (failure !== null) {
      this._finish({ value: null, origin: 'src', issues: [issue('src', failure)] });
    } else {
      this._accept(parsed, 'src', []);
    }
    this._host.requestUpdate();
  }

  private _finish(result: DataResult<T>): void {
    this.value = result.value;
    this.issues = result.issues;
    this.origin = result.origin;
    this.loading = false;
    this._report(result);
    this._options.onResolved?.(result);
  }

  private _report(result: DataResult<T>): void {
    if (result.issues.length === 0) return;
    const tag = this._options.tag();
    const from = result.origin === 'inline' ? 'inline JSON' : result.origin === 'src' ? 'src' : 'data';
    for (const i of result.issues) {
      const line = `<${tag}> ${from}: ${i.path}: ${i.message}`;
      if (i.severity === 'error') console.error(line);
      else console.warn(line);
    }
    if (result.issues.some((i) => i.severity === 'error')) {
      // After the current update, so listeners see a consistent element. Like the native
      // `error` of <img> and <script>, it does not bubble: a bubbling `error` reaches
      // `window`, where page-wide error trackers would log it as a script crash.
      queueMicrotask(() =>
        this._host.dispatchEvent(
          new CustomEvent('error', {
            detail: { issues: result.issues, origin: result.origin, rendered: result.value !== null },
          }),
        ),
      );
    }
  }
}
