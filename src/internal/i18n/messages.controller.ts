/**
 * The messages a widget speaks: its locale's catalogue (loaded on first need) with the page's
 * overrides on top, and the country names of its language. `pending` is any of them still
 * loading, for the host's `_settling()`. An English widget without overrides speaks the source
 * and loads none of that code.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { added, localeListeners } from './registry.js';
import { regionNamesPending } from '../local-names.js';
import type { MessagesState } from './messages.js';
import type { Messages } from './msg.js';

let code: Pick<typeof import('./messages.js'), 'messagesFor'> | undefined;
let codeJob: Promise<unknown> | undefined;

export class MessagesController implements ReactiveController, MessagesState {
  /** A catalogue (or the code reading it) on its way; null when the widget's language is ready. */
  pending: Promise<void> | null = null;
  /** Problems with the overrides, worded for the developer (the console). */
  problems: string[] = [];
  _key = '';
  _templates: Messages | null = null;

  constructor(
    readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _overrides: () => unknown,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    localeListeners.add(this);
  }

  hostDisconnected(): void {
    localeListeners.delete(this);
  }

  /** The messages for `locale`, or null for the English source with no overrides. */
  templates(locale: string): Messages | null {
    const given = this._overrides();
    // Lit SSR's element has no children to read: the client reads inline strings when it upgrades.
    const script =
      given === undefined && !isServer ? this._host.querySelector(':scope > script[type="application/json"][slot="strings"]') : null;
    // Another language's country names (their code, and the table of a shipped language) come before the first draw.
    const names = regionNamesPending(locale);
    if (code && !names) return code.messagesFor(this, locale, given, script);
    if (names || (!code && (given !== undefined || script || added(locale)))) {
      // A failed load (offline, a blocked chunk: the console says which) leaves English rather than a blank widget.
      // Cleared when done, even if another is due by then: the update it asks for sees that one.
      this.pending ??= Promise.all([
        (codeJob ??= import('./messages.js').then(
          (m) => (code = m),
          () => (code = { messagesFor: () => null }),
        )),
        names,
      ]).then(() => {
        this.pending = null;
        this._host.requestUpdate();
      });
    }
    return this._templates;
  }
}
