/**
 * The `map` view: a world choropleth of the roll call (Equal Earth, fitted to the width,
 * Antarctica dropped). Every member is placed: by its outline, or, for small states missing
 * from the 1:110m outlines, by a dot at its own place. Outlines of non-members (Taiwan,
 * Palestine, Western Sahara, Kosovo…) are drawn as such; dependent territories (Greenland…)
 * take the vote of the state that administers them. Pure: model + world + width -> geometry.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { World } from '../../internal/world.js';
import { MAP_PAD, SUBJECT, mapHeight, mapLabelBand, mapLabelSize } from './map.size.js';
import { circleObstacle, placeLabels, ringsObstacle, type Obstacle, type PlacedLabel } from './labels.layout.js';
import { coversUn, type Country, type VoteModel } from './vote-model.js';

export { mapHeight, SUBJECT };

const PAD = MAP_PAD;

/** Antarctica: no state, no vote. */
const ANTARCTICA = '010';

/**
 * Outlines at 1:110m that are territories of a member (ISO numeric -> administering state):
 * drawn in that state's colour, lighter, so Greenland does not read as a state of its own.
 */
export const TERRITORIES: Readonly<Record<string, { of: string; name: string }>> = {
  '304': { of: 'DNK', name: 'Greenland' },
  '238': { of: 'GBR', name: 'Falkland Islands' },
  '260': { of: 'FRA', name: 'French Southern Territories' },
  '540': { of: 'FRA', name: 'New Caledonia' },
  '630': { of: 'USA', name: 'Puerto Rico' },
};

export interface MapCountry {
  key: string;
  country: Country;
  /** Outline path, or null for a dot. */
  d: string | null;
  /** Representative point (dot centre, label and keyboard anchor). */
  x: number;
  y: number;
  r: number;
}

export interface MapOther {
  id: string;
  name: string;
  d: string;
  /**
   * `nonmember`: not a UN member (when the roll call is the whole UN); `outside`: not part of
   * this vote (an editor's own, smaller roll call); `territory`: drawn with its administering state.
   */
  kind: 'nonmember' | 'outside' | 'territory';
  /** For a territory: the administering member, whose vote colours it. */
  of: Country | null;
}

export type MapLabel = PlacedLabel;

export interface MapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  others: MapOther[];
  /** Members that could not be placed (no outline, no point): should be none. */
  unplaced: Country[];
  /** Myanmar's outline, when it is part of the vote. */
  subject: { d: string } | null;
  labels: MapLabel[];
  /** Named countries no free spot could hold a label for (the view lists them). */
  unlabelled: Country[];
}

export interface MapInput {
  model: VoteModel;
  world: World;
  /** Outlines without an ISO id (Kosovo, N. Cyprus, Somaliland): not UN members. */
  unidentified?: ReadonlyArray<Feature<Geometry, { name?: string }>>;
  width: number;
  /** Countries to label (highlighted ones), in priority order. */
  label?: readonly string[];
}

/**
 * Longest leader on the map: a name further off than this no longer reads as its country's
 * (60 px on a phone, a twelfth of the width on a wide map); such a country is listed instead.
 */
export function mapMaxLeader(width: number): number {
  return Math.max(60, width / 12);
}

export function mapLayout({ model, world, unidentified = [], width, label = [] }: MapInput): MapLayout {
  const W = Math.max(width, 1);
  const H = mapHeight(W);
  const land = world.countries.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [PAD, PAD + mapLabelBand(W)],
      [W - PAD, H - PAD],
    ],
    { type: 'FeatureCollection', features: land } as FeatureCollection,
  );
  const path = geoPath(projection);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const dotR = Math.max(2.2, Math.min(4, W / 240));

  const byNumeric = new Map<string, Country>();
  const countries: MapCountry[] = [];
  const unplaced: Country[] = [];
  for (const c of model.countries) {
    const id = c.m49 ?? world.numericOf(c.iso3);
    const outline = id ? world.byId.get(id) : undefined;
    const point = id ? world.points.get(id) : undefined;
    const xy = point ? projection(point) : null;
    if (!id || !xy || (!outline && !point)) {
      unplaced.push(c);
      continue;
    }
    byNumeric.set(id, c);
    const d = outline && !world.dotOnly.has(id) ? path(outline) : null;
    // A dot near the antimeridian stays inside the map.
    const x = d ? xy[0] : Math.min(W - dotR - 1, Math.max(dotR + 1, xy[0]));
    countries.push({ key: c.iso3, country: c, d: d || null, x: round(x), y: round(xy[1]), r: dotR });
  }
  // Outlines first, dots last, so a small state is never hidden under a neighbour.
  countries.sort((a, b) => Number(a.d === null) - Number(b.d === null));

  // A roll call of (nearly) every UN member: what is left on the map is not a member.
  const absentKind: MapOther['kind'] = coversUn(model) ? 'nonmember' : 'outside';
  const others: MapOther[] = [];
  for (const f of land) {
    if (byNumeric.has(f.id)) continue;
    const d = path(f);
    if (!d) continue;
    const t = TERRITORIES[f.id];
    const of = t ? (model.byIso.get(t.of) ?? null) : null;
    others.push({ id: f.id, name: t?.name ?? f.properties.name, d, kind: of ? 'territory' : absentKind, of });
  }
  for (const [i, f] of unidentified.entries()) {
    const d = path(f);
    if (d) others.push({ id: `x${i}`, name: f.properties?.name ?? 'Unknown', d, kind: absentKind, of: null });
  }

  // Myanmar is marked when it is part of the vote.
  const inVote = model.byIso.has(SUBJECT);
  const subjectFeature = inVote ? world.byId.get(world.numericOf(SUBJECT) ?? '') : undefined;
  const subject = subjectFeature ? { d: path(subjectFeature) ?? '' } : null;

  // Labels: the subject first, then the lone votes and the highlighted countries, each inside
  // its own outline when it fits there, else beside it with a leader, never over another
  // country; what finds no room is listed (`unlabelled`) for the view to name.
  const size = mapLabelSize(W);
  const rings = (f: Feature<Geometry, { name?: string } | null>): Array<Array<[number, number]>> => {
    const out: Array<Array<[number, number]>> = [];
    let ring: Array<[number, number]> = [];
    geoPath(projection, {
      moveTo(x: number, y: number) {
        ring = [[x, y]];
        out.push(ring);
      },
      lineTo(x: number, y: number) {
        ring.push([x, y]);
      },
      closePath() {},
      arc() {},
      beginPath() {},
    } as unknown as CanvasRenderingContext2D)(f);
    return out;
  };
  const shapes = new Map<string, Obstacle>();
  const obstacles: Obstacle[] = [];
  for (const c of countries) {
    const id = c.country.m49 ?? world.numericOf(c.key);
    const f = c.d && id ? world.byId.get(id) : undefined;
    const o = f ? ringsObstacle(c.key, rings(f)) : circleObstacle(c.key, c.x, c.y, c.r + 1.5);
    shapes.set(c.key, o);
    obstacles.push(o);
  }
  for (const f of land) if (!byNumeric.has(f.id)) obstacles.push(ringsObstacle(`other:${f.id}`, rings(f)));
  for (const [i, f] of unidentified.entries()) obstacles.push(ringsObstacle(`x${i}`, rings(f)));
  const want = inVote ? [SUBJECT, ...label.filter((k) => k !== SUBJECT)] : [...label];
  const placedByKey = new Map(countries.map((c) => [c.key, c]));
  const wants = want
    .map((k) => placedByKey.get(k))
    .filter((c): c is MapCountry => c !== undefined)
    .map((c) => {
      const own = shapes.get(c.key)!;
      return { key: c.key, text: c.country.short, x: c.x, y: c.y, reach: c.d ? 1 : c.r + 1, own: c.d ? own.contains : undefined };
    });
  const placed = placeLabels(wants, obstacles, { x0: 0, y0: 0, x1: W, y1: H }, size, {
    tryOrders: true,
    maxLeader: mapMaxLeader(W),
  });
  const labels: MapLabel[] = placed.labels.map((l) => ({ ...l, x: round(l.x), y: round(l.y) }));
  const unlabelled = placed.missing.map((k) => placedByKey.get(k)!.country);

  return { width: W, height: H, countries, others, unplaced, subject, labels, unlabelled };
}
