/**
 * The embed builder (demo/builder.html): an editor picks a component and its options,
 * sees the widget live, and copies either the script snippet or the iframe variant.
 *
 * The form is generated from custom-elements.json, so a new attribute or view appears
 * here as soon as a component documents it. The preview is built from the very same
 * attribute list as the snippet, so what the editor sees is what the snippet draws.
 */
import {
  DEFAULT_BASE,
  attributesFor,
  iframeSnippet,
  readComponents,
  scriptSnippet,
  type AttrSpec,
  type Choices,
  type ComponentSpec,
  type Manifest,
} from './builder-manifest.js';
import { PACKAGE_ROOT, loadComponents } from './embed.js';
import { CHART_NAMES, addTo, pickerFor } from './builder-pickers.js';
import { snapshotHtml, snapshotName, takeoverStyle, whenSettled, type SnapshotHost } from '../src/internal/static-figure.js';

export interface BuilderOptions {
  /** Where the package is hosted, for the snippets (default `https://YOUR-CDN/myanmar-ties/`). */
  base?: string;
  /** Registers a component before its preview is drawn (default: import its module). */
  load?: (spec: ComponentSpec) => Promise<void>;
  /** Initial component and values, e.g. from the page's URL. */
  initial?: URLSearchParams;
  /** Width of the reader's column in px (320, 375, 640 or 960), else the preview fills its box. */
  width?: number;
  /** Keep the page's URL hash in step with the options, so a setup can be bookmarked. */
  syncUrl?: boolean;
}

/**
 * The languages the widgets speak (their words, numbers and dates; docs/languages.md); each
 * named in itself. The snippet carries the choice as `lang`, and the snapshot is made in it.
 */
const LANGS: [string, string][] = [
  ['en', 'English'],
  ['my', 'မြန်မာ (Burmese)'],
  ['ru', 'Русский (Russian)'],
  ['be', 'Беларуская (Belarusian)'],
];

/** Friendlier labels for the shared attributes; a component's own ones are named from the attribute. */
const LABELS: Record<string, string> = {
  theme: 'Theme',
  lang: 'Language',
  heading: 'Title',
  description: 'Description',
  'heading-level': 'Title level in the page outline',
  src: 'Your data: URL of a JSON file',
  eager: 'Draw at once (for print and screenshots)',
};

/** Which box of the form each shared attribute goes in. */
const GROUP: Record<string, 'look' | 'text' | 'advanced'> = {
  theme: 'look',
  lang: 'look',
  heading: 'text',
  description: 'text',
  'heading-level': 'text',
  src: 'advanced',
  eager: 'advanced',
};

let instances = 0;

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

/** Text with `code` spans, as in the manifest's descriptions; built as nodes, never parsed as HTML. */
function richText(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 ? el('code', {}, part) : document.createTextNode(part)));
}

const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

type Field = HTMLInputElement | HTMLSelectElement;

export class EmbedBuilder {
  readonly root: HTMLElement;
  readonly components: ComponentSpec[];
  spec: ComponentSpec;
  /** The live widget, built from the same attributes as the snippet. */
  preview: HTMLElement | null = null;
  readonly form: HTMLFormElement;
  /** The default code: the script and the tag with the preview's static snapshot inside. */
  readonly pasteCode: HTMLTextAreaElement;
  /** The short form: the script and the bare tag. */
  readonly scriptCode: HTMLTextAreaElement;
  readonly iframeCode: HTMLTextAreaElement;
  readonly status: HTMLElement;
  /** Settles when the preview reflects the latest options (tests and the page wait on it). */
  ready: Promise<void> = Promise.resolve();

  private readonly _id = `mtb${++instances}`;
  private readonly _opts: BuilderOptions;
  private readonly _fields = new Map<string, Field>();
  private readonly _boxes: Record<'own' | 'look' | 'text' | 'advanced', HTMLFieldSetElement>;
  private readonly _picker: HTMLSelectElement;
  private readonly _pickerHint: HTMLElement;
  private readonly _base: HTMLInputElement;
  private readonly _previewBox: HTMLElement;
  /** The reader's column inside the preview box: the preview's width. */
  private readonly _column: HTMLElement;
  private readonly _notice: HTMLElement;
  /** Values the widget rejected, by attribute: kept out of the preview and the code until changed. */
  private _invalid = new Map<string, { value: string; message: string }>();
  /** Attributes the builder set on the preview: only these are removed later (not ones Lit reflects). */
  private _applied = new Set<string>();
  private _choices: Choices = {};
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private readonly _pasteHint: HTMLElement;
  /** Width of the reader's column, for the preview and so for the picture made from it. */
  readonly widthPicker: HTMLSelectElement;
  /** Counts snapshot requests, so a slow one never overwrites a newer one. */
  private _snapshotRun = 0;
  private _resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private _snapshotting: Promise<void> = Promise.resolve();
  private _lastWidth = 0;
  // Work deferred to the next frame: resizing the code boxes inside the observer's callback
  // would change the layout it reports on ("ResizeObserver loop completed…").
  private readonly _resize = new ResizeObserver(() => requestAnimationFrame(() => this._onResize()));

  private _onResize(): void {
    this._renderCode();
    // The snapshot is made at the preview's width: remake it when the column changes.
    const w = Math.round(this.preview?.getBoundingClientRect().width ?? 0);
    if (w && w !== this._lastWidth) {
      clearTimeout(this._resizeTimer);
      this._resizeTimer = setTimeout(() => {
        this._resizeTimer = undefined;
        void this._snapshot();
      }, 250);
    }
  }

  constructor(root: HTMLElement, components: ComponentSpec[], options: BuilderOptions = {}) {
    if (!components.length) throw new Error('No components in custom-elements.json');
    this.root = root;
    // The story's order: the vote (its lead) first, then the arms, then the network.
    const rank = (c: ComponentSpec) => {
      const i = Object.keys(CHART_NAMES).indexOf(c.tag);
      return i < 0 ? Infinity : i;
    };
    components = [...components].sort((a, b) => rank(a) - rank(b));
    this.components = components;
    this._opts = options;
    const id = (s: string) => `${this._id}-${s}`;

    this._picker = el('select', { id: id('component'), 'aria-describedby': id('component-hint') });
    for (const c of components)
      this._picker.append(el('option', { value: c.tag }, CHART_NAMES[c.tag] ? `${CHART_NAMES[c.tag]} <${c.tag}>` : `<${c.tag}>`));
    this._pickerHint = el('p', { class: 'hint', id: id('component-hint') });

    const box = (name: string, legend: string) => el('fieldset', { class: `group ${name}` }, el('legend', {}, legend));
    this._boxes = {
      own: box('own', 'View and filters'),
      look: box('look', 'Theme and language'),
      text: box('text', 'Title and text'),
      advanced: box('advanced', 'Data, tools and loading'),
    };
    this._base = el('input', {
      class: 'base',
      id: id('base'),
      type: 'text',
      inputmode: 'url',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': id('base-hint'),
    });
    this._base.value = options.base ?? DEFAULT_BASE;
    const reset = el('button', { type: 'button', class: 'reset' }, 'Reset options');
    reset.addEventListener('click', () => this.select(this.spec.tag, {}));

    this.form = el(
      'form',
      { class: 'options', 'aria-label': 'Embed options' },
      el(
        'fieldset',
        { class: 'group pick' },
        el('legend', {}, 'Component'),
        el('div', { class: 'field' }, el('label', { for: id('component') }, 'Chart'), this._picker, this._pickerHint),
      ),
      this._boxes.own,
      this._boxes.look,
      // Options an editor rarely needs, folded away so the form stays short on a phone.
      el(
        'details',
        { class: 'more' },
        el('summary', {}, 'More options: title, own data, hosting'),
        this._boxes.text,
        this._boxes.advanced,
        el(
          'fieldset',
          { class: 'group hosting' },
          el('legend', {}, 'Hosting'),
          el(
            'div',
            { class: 'field' },
            el('label', { for: id('base') }, 'Address of the myanmar-ties files'),
            this._base,
            el(
              'p',
              { class: 'hint', id: id('base-hint') },
              'Where your site serves the package (its dist/ and demo/ folders). The snippets point there.',
            ),
          ),
        ),
      ),
      reset,
    );
    // The form is never submitted: Enter in a text box applies the value instead of reloading.
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this._update();
    });
    this.form.addEventListener('change', (e) => {
      if (e.target === this._picker) this.select(this._picker.value, this._choices);
      else this._update();
    });
    // Typing updates after a pause, not on every key (a map redraw per key is wasteful).
    this.form.addEventListener('input', (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type === 'checkbox') return;
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this._update(), 300);
    });

    this._column = el('div', { class: 'column' });
    this._previewBox = el('div', { class: 'preview' }, this._column);
    this.widthPicker = el(
      'select',
      { id: id('width'), 'aria-describedby': id('width-hint') },
      el('option', { value: '' }, 'Fill this box'),
      el('option', { value: '320' }, '320 px (small phone)'),
      el('option', { value: '375' }, '375 px (phone)'),
      el('option', { value: '640' }, '640 px (article column)'),
      el('option', { value: '960' }, '960 px (wide column)'),
    );
    if (options.width) this.widthPicker.value = String(options.width);
    this._applyWidth(false);
    this.widthPicker.addEventListener('change', () => this._applyWidth());
    this._notice = el('p', { class: 'notice', role: 'status' });
    this.pasteCode = el('textarea', {
      id: id('paste'),
      class: 'code paste',
      readonly: '',
      rows: '3',
      spellcheck: 'false',
      'aria-describedby': id('paste-hint'),
    });
    this._pasteHint = el('p', { class: 'hint', id: id('paste-hint') });
    this.scriptCode = el('textarea', {
      id: id('script'),
      class: 'code',
      readonly: '',
      rows: '3',
      spellcheck: 'false',
      'aria-describedby': id('script-hint'),
    });
    this.iframeCode = el('textarea', {
      id: id('iframe'),
      class: 'code',
      readonly: '',
      rows: '3',
      spellcheck: 'false',
      'aria-describedby': id('iframe-hint'),
    });
    this.status = el('p', { class: 'status', role: 'status' });
    const copy = (area: HTMLTextAreaElement, label: string) => {
      const b = el('button', { type: 'button', class: 'copy' }, label);
      b.addEventListener('click', () => void this.copy(area));
      return b;
    };

    root.replaceChildren(
      el(
        'div',
        { class: 'builder' },
        this.form,
        el(
          'div',
          { class: 'output' },
          el(
            'section',
            { class: 'preview-section', 'aria-labelledby': id('preview-h') },
            el('h2', { id: id('preview-h') }, 'Preview'),
            el(
              'div',
              { class: 'field width' },
              el('label', { for: id('width') }, 'Width of your column'),
              this.widthPicker,
              el('p', { class: 'hint', id: id('width-hint') }, 'The picture in the code is made at this width.'),
            ),
            this._notice,
            this._previewBox,
          ),
          el(
            'section',
            { class: 'code-section', 'aria-labelledby': id('code-h') },
            el('h2', { id: id('code-h') }, 'Code to paste'),
            el(
              'div',
              { class: 'snippet' },
              el('label', { for: id('paste') }, 'Code with its picture (recommended)'),
              this._pasteHint,
              this.pasteCode,
              copy(this.pasteCode, 'Copy code'),
            ),
            el(
              'div',
              { class: 'snippet' },
              el('label', { for: id('script') }, 'Short form: script and element'),
              el(
                'p',
                { class: 'hint', id: id('script-hint') },
                'The same chart without its picture: nothing shows until the script has drawn it, and nothing where scripts are stripped. Load the script once per page, however many widgets.',
              ),
              this.scriptCode,
              copy(this.scriptCode, 'Copy short code'),
            ),
            el(
              'div',
              { class: 'snippet' },
              el('label', { for: id('iframe') }, 'Iframe'),
              el(
                'p',
                { class: 'hint', id: id('iframe-hint') },
                'For a CMS that strips scripts from articles. The frame fits its content at any width through the short script after it; where that script is stripped too, it keeps the height of the preview at its current width.',
              ),
              this.iframeCode,
              copy(this.iframeCode, 'Copy iframe'),
            ),
            this.status,
          ),
        ),
      ),
    );

    const initial = options.initial;
    const start = components.find((c) => c.tag === initial?.get('component')) ?? components[0]!;
    this.spec = start;
    this.select(start.tag, initial ? Object.fromEntries(initial) : {});
  }

  /** The snippet for the current options. */
  get snippet(): string {
    return this.scriptCode.value;
  }

  /** Settles when the code with its picture matches the latest options and width. */
  async codeReady(): Promise<void> {
    for (;;) {
      const pending = this._snapshotting;
      await this.ready;
      await pending;
      // A resize remakes the picture after a pause: wait that out too.
      await new Promise((r) => setTimeout(r, 300));
      if (pending === this._snapshotting && this._resizeTimer === undefined) return;
    }
  }

  /** The attributes the snippet writes, in order. */
  get attributes(): [string, string][] {
    return attributesFor(this.spec, this._choices).filter(([n, v]) => this._invalid.get(n)?.value !== v);
  }

  /** Messages for values the widget rejected, by attribute (shown under their fields). */
  get invalid(): Map<string, string> {
    return new Map([...this._invalid].map(([n, i]) => [n, i.message]));
  }

  /** Shows another component; keeps the values that also apply to it. */
  select(tag: string, keep: Choices): void {
    const spec = this.components.find((c) => c.tag === tag);
    if (!spec) return;
    this.spec = spec;
    this._invalid.clear();
    this._picker.value = tag;
    this._pickerHint.replaceChildren(...richText(firstSentence(spec.description)));
    this._fields.clear();
    for (const b of Object.values(this._boxes)) b.replaceChildren(b.querySelector('legend')!);
    for (const a of spec.attrs) {
      const field = this._field(a, keep[a.name]);
      this._boxes[a.common ? (GROUP[a.name] ?? 'advanced') : 'own'].append(field.wrap);
      this._fields.set(a.name, field.input);
    }
    for (const b of Object.values(this._boxes)) b.hidden = b.children.length < 2;
    this._update();
  }

  /** Sets a field as an editor would, then applies it. */
  set(name: string, value: string | boolean): void {
    const f = this._fields.get(name);
    if (!f) throw new Error(`<${this.spec.tag}> has no attribute "${name}" in the form`);
    if (f instanceof HTMLInputElement && f.type === 'checkbox') f.checked = value === true;
    else f.value = String(value);
    this._update();
  }

  /** The form field for an attribute (label, control, hint), with a value carried over when valid. */
  private _field(a: AttrSpec, carried: string | boolean | undefined): { wrap: HTMLElement; input: Field } {
    const id = `${this._id}-a-${a.name}`;
    const hintId = `${id}-hint`;
    const label = el('label', { for: id }, LABELS[a.name] ?? humanize(a.name), ' ', el('code', {}, a.name));
    const hint = a.description ? el('p', { class: 'hint', id: hintId }, ...richText(a.description)) : null;
    const described = hint ? hintId : undefined;
    let input: Field;
    if (a.kind === 'boolean') {
      input = el('input', { id, type: 'checkbox', 'aria-describedby': described });
      input.checked = carried === true || carried === '';
      return { wrap: el('div', { class: 'field check' }, input, label, ...(hint ? [hint] : [])), input };
    }
    if (a.name === 'lang') {
      input = el('select', { id, 'aria-describedby': described }, el('option', { value: '' }, 'Page language (default)'));
      for (const [code, name] of LANGS) input.append(el('option', { value: code, lang: code }, `${name} (${code})`));
    } else if (a.kind === 'enum') {
      input = el('select', { id, 'aria-describedby': described });
      if (a.default === null) input.append(el('option', { value: '' }, '(default)'));
      for (const o of a.options) input.append(el('option', { value: o }, o === a.default ? `${o} (default)` : o));
    } else {
      input = el('input', {
        id,
        type: 'text',
        autocomplete: 'off',
        spellcheck: a.name === 'heading' || a.name === 'description' ? 'true' : 'false',
        inputmode: a.kind === 'number' ? 'numeric' : a.name === 'src' ? 'url' : undefined,
        placeholder: a.default ?? undefined,
        'aria-describedby': described,
      });
    }
    if (typeof carried === 'string') {
      // A select ignores a value it does not offer (e.g. a view the other component lacks).
      if (!(input instanceof HTMLSelectElement) || [...input.options].some((o) => o.value === carried)) input.value = carried;
    } else if (input instanceof HTMLSelectElement) {
      input.value = a.default ?? '';
    }
    return { wrap: el('div', { class: 'field' }, label, input, ...(hint ? [hint] : [])), input };
  }

  private _readChoices(): Choices {
    const out: Choices = {};
    for (const [name, f] of this._fields) {
      out[name] = f instanceof HTMLInputElement && f.type === 'checkbox' ? f.checked : f.value;
    }
    return out;
  }

  private _update(): void {
    clearTimeout(this._timer);
    // A field the editor changed gets a fresh hearing.
    const next = this._readChoices();
    for (const [name, bad] of this._invalid)
      if (next[name] !== bad.value && String(next[name] ?? '').trim() !== bad.value) this._invalid.delete(name);
    // No stale picture to copy while the new one is made.
    this._snapshotRun++;
    this.pasteCode.value = '';
    this._pasteHint.textContent = 'Making the picture from the preview…';
    this._choices = this._readChoices();
    this._syncPreview();
    this._renderCode();
    if (this._opts.syncUrl) {
      const q = new URLSearchParams([['component', this.spec.tag], ...this.attributes]);
      history.replaceState(null, '', `#${q}`);
    }
  }

  private _syncPreview(): void {
    const spec = this.spec;
    const attrs = this.attributes;
    // Removing an attribute leaves a Lit property at null, not at its default: start afresh
    // instead, so the preview is exactly what the snippet makes on a new page.
    const dropped = [...this._applied].some((name) => !attrs.some(([n]) => n === name));
    if (this.preview?.localName !== spec.tag || dropped) {
      if (this.preview) this._resize.unobserve(this.preview);
      this.preview = document.createElement(spec.tag);
      this._applied = new Set();
      this._column.replaceChildren(this.preview);
      this._resize.observe(this.preview);
    }
    const preview = this.preview;
    for (const [n, v] of attrs) preview.setAttribute(n, v);
    this._applied = new Set(attrs.map(([n]) => n));
    // The preview is on screen: draw it now rather than when scrolled near.
    preview.setAttribute('eager', '');
    this._previewBox.classList.toggle('dark', this._choices.theme === 'dark');
    this._previewBox.classList.toggle('light', this._choices.theme === 'light');
    const load = this._opts.load ?? ((s: ComponentSpec) => loadComponents([s]));
    this.ready = (async () => {
      if (!customElements.get(spec.tag)) await load(spec);
      const defined = customElements.get(spec.tag);
      this._notice.textContent = defined ? '' : `<${spec.tag}> could not be loaded, so there is no preview. The code below is still right.`;
      this._notice.hidden = !!defined;
      await (preview as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      if (defined && this._checkValues(preview)) {
        // A rejected value leaves the preview and the code: draw again without it.
        this._syncPreview();
        return this.ready;
      }
      if (defined) this._attachPickers(preview);
      this._renderCode();
      if (defined) await this._snapshot();
    })();
  }

  /**
   * The default code: the tag with a static picture of the preview inside, then the script.
   * Where the script runs, the live chart takes the picture's place in a box of the same
   * height; where scripts are stripped (AMP, RSS, apps), the picture stays. The data table is
   * left out (the script builds it), which keeps the paste small.
   */
  private _snapshot(): Promise<void> {
    return (this._snapshotting = this._makeSnapshot());
  }

  private async _makeSnapshot(): Promise<void> {
    const run = ++this._snapshotRun;
    const preview = this.preview;
    const attrs = this.attributes;
    const spec = this.spec;
    const script = scriptSnippet(spec.tag, [], this._base.value.trim() || DEFAULT_BASE).split('\n')[0]!;
    if (!preview || !customElements.get(spec.tag)) {
      this.pasteCode.value = scriptSnippet(spec.tag, attrs, this._base.value.trim() || DEFAULT_BASE);
      this._pasteHint.textContent = 'No picture: the preview could not be drawn.';
      return;
    }
    this._pasteHint.textContent = 'Making the picture from the preview…';
    const ok = await whenSettled(preview, { quiet: 250, timeout: 15000 });
    if (run !== this._snapshotRun) return;
    if (!ok || !preview.isConnected) {
      this.pasteCode.value = scriptSnippet(spec.tag, attrs, this._base.value.trim() || DEFAULT_BASE);
      this._pasteHint.textContent = 'No picture: the preview did not draw. This code still works where scripts are allowed.';
      fitHeight(this.pasteCode);
      return;
    }
    const width = Math.round(preview.getBoundingClientRect().width);
    this._lastWidth = width;
    const name = snapshotName(spec.tag, attrs);
    const { html: markup, problems } = snapshotHtml(preview as SnapshotHost, attrs, { idPrefix: `mt-${name}`, table: false });
    if (problems.length) console.warn(`embed builder: the snapshot has ${problems.join(', ')}`);
    const heights = await this._liveHeights(spec.tag, attrs);
    if (run !== this._snapshotRun) return;
    this.pasteCode.value = `${markup}\n${takeoverStyle(`mt-${name}`, heights)}\n${script}`;
    const kB = (new Blob([this.pasteCode.value]).size / 1024).toFixed(1);
    this._pasteHint.textContent =
      `Paste into an HTML block. The picture (${kB} kB with its sizes, drawn at ${width} px, the preview's width) shows at once and where scripts are stripped; ` +
      'the script then puts the live chart in its place. In a column of another width the picture scales, and its box already has the height the live chart will take there, so nothing moves. ' +
      'Remake it when the data changes.';
    fitHeight(this.pasteCode);
  }

  /**
   * The live widget's height at every column width from 288 to 1200 px in steps of 16 (and
   * the column's own), measured on a hidden copy in this page's font: what takeoverStyle()
   * reserves for the picture before the script runs.
   */
  private async _liveHeights(tag: string, attrs: [string, string][]): Promise<Array<[number, number]>> {
    const widths = new Set<number>([Math.round(this.preview?.getBoundingClientRect().width ?? 0)]);
    for (let w = 288; w <= 1200; w += 16) widths.add(w);
    const box = document.createElement('div');
    box.inert = true;
    Object.assign(box.style, { position: 'absolute', left: '-20000px', top: '0', visibility: 'hidden' });
    const copy = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
    for (const [n, v] of attrs) copy.setAttribute(n, v);
    copy.setAttribute('eager', '');
    box.append(copy);
    this._column.after(box);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const heights: Array<[number, number]> = [];
    try {
      for (const w of [...widths].filter((w) => w > 0).sort((a, b) => a - b)) {
        box.style.width = `${w}px`;
        // The widget hears of its new width from its resize observer, after the next layout.
        await frame();
        await frame();
        await copy.updateComplete;
        heights.push([w, copy.getBoundingClientRect().height]);
      }
    } finally {
      box.remove();
    }
    return heights;
  }

  /**
   * Reads the problems the widget found with the attributes it was given (its own checks, the
   * same a reader's page would show in an alert box): each rejected value is marked on its
   * field, said under it, and kept out of the code. True when a value was newly rejected.
   */
  private _checkValues(preview: HTMLElement): boolean {
    const issues = (preview as HTMLElement & { issues?: { path: string; message: string }[] }).issues ?? [];
    let added = false;
    for (const [name, value] of attributesFor(this.spec, this._choices)) {
      const problem = issues.find((i) => i.path === name || i.path.startsWith(`${name}.`) || i.path.startsWith(`${name}[`));
      if (problem && !this._invalid.has(name)) {
        this._invalid.set(name, { value, message: problem.message });
        added = true;
      }
    }
    for (const [name, input] of this._fields) {
      const wrap = input.closest('.field');
      const bad = this._invalid.get(name);
      wrap?.querySelector('.field-error')?.remove();
      if (bad) {
        input.setAttribute('aria-invalid', 'true');
        const id = `${input.id}-error`;
        const msg = el('p', { class: 'field-error', id, role: 'alert' }, `Not used: ${sentence(bad.message)}`);
        wrap?.append(msg);
        const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
        input.setAttribute('aria-describedby', [id, ...described].join(' '));
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
    return added;
  }

  /** Lists of the data's countries, groups, suppliers… beside (or instead of) their text boxes. */
  private _attachPickers(preview: HTMLElement): void {
    const data = (preview as HTMLElement & { shownData?: unknown }).shownData ?? null;
    for (const [name, input] of [...this._fields]) {
      const wrap = input.closest('.field');
      if (!wrap || !(input instanceof HTMLInputElement) || input.type !== 'text') continue;
      wrap.querySelector('.picker')?.remove();
      const picker = pickerFor(this.spec.tag, name, data);
      if (!picker) continue;
      if (picker.mode === 'one') {
        const select = el(
          'select',
          { id: input.id, 'aria-describedby': input.getAttribute('aria-describedby') ?? undefined },
          el('option', { value: '' }, '(default)'),
        );
        for (const [v, label] of picker.items) select.append(el('option', { value: v }, label));
        // A value the list lacks (typed in a bookmark) stays offered, so it is not lost silently.
        if (input.value && !picker.items.some(([v]) => v === input.value)) select.append(el('option', { value: input.value }, input.value));
        select.value = input.value;
        input.replaceWith(select);
        this._fields.set(name, select);
        continue;
      }
      const id = `${input.id}-add`;
      const add = el('select', { id, class: 'add' }, el('option', { value: '' }, `${picker.prompt}…`));
      for (const [v, label] of picker.items) add.append(el('option', { value: v }, label));
      add.addEventListener('change', (e) => {
        e.stopPropagation();
        if (!add.value) return;
        input.value = addTo(input.value, add.value, picker.separator);
        add.value = '';
        this._update();
      });
      input.after(el('div', { class: 'picker' }, el('label', { for: id, class: 'visually-hidden' }, `${picker.prompt} to ${name}`), add));
    }
  }

  /** Sizes the preview to the chosen column (a CSSOM write, which a strict CSP allows). */
  private _applyWidth(remake = true): void {
    const w = Number(this.widthPicker.value);
    this._column.style.width = w ? `${w}px` : '';
    if (remake && this.preview) this.ready = this.ready.then(() => this._snapshot());
  }

  /** Writes both snippets; the iframe's title and height come from the drawn preview. */
  private _renderCode(): void {
    const attrs = this.attributes;
    const base = this._base.value.trim() || DEFAULT_BASE;
    this.scriptCode.value = scriptSnippet(this.spec.tag, attrs, base);
    const drawnTitle = this.preview?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
    const title = (typeof this._choices.heading === 'string' && this._choices.heading.trim()) || drawnTitle || `${this.spec.tag} chart`;
    // A little room below, so a browser's rounding never adds a scrollbar in the frame.
    const height = (this.preview?.getBoundingClientRect().height ?? 0) + 16;
    this.iframeCode.value = iframeSnippet(this.spec.tag, attrs, title, height, base);
    for (const area of [this.pasteCode, this.scriptCode, this.iframeCode]) fitHeight(area);
  }

  /** Copies a snippet; where the clipboard is not allowed, selects it for Ctrl+C. */
  async copy(area: HTMLTextAreaElement): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(area.value);
      this.status.textContent = 'Copied. Paste it into your page.';
      return true;
    } catch {
      area.focus();
      area.select();
      this.status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
      return false;
    }
  }

  /** Stops watching the preview's size (for tests that mount many builders). */
  disconnect(): void {
    this._resize.disconnect();
    clearTimeout(this._timer);
    clearTimeout(this._resizeTimer);
    this._resizeTimer = undefined;
    this._snapshotRun++;
  }
}

/** Grows a code box to show all of its text (a CSSOM write, which a strict CSP allows). */
function fitHeight(area: HTMLTextAreaElement): void {
  if (!area.isConnected) return;
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}

/** A widget's message as a sentence for the form: capital first, full stop last. */
function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

function firstSentence(text: string): string {
  const t = text.split(/\n\s*\n/)[0]!.trim();
  return t.length > 300 ? `${t.slice(0, 297)}…` : t;
}

export function mountBuilder(root: HTMLElement, components: ComponentSpec[], options?: BuilderOptions): EmbedBuilder {
  return new EmbedBuilder(root, components, options);
}

/** Page entry: read the manifest the package ships, then build the form. */
export async function startBuilder(root: HTMLElement, manifestUrl = `${PACKAGE_ROOT}custom-elements.json`): Promise<EmbedBuilder | null> {
  let manifest: Manifest;
  try {
    const res = await fetch(manifestUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    manifest = (await res.json()) as Manifest;
  } catch (e) {
    root.replaceChildren(
      el(
        'p',
        { class: 'notice', role: 'alert' },
        `custom-elements.json could not be loaded (${String(e)}). Generate it with `,
        el('code', {}, 'npm run analyze'),
        ' or ',
        el('code', {}, 'npm run build'),
        ', then reload.',
      ),
    );
    return null;
  }
  const components = readComponents(manifest);
  if (!components.length) {
    root.replaceChildren(el('p', { class: 'notice', role: 'alert' }, 'custom-elements.json lists no components yet.'));
    return null;
  }
  const hash = new URLSearchParams(location.hash.slice(1));
  return mountBuilder(root, components, { initial: hash.has('component') ? hash : undefined, syncUrl: true });
}

const pageRoot = document.querySelector<HTMLElement>('[data-builder-root]');
if (pageRoot) void startBuilder(pageRoot);
