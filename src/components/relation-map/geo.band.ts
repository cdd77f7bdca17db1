/**
 * The "No location" band under the map: actors with no known place set in rows like a
 * legend, the caption leading the first row. A mark is followed by room for its label only
 * when it will be labelled at rest; the others sit close, named on hover and focus. The band
 * is as tall as its rows, so the map keeps the rest of the chart. Pure maths on sizes.
 */
import type { Box, Point } from '../../internal/plane.js';
import { LINE_HEIGHT } from './labels.layout.js';
import { textWidth } from '../../internal/text-metrics.js';
import { msg } from '../../internal/i18n/msg.js';

/** The caption, drawn at the start of the first row (in the widget's language). */
export const noLocationText = (): string => msg('No location', { id: 'rel.geo.noLocation' });
/** Its font size, px (see `.no-location text` in the styles). */
const CAPTION_SIZE = 11;
/** Space between the band's outline and its rows, px. */
const PAD_X = 8;
const PAD_Y = 5;
/** Between two marks; after a label (so it does not read as the next mark's); between rows, px. */
const MARK_GAP = 8;
const LABEL_GAP = 12;
const ROW_GAP = 4;
/** A label starts this far past its mark's radius (labels.layout's GAP). */
const LABEL_OFFSET = 3;
/** Space between the band and the map above it, px. */
export const BAND_GAP = 6;
/** The most of the chart's height the band may take. */
const MAX_SHARE = 0.4;

export interface BandItem {
  /** Radius the label layout treats the mark as, px. */
  r: number;
  /** How far the drawn mark reaches, px (a diamond's corners beyond r). */
  extent: number;
  /** Estimated width of its label, px. */
  label: number;
}

export interface Band {
  box: Box;
  /** The caption's text box (its vertical middle is the first row's). */
  caption: Box;
  /** Each item's mark centre. */
  points: Point[];
  /** Items given room for their label. */
  labelled: boolean[];
}

interface Flow {
  rows: number;
  /** Per item: row and centre x, relative to the band's left edge. */
  at: Array<{ row: number; x: number }>;
}

const captionWidth = () => textWidth(noLocationText(), CAPTION_SIZE);

/**
 * Items left to right, wrapping to a new row when the next (mark and label) would cross the
 * right edge: the labelled first, then the bare marks together, like "and these others".
 */
function flow(items: readonly BandItem[], labelled: readonly boolean[], width: number): Flow {
  const order = items.map((_, k) => k).sort((a, b) => Number(labelled[b]) - Number(labelled[a]) || a - b);
  const right = width - PAD_X;
  const at: Flow['at'] = new Array(items.length);
  let [row, x] = [0, PAD_X + captionWidth() + MARK_GAP];
  for (const k of order) {
    const it = items[k]!;
    const reach = labelled[k] ? it.r + LABEL_OFFSET + it.label : it.extent;
    if (x > PAD_X && x + it.extent + reach > right) [row, x] = [row + 1, PAD_X];
    at[k] = { row, x: x + it.extent };
    x += it.extent + reach + (labelled[k] ? LABEL_GAP : MARK_GAP);
  }
  return { rows: row + 1, at };
}

/**
 * Too many to flow into `rows`: bare marks evenly spaced over the rows (they may touch:
 * only a network of hundreds of placeless actors comes to this).
 */
function evenFlow(count: number, rows: number, width: number): Flow {
  const [first, right] = [PAD_X + captionWidth() + MARK_GAP, width - PAD_X];
  // A slot to spare per row: each row may end with part of one unused.
  const step = (rows * (right - PAD_X) - (first - PAD_X)) / (count + rows);
  let [row, x] = [0, first + step / 2];
  const at = Array.from({ length: count }, () => {
    if (x + step / 2 > right) [row, x] = [row + 1, PAD_X + step / 2];
    const centre = x;
    x += step;
    return { row, x: centre };
  });
  return { rows: row + 1, at };
}

/** Height of a row: the tallest mark or a label, whichever is taller. */
function rowHeight(items: readonly BandItem[], fontSize: number): number {
  return Math.max(fontSize * LINE_HEIGHT, CAPTION_SIZE * LINE_HEIGHT, ...items.map((it) => 2 * it.extent));
}

const bandHeight = (rows: number, row: number) => 2 * PAD_Y + rows * row + (rows - 1) * ROW_GAP;

/**
 * The band for `items` (in reading order) at the bottom of a `width` × `height` chart.
 * `priority` lists the items to be labelled, best first; when their labels make the band
 * taller than its share of the chart, the last lose their room (they show on hover).
 */
export function noLocationBand(
  items: readonly BandItem[],
  priority: readonly number[],
  width: number,
  height: number,
  fontSize: number,
): Band {
  const row = rowHeight(items, fontSize);
  const maxRows = Math.max(1, Math.floor((MAX_SHARE * height - 2 * PAD_Y + ROW_GAP) / (row + ROW_GAP)));
  // A label longer than a whole row could hold is not planned for: it could never be placed.
  const fits = (it: BandItem) => 2 * it.extent + LABEL_OFFSET + it.label <= width - 2 * PAD_X;
  const planned = priority.filter((k) => fits(items[k]!));
  const labelled = items.map(() => false);
  for (const k of planned) labelled[k] = true;
  let f = flow(items, labelled, width);
  for (let drop = planned.length - 1; f.rows > maxRows && drop >= 0; drop--) {
    labelled[planned[drop]!] = false;
    f = flow(items, labelled, width);
  }
  if (f.rows > maxRows) f = evenFlow(items.length, maxRows, width);
  const h = bandHeight(f.rows, row);
  const box = { x: 0, y: height - h, width, height: h };
  const rowY = (r: number) => box.y + PAD_Y + row / 2 + r * (row + ROW_GAP);
  const captionHeight = CAPTION_SIZE * LINE_HEIGHT;
  return {
    box,
    caption: { x: box.x + PAD_X, y: rowY(0) - captionHeight / 2, width: captionWidth(), height: captionHeight },
    points: f.at.map(({ row: r, x }) => ({ x: box.x + x, y: rowY(r) })),
    labelled,
  };
}

/** The caption's box in a zoomed picture: it moves with the band but keeps its size, like labels. */
export function captionAt(caption: Box, t: { applyX(x: number): number; applyY(y: number): number }): Box {
  return { ...caption, x: t.applyX(caption.x), y: t.applyY(caption.y + caption.height / 2) - caption.height / 2 };
}

/**
 * Where each actor's label may go in a (zoomed) `width` × `height` picture: a placeless
 * actor's inside the band, every other's above it, so no name from the map reads as placeless.
 */
export function labelBounds(
  count: number,
  noLocation: readonly number[],
  band: Box,
  t: { applyY(y: number): number },
  width: number,
  height: number,
): Box[] {
  const top = Math.max(0, Math.min(height, t.applyY(band.y)));
  const [above, inside] = [
    { x: 0, y: 0, width, height: top },
    { x: 0, y: top, width, height: height - top },
  ];
  const placeless = new Set(noLocation);
  return Array.from({ length: count }, (_, i) => (placeless.has(i) ? inside : above));
}

/**
 * Left and Right in the band walk its actors in reading order (rows top to bottom, each left
 * to right): their ties lead up to the map, so stepping along ties would pass most of them
 * by. Null when `from` is not in the band or the walk runs off either end.
 */
export function bandStep(points: readonly Point[], noLocation: readonly number[], from: number, dx: number): number | null {
  if (!dx || !noLocation.includes(from)) return null;
  const order = [...noLocation].sort((a, b) => points[a]!.y - points[b]!.y || points[a]!.x - points[b]!.x);
  return order[order.indexOf(from) + Math.sign(dx)] ?? null;
}
