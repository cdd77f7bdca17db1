/**
 * A drawn widget as one standalone SVG: what the "Download image" tools save (as SVG, or
 * as PNG drawn from it) and what `npm run snapshot` pastes where scripts are stripped.
 *
 * The widget's colours and fonts live in custom properties and shadow-root classes, which
 * mean nothing outside the widget. So every element of the chart SVG is cloned with its
 * computed style written back as presentation attributes (`fill="rgb(…)"`), and the HTML
 * parts (title, description, legend, source line) are redrawn as SVG text and rectangles
 * at the positions the browser laid them out at. Everything is built with DOM APIs and
 * serialised by the browser: no string from data is ever spliced into markup.
 */
import { fileSlug } from './csv.js';
import { drawBlock } from './image-blocks.js';
import { svgToPng } from './image-png.js';
import { el, px, serializeSvg, visibleColor, XMLNS_NS, SVG_NS, type ExportMode } from './image-svg.js';

export { serializeSvg } from './image-svg.js';
export { svgToPng } from './image-png.js';

export type ImageFormat = 'svg' | 'png';

export interface FigureSvgOptions {
  /**
   * `image` (default): title, description, legend, chart and source line stacked tightly
   * with a margin, for a file. `static`: every part where it is on screen (the box keeps
   * the widget's height), with the source links and the heading role kept, for the no-JS
   * snapshot.
   */
  mode?: 'image' | 'static';
  /** Prefix for ids copied from the chart, so two figures on one page never share an id. */
  idPrefix?: string;
  /** Margin around the image, in px (image mode). */
  margin?: number;
  /** Static mode: height of the box at the widget's width; the content moves up to fit. */
  height?: number;
}

type Mode = ExportMode;

/* ---------------- public API ---------------- */

/** The title a widget shows, for file names and the SVG's `<title>`. */
export function figureTitle(host: Element): string {
  return host.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

/**
 * Builds the standalone SVG of a drawn widget. The widget must be rendered (in the page,
 * drawn): positions and styles are read from its layout.
 */
export function figureSvg(host: HTMLElement, options: FigureSvgOptions = {}): SVGSVGElement {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has not rendered`);
  const mode: Mode = options.mode ?? 'image';
  const idPrefix = options.idPrefix ?? `mt-${Math.random().toString(36).slice(2, 8)}`;
  const hostRect = host.getBoundingClientRect();
  const hostStyle = getComputedStyle(host);

  const parts =
    mode === 'image'
      ? ['figcaption', '.legend', '.chart', '[part~="source"]']
      : ['figcaption', '[part~="error"]', '.legend', '.chart', '[part~="source"]'];
  const blocks = parts
    .map((sel) => root.querySelector(sel))
    .filter((el): el is Element => el !== null)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });

  const svg = el('svg');
  svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  // The widget's own type settings, so text that sets none matches the widget.
  const font = { family: hostStyle.fontFamily, size: px(hostStyle.fontSize) };
  svg.setAttribute('font-family', font.family);
  svg.setAttribute('font-size', font.size);
  const title = figureTitle(host);
  const background = opaqueBackground(host);

  const body = el('g');
  let width: number;
  let height: number;
  if (mode === 'image') {
    const margin = options.margin ?? 16;
    const figureRect = (root.querySelector('figure') ?? host).getBoundingClientRect();
    let y = margin;
    let previousBottom: number | null = null;
    for (const block of blocks) {
      const r = block.getBoundingClientRect();
      // Keep the widget's spacing between the parts shown, but close up what the image
      // leaves out (controls, the alert) instead of leaving a hole.
      if (previousBottom !== null) y += Math.max(0, Math.min(r.top - previousBottom, 16));
      const g = el('g');
      drawBlock(block, g, { mode, idPrefix, dx: margin - figureRect.left, dy: y - r.top, fragments: [], font });
      body.append(g);
      y += r.height;
      previousBottom = r.bottom;
    }
    width = Math.ceil(figureRect.width + 2 * margin);
    height = Math.ceil(y + margin);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const t = el('title');
    t.textContent = title;
    svg.append(t);
    const description = root.querySelector('[part~="description"]')?.textContent?.trim();
    if (description) {
      const d = el('desc');
      d.textContent = description;
      svg.append(d);
    }
  } else {
    width = Math.round(hostRect.width);
    height = Math.round((options.height ?? hostRect.height) * 100) / 100;
    // When the box must be shorter than the widget (the snapshot keeps room for its table
    // toggle), take the difference half from the padding above the title and half from
    // the gap above the source line, so neither closes up.
    const rects = blocks.map((b) => b.getBoundingClientRect());
    const first = rects[0];
    const last = rects.at(-1);
    const excess = first && last ? Math.max(0, last.bottom - hostRect.top - height) : 0;
    const gap = rects.length > 1 ? Math.max(0, last!.top - rects.at(-2)!.bottom - 2) : 0;
    const top = first ? Math.max(0, first.top - hostRect.top - 2) : 0;
    const fromGap = Math.min(gap, excess / 2);
    const fromTop = Math.min(top, excess - fromGap);
    blocks.forEach((block, i) => {
      const shift = fromTop + (i === blocks.length - 1 && i > 0 ? fromGap : 0);
      const g = el('g');
      drawBlock(block, g, { mode, idPrefix, dx: -hostRect.left, dy: -hostRect.top - shift, fragments: [], font });
      body.append(g);
    });
    // Fills the column and keeps its proportions (the height follows from the viewBox): at
    // the width it was made for it is exactly the widget's size; in a narrower column it
    // shrinks rather than overflow or leave a gap.
    svg.setAttribute('width', '100%');
    svg.setAttribute('display', 'block');
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background) {
    const bg = el('rect');
    bg.setAttribute('width', String(width));
    bg.setAttribute('height', String(height));
    bg.setAttribute('fill', background);
    svg.append(bg);
  }
  svg.append(body);
  return svg;
}

/** The widget as an image file: the blob and a file name from its title. */
export async function exportImage(host: HTMLElement, format: ImageFormat): Promise<{ blob: Blob; filename: string }> {
  const svg = figureSvg(host, { mode: 'image' });
  const filename = `${fileSlug(figureTitle(host) || host.localName)}.${format}`;
  const blob = format === 'svg' ? new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
  return { blob, filename };
}

/** Saves a blob through a temporary `<a download>` placed in `parent` (the widget's shadow root). */
export function saveBlob(blob: Blob, filename: string, parent: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  // The download has started by now in every engine; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The first opaque background from the widget outwards: what the reader sees behind the chart. */
function opaqueBackground(host: Element): string | null {
  for (let n: Element | null = host; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(n).backgroundColor;
    if (visibleColor(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}
