/**
 * A drawn widget as markup that needs no script, for `npm run snapshot`: pasted inside the
 * widget's own tag, it shows where scripts are stripped (AMP, RSS, apps, print) because an
 * undefined element shows its children; where the script loads, the live widget's shadow
 * root hides them and draws in the same box.
 *
 * Only markup a sanitiser keeps: no script, no style attribute or element, no class, no
 * custom property, no event attribute, no foreignObject; links are http(s) only.
 */
import type { DataTable } from './csv.js';
import { figureSvg } from './image-export.js';
import { safeHref } from './url.js';
import { msg } from './i18n/msg.js';
import { inLanguageOf } from './i18n/in-language.js';

/** What the snapshot reads from a widget: its rendering and its public `table`. */
export interface SnapshotHost extends HTMLElement {
  readonly table: DataTable | null;
}

export interface StaticFigureOptions {
  /** Prefix for every id in the output; unique per snapshot so several can share a page. */
  idPrefix: string;
  /** Label of the toggle that opens the data table. */
  tableLabel?: string;
  /**
   * Leave out the data table (default: kept). For a paste that also loads the script, which
   * builds the table itself: the paste is then a third of the size. The source line stays in the SVG.
   */
  table?: boolean;
}

/**
 * `<div role="figure">` holding one SVG (title, description, legend, chart and source line
 * as drawn, every colour and font resolved to attributes) and the data table in a closed
 * `<details>`. The SVG is as tall as the widget less the table toggle, so the whole keeps
 * the widget's height: when the live widget takes over, nothing below it moves.
 *
 * A `<div>` rather than `<figure>`: a figure's default margins (1em 40px) would add height
 * the live widget does not have, and without CSS they cannot be removed.
 */
export function staticFigure(host: SnapshotHost, options: StaticFigureOptions): HTMLDivElement {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has not rendered`);
  const figure = document.createElement('div');
  figure.setAttribute('role', 'figure');
  figure.id = `${options.idPrefix}-figure`;

  if (options.table === false) {
    const svg = figureSvg(host, { mode: 'static', idPrefix: options.idPrefix, height: host.getBoundingClientRect().height });
    // Given another height by takeoverStyle(), the picture keeps to the top left, like the text it shows.
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    const headingId = `${options.idPrefix}-title`;
    if (svg.querySelector(`[id="${headingId}"]`)) figure.setAttribute('aria-labelledby', headingId);
    figure.append(svg);
    return figure;
  }

  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = options.tableLabel ?? inLanguageOf(host, () => msg('Data table', { id: 'snapshot.table' }));
  details.append(summary);
  const table = root.querySelector('table');
  if (table) details.append(cleanTable(table, host.table));
  // The source line again, as HTML: readers that drop inline SVG still get the sources.
  const source = root.querySelector('[part~="source"]');
  if (source) details.append(cleanHtml(source.cloneNode(true) as Element));

  // The toggle's height in this page's default styles: the SVG gives up exactly that much.
  const probe = document.createElement('div');
  host.after(probe);
  probe.append(details);
  const toggle = details.getBoundingClientRect().height;
  probe.remove();

  const svg = figureSvg(host, {
    mode: 'static',
    idPrefix: options.idPrefix,
    height: host.getBoundingClientRect().height - toggle,
  });
  const headingId = `${options.idPrefix}-title`;
  if (svg.querySelector(`[id="${headingId}"]`)) figure.setAttribute('aria-labelledby', headingId);
  figure.append(svg, details);
  return figure;
}

/**
 * CSS for a paste that also loads the script: before the script runs, the picture's box takes
 * the height the live widget will take at the column's width (a container query per width at
 * which that height changes), so when the live widget takes over nothing below it moves, in
 * any column, not only the one the picture was made for. The picture keeps its proportions
 * inside that box. `heights`: [column width, widget height] pairs, widths ascending, as
 * measured from the live widget. Where a sanitiser drops the `<style>`, the picture scales.
 */
export function takeoverStyle(idPrefix: string, heights: ReadonlyArray<readonly [number, number]>): string {
  const box = `#${idPrefix}-figure`;
  let css = `${box}{container-type:inline-size}`;
  let last = NaN;
  heights.forEach(([width, height], i) => {
    const h = Math.round(height);
    if (h === last) return;
    last = h;
    const rule = `${box}>svg{height:${h}px}`;
    css += i === 0 ? rule : `@container (min-width:${width}px){${rule}}`;
  });
  return `<style>${css}</style>`;
}

/** The widget's own table (same rows, same formatting), numbers right-aligned without CSS. */
function cleanTable(source: HTMLTableElement, data: DataTable | null): HTMLTableElement {
  const table = cleanHtml(source.cloneNode(true) as Element) as HTMLTableElement;
  table.setAttribute('cellpadding', '4');
  const numeric = new Set((data?.columns ?? []).flatMap((c, i) => (c.numeric ? [i] : [])));
  for (const row of table.rows) {
    [...row.cells].forEach((cell, i) => {
      if (numeric.has(i)) cell.setAttribute('align', 'right');
    });
  }
  return table;
}

const KEEP: Record<string, string[]> = {
  a: ['href', 'rel'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

/** Strips an HTML clone to content: attributes only where they carry meaning, links vetted. */
function cleanHtml(node: Element): Element {
  for (const el of [node, ...node.querySelectorAll('*')]) {
    const keep = KEEP[el.localName] ?? [];
    for (const attr of [...el.attributes]) {
      if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    }
    if (el.localName === 'a') {
      const href = safeHref(el.getAttribute('href'));
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    }
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  for (const c of comments) c.remove();
  return node;
}

/**
 * The markup to paste: the widget's tag with exactly the attributes given (none the script
 * adds: no `eager`, no reflected defaults), its inline JSON data, and the static figure.
 * Built in an inert document, where the tag is not upgraded.
 */
export function snapshotHtml(
  live: SnapshotHost,
  attrs: [string, string][],
  options: StaticFigureOptions & { data?: Element[] },
): { html: string; problems: string[] } {
  const figure = staticFigure(live, options);
  const inert = document.implementation.createHTMLDocument('');
  const host = inert.createElement(live.localName);
  for (const [n, v] of attrs) host.setAttribute(n, v);
  // Inline JSON data stays: the live widget needs it to show the same data.
  for (const data of options.data ?? []) host.append(inert.importNode(data, true));
  host.append(inert.importNode(figure, true));
  const problems = snapshotProblems(host);
  if (!figure.querySelector('svg svg rect, svg svg path, svg svg circle, svg svg line, svg svg polygon, svg image'))
    problems.push('the chart SVG has no marks');
  return { html: host.outerHTML, problems };
}

/** A short id prefix from a tag and its attributes, e.g. `mt-vote-chart-view-map`. */
export function snapshotName(tag: string, attrs: [string, string][]): string {
  return [tag, ...attrs.flatMap(([n, v]) => [n, v])]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves true once the widget has drawn and nothing in it has changed for `quiet` ms
 * (maps load their geometry, labels settle), false if it has not drawn by `timeout`.
 */
export async function whenSettled(host: Element, { quiet = 400, timeout = 20000 } = {}): Promise<boolean> {
  const deadline = performance.now() + timeout;
  const isDrawn = () => !!host.shadowRoot?.querySelector('.chart svg, .chart canvas');
  while (!isDrawn() && performance.now() < deadline) await sleep(50);
  if (!isDrawn()) return false;
  let last = performance.now();
  const watch = new MutationObserver(() => (last = performance.now()));
  watch.observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  while (performance.now() - last < quiet && performance.now() < deadline) await sleep(50);
  watch.disconnect();
  await (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await document.fonts?.ready;
  return true;
}

/**
 * What a sanitiser or AMP would object to in a snapshot, as messages (empty when clean):
 * scripts other than JSON data, style attributes or elements, event attributes,
 * javascript: URLs, foreignObject, classes and custom properties.
 */
export function snapshotProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const name = el.localName;
    if (name === 'script' && el.getAttribute('type') !== 'application/json') problems.push('a <script>');
    if (name === 'style' || name === 'foreignobject' || name === 'foreignObject' || name === 'iframe') problems.push(`a <${name}>`);
    for (const attr of el.attributes) {
      const n = attr.name.toLowerCase();
      if (n === 'style' || n === 'class' || n.startsWith('on')) problems.push(`${n}="…" on <${name}>`);
      if (/var\(\s*--/.test(attr.value)) problems.push(`a custom property in ${n} on <${name}>`);
      if (/^\s*javascript:/i.test(attr.value)) problems.push(`a javascript: URL in ${n} on <${name}>`);
    }
  }
  return [...new Set(problems)];
}
