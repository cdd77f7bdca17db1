/**
 * The one place a widget's attributes are resolved and reported, in the manner of Observable
 * Plot's option normalisers. Each option is a small pure function of its inputs (attributes,
 * the data, another option's value) answering `{ value, issues }`. A component declares its
 * options once (`this._option(inputs, resolve)` in a field); the base resolves them all in
 * `willUpdate`, once the data is known, re-running an option only when one of its inputs
 * changed (by identity, as Lit compares properties), and shows and logs their issues together.
 * An attribute that names something in the data (`highlight`, `supplier`, `center`, `group`)
 * is therefore checked against that data with the same words, by the same route, as `view`.
 */
import type { DataIssue } from '../data/issue.js';

/** What a normaliser answers: the option to use and what it had to drop or change, naming the attribute. */
export interface Normalized<V> {
  value: V;
  issues: DataIssue[];
}

/** Runs a normaliser written in the `(value…, issues) => option` style (`keyword()`, `year()`…) as `{ value, issues }`. */
export function normalize<V>(run: (issues: DataIssue[]) => V): Normalized<V> {
  const issues: DataIssue[] = [];
  return { value: run(issues), issues };
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** One declared option: its inputs as last read, and what its normaliser made of them. */
export class Option<V> {
  private _inputs: readonly unknown[] | null = null;
  private _result: Normalized<V> | null = null;
  /** How many times the normaliser ran: once per change of an input (tests count it). */
  runs = 0;

  constructor(
    private readonly _read: () => readonly unknown[],
    private readonly _resolve: (...inputs: never[]) => Normalized<V>,
  ) {}

  /** Runs the normaliser if an input changed since it last ran; true when it did. */
  refresh(): boolean {
    const inputs = this._read();
    if (this._result && this._inputs && same(inputs, this._inputs)) return false;
    this._inputs = inputs;
    this._result = (this._resolve as (...i: readonly unknown[]) => Normalized<V>)(...inputs);
    this.runs++;
    return true;
  }

  /** The option as of the last update (resolved now if read before the first one, e.g. by a property getter). */
  get value(): V {
    if (!this._result) this.refresh();
    return this._result!.value;
  }

  get issues(): DataIssue[] {
    return this._result?.issues ?? [];
  }
}

export class OptionHook {
  private readonly _options: Option<unknown>[] = [];
  private _logged = '';

  /**
   * Declares an option: `inputs` reads what it depends on, `resolve` (pure) turns those into
   * `{ value, issues }`. Options resolve in the order declared, so one may read another's value.
   */
  add<I extends readonly unknown[], V>(inputs: () => readonly [...I], resolve: (...inputs: I) => Normalized<V>): Option<V> {
    const option = new Option<V>(inputs, resolve as unknown as (...inputs: never[]) => Normalized<V>);
    this._options.push(option as Option<unknown>);
    return option;
  }

  /**
   * Brings every option up to date and answers all their issues, in declaration order. Each
   * problem goes to the console (naming the tag) when the set of problems changes, not at every update.
   */
  resolve(tag: string): DataIssue[] {
    const issues: DataIssue[] = [];
    for (const o of this._options) {
      o.refresh();
      issues.push(...o.issues);
    }
    const key = issues.map((i) => i.message).join('\n');
    if (key !== this._logged) {
      // Only the problems not already said: a new one does not repeat the others.
      const said = new Set(this._logged.split('\n'));
      for (const i of issues) if (!said.has(i.message)) console.warn(`<${tag}> ${i.message}`);
      this._logged = key;
    }
    return issues;
  }
}
