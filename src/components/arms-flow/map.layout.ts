/**
 * Map geometry: a curved flow from each supplier's country to the recipient's, its width
 * by SIPRI TIV (square-root scale, so area-like widths do not exaggerate the largest).
 * The projection is fitted to the countries involved, not the whole world, so flows stay
 * legible at 320 px. Pure: takes the world geometry as input (loaded lazily by the element).
 */
import { compareEnglish } from '../../internal/collate.js';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';
import type { World, Lonlat } from '../../internal/world.js';
import type { Groups, SupplierGroup } from './groups.js';
import { boxesOverlap, type Box } from '../../internal/plane.js';
import { textWidth } from '../../internal/text-metrics.js';
import { MAP_NARROW } from './map.size.js';
import { bySupplier as groupBySupplier, flowWidth, sortUnplaced, unplacedOf, widthLegend, type Codes, type Unplaced } from './map.keys.js';

export type { Codes } from './map.keys.js';

export interface MapFlow {
  supplier: string;
  group: SupplierGroup;
  value: number;
  postValue: number;
  rows: ArmsDelivery[];
  d: string;
  /** The line's width: the same for every flow (volume is the circle's area). */
  width: number;
  /** Radius of the circle at the origin: area proportional to TIV. */
  r: number;
  /** Middle of the curve, where a tooltip points. */
  cx: number;
  cy: number;
  from: [number, number];
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; text: string; leader: [number, number, number, number] | null } | null;
}

export interface MapGeometry {
  width: number;
  height: number;
  narrow: boolean;
  /** The globe's outline, clipped to the frame: the sea. */
  sphere: string;
  countries: Array<{ id: string; d: string; role: 'recipient' | 'supplier' | 'other'; colour: number | null }>;
  /** Small states without an outline at this scale, drawn as dots. */
  dots: Array<{ id: string; x: number; y: number; role: 'recipient' | 'supplier'; colour: number | null }>;
  flows: MapFlow[];
  recipient: { name: string; x: number; y: number } | null;
  /** Suppliers the map cannot place (no country code): listed in a note and the table. */
  unplaced: Unplaced[];
  /** Line widths for the legend. */
  legend: Array<{ value: number; width: number }>;
}

export interface MapInput {
  world: World;
  rows: readonly ArmsDelivery[];
  groups: Groups;
  recipient: string;
  codes: Codes;
  /** Suppliers labelled first (those the reported figures name), then by size. */
  featured?: readonly string[];
  splitYear: number | null;
  width: number;
  height: number;
}

export { MAP_NARROW, mapHeight } from './map.size.js';

/** The world id (ISO numeric) of a name: its codes first, else the map's own country name. */
export function placeOf(world: World, codes: Codes, name: string): string | null {
  const c = codes[name];
  if (c?.m49 && world.points.has(c.m49)) return c.m49;
  if (c?.iso3) {
    const id = world.numericOf(c.iso3);
    if (id && world.points.has(id)) return id;
  }
  if (c) return null; // named in the codes table without a country (e.g. "unknown supplier(s)")
  const lower = name.trim().toLowerCase();
  const f = world.countries.find((k) => k.properties.name.toLowerCase() === lower);
  return f ? f.id : null;
}

export function mapLayout(input: MapInput): MapGeometry {
  const { world, rows, groups, recipient, codes, splitYear, width, height } = input;
  const featured = new Set(input.featured ?? []);
  const narrow = width < MAP_NARROW;
  const r2 = (n: number) => Math.round(n * 100) / 100;

  const bySupplier = groupBySupplier(rows);
  const recipientId = placeOf(world, codes, recipient);
  const recipientPoint = recipientId ? world.points.get(recipientId)! : null;

  const placed: Array<{ supplier: string; id: string; p: Lonlat; rows: ArmsDelivery[] }> = [];
  const unplaced: MapGeometry['unplaced'] = [];
  for (const [supplier, list] of bySupplier) {
    const id = placeOf(world, codes, supplier);
    if (id && id !== recipientId) placed.push({ supplier, id, p: world.points.get(id)!, rows: list });
    else unplaced.push(unplacedOf(supplier, list));
  }
  sortUnplaced(unplaced);

  // Fit to the places involved, never narrower than ~50° × 30° around them.
  const pts: Lonlat[] = placed.map((s) => s.p);
  if (recipientPoint) pts.push(recipientPoint);
  if (pts.length === 0) pts.push([0, 20]);
  const lon = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const lat = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  const frame: Lonlat[] = [...pts, [lon - 25, lat - 15], [lon + 25, lat + 15]];
  const pad = narrow ? 28 : 40;
  const projection = geoNaturalEarth1()
    .rotate([-lon, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: frame },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const project = (p: Lonlat): [number, number] => {
    const xy = projection(p)!;
    return [r2(xy[0]), r2(xy[1])];
  };

  const supplierIds = new Map(placed.map((s) => [s.id, groups.of(s.supplier)]));
  const countries: MapGeometry['countries'] = [];
  for (const f of world.countries) {
    const d = path(f);
    if (!d) continue;
    const g = supplierIds.get(f.id);
    countries.push({
      id: f.id,
      d,
      role: f.id === recipientId ? 'recipient' : g ? 'supplier' : 'other',
      colour: g ? g.colour : null,
    });
  }
  const dots: MapGeometry['dots'] = [];
  for (const id of world.dotOnly) {
    const g = supplierIds.get(id);
    if (id !== recipientId && !g) continue;
    const [x, y] = project(world.points.get(id)!);
    dots.push({ id, x, y, role: id === recipientId ? 'recipient' : 'supplier', colour: g ? g.colour : null });
  }

  const to = recipientPoint ? project(recipientPoint) : null;
  const values = placed.map((s) => fsum(s.rows, (d) => d.tiv));
  const max = Math.max(0, ...values);
  const widthOf = flowWidth(max, narrow);

  const flows: MapFlow[] = [];
  if (to) {
    placed.forEach((s, i) => {
      const from = project(s.p);
      const dx = to[0] - from[0];
      const dy = to[1] - from[1];
      const len = Math.hypot(dx, dy) || 1;
      // Bow every curve the same way (upwards of its chord) so converging flows fan out.
      let nx = dy / len;
      let ny = -dx / len;
      if (ny > 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
      const bend = 0.22 * len;
      const c: [number, number] = [(from[0] + to[0]) / 2 + nx * bend, (from[1] + to[1]) / 2 + ny * bend];
      const value = values[i]!;
      flows.push({
        supplier: s.supplier,
        group: groups.of(s.supplier),
        value,
        postValue: splitYear === null ? 0 : fsum(s.rows, (d) => (d.deliveryYear >= splitYear ? d.tiv : 0)),
        rows: s.rows,
        d: `M${from[0]},${from[1]}Q${r2(c[0])},${r2(c[1])} ${to[0]},${to[1]}`,
        width: narrow ? 1.25 : 1.5,
        r: widthOf(value),
        cx: r2(0.25 * from[0] + 0.5 * c[0] + 0.25 * to[0]),
        cy: r2(0.25 * from[1] + 0.5 * c[1] + 0.25 * to[1]),
        from,
        label: null,
      });
    });
  }
  // Largest first (drawn underneath, thin flows stay visible on top), ties by name.
  flows.sort((a, b) => b.value - a.value || compareEnglish(a.supplier, b.supplier));

  // Labels: every origin, named suppliers first, then by size. Each tries spots around its
  // circle, nearest first, clear of other labels and circles; one that had to move away gets
  // a leader line. A label that finds no spot at all is left out (the tooltip and table have it).
  const taken: Box[] = [];
  if (to) {
    // Map labels are drawn bold (.map .label).
    const tw = textWidth(recipient, 13, true);
    taken.push({ x: to[0] - tw / 2 - 2, y: to[1] + 6, width: tw + 4, height: 18 });
  }
  for (const f of flows) taken.push({ x: f.from[0] - f.r, y: f.from[1] - f.r, width: 2 * f.r, height: 2 * f.r });
  const priority = [...flows].sort(
    (a, b) =>
      Number(featured.has(b.supplier)) - Number(featured.has(a.supplier)) || b.value - a.value || compareEnglish(a.supplier, b.supplier),
  );
  const H = 13;
  for (const f of priority) {
    const tw = textWidth(f.supplier, 12, true);
    const [fx, fy] = f.from;
    let placedLabel = false;
    for (const d of [3, 14, 28, 44, 62]) {
      const gap = f.r + d;
      // right, left, above, below, then the diagonals
      const spots: Array<[number, number, 'start' | 'end' | 'middle']> = [
        [fx + gap, fy + 4, 'start'],
        [fx - gap, fy + 4, 'end'],
        [fx, fy - gap - 2, 'middle'],
        [fx, fy + gap + H - 2, 'middle'],
        [fx + gap * 0.7, fy - gap * 0.7, 'start'],
        [fx - gap * 0.7, fy - gap * 0.7, 'end'],
        [fx + gap * 0.7, fy + gap * 0.7 + H - 4, 'start'],
        [fx - gap * 0.7, fy + gap * 0.7 + H - 4, 'end'],
      ];
      for (const [x, y, anchor] of spots) {
        const x0 = anchor === 'start' ? x : anchor === 'end' ? x - tw : x - tw / 2;
        const box: Box = { x: x0 - 1, y: y - 11, width: tw + 2, height: 14 };
        if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
        if (taken.some((t) => boxesOverlap(t, box))) continue;
        taken.push(box);
        const cy = box.y + box.height / 2;
        const tx = Math.max(box.x, Math.min(box.x + box.width, fx));
        f.label = { x: r2(x), y: r2(y), anchor, text: f.supplier, leader: d > 14 ? [fx, fy, r2(tx), r2(cy)] : null };
        placedLabel = true;
        break;
      }
      if (placedLabel) break;
    }
  }

  // The same keys the element draws from the data alone while the geometry loads (map.keys.ts).
  const legend: MapGeometry['legend'] = widthLegend(max, narrow);

  return {
    width,
    height,
    narrow,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries,
    dots,
    flows,
    recipient: to ? { name: recipient, x: to[0], y: to[1] } : null,
    unplaced,
    legend,
  };
}
