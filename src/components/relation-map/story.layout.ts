/**
 * The story view's layout: the centre's side (the actors of its country) in one column and
 * its backers in another, facing each other, each backer's people and firms grouped under
 * their state; actors of no country (the UN General Assembly) below, between the two.
 * Labels face outward, so the ties between the columns cross no name. Pure and
 * deterministic (no randomness at all).
 */
import type { Point } from '../../internal/plane.js';
import { compareActors, type Graph } from './graph.js';

export interface StoryLayout {
  points: Point[];
  /** Per actor: -1 the centre's side (labels to the left), 1 a backer (to the right), 0 between (below). */
  side: Array<-1 | 0 | 1>;
}

/** Gap between two backer groups, in rows. */
const GROUP_GAP = 0.6;

export function storyLayout(graph: Graph, focus: number, width: number, height: number): StoryLayout {
  const n = graph.actors.length;
  const home = focus >= 0 ? (graph.actors[focus]!.country ?? graph.actors[focus]!.id) : null;
  const side: Array<-1 | 0 | 1> = graph.actors.map((a, i) =>
    i === focus || (home !== null && a.country === home) ? -1 : a.country ? 1 : 0,
  );
  const homeList = graph.actors.map((_, i) => i).filter((i) => side[i] === -1);
  const middle = graph.actors.map((_, i) => i).filter((i) => side[i] === 0);

  // Backers grouped by country; groups with more ties to the centre's side come first.
  const groups = new Map<string, number[]>();
  graph.actors.forEach((a, i) => {
    if (side[i] !== 1) return;
    let g = groups.get(a.country!);
    if (!g) groups.set(a.country!, (g = []));
    g.push(i);
  });
  const toHome = (list: number[]) => list.reduce((s, i) => s + graph.neighbors[i]!.filter((j) => side[j] === -1).length, 0);
  const byActor = (a: number, b: number) =>
    (a === focus ? -1 : 0) - (b === focus ? -1 : 0) || compareActors(graph.actors[a]!, graph.actors[b]!);
  const ordered = [...groups.entries()]
    .map(([key, list]) => ({ key, list: list.sort(byActor), weight: toHome(list) }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  homeList.sort(byActor);

  const narrow = width < 480;
  // A phone's columns sit close, leaving each side the width of a name; wider, the columns
  // stand as far apart as their names allow, so the ties between them have room for their words.
  const xHome = width * (narrow ? 0.44 : 0.25);
  const xBack = width * (narrow ? 0.57 : 0.69);
  const top = 28;
  const bottom = height - (middle.length ? 64 : 28);
  const points: Point[] = new Array(n);

  // Backers: rows with a gap between groups.
  const rows: Array<{ i: number; at: number }> = [];
  let at = 0;
  ordered.forEach((g, k) => {
    if (k > 0) at += GROUP_GAP;
    for (const i of g.list) rows.push({ i, at: at++ });
  });
  const span = Math.max(1, at - 1);
  for (const r of rows) points[r.i] = { x: xBack, y: rows.length === 1 ? (top + bottom) / 2 : top + ((bottom - top) * r.at) / span };
  // The centre's side: spread over the same height, centred when short.
  const step =
    homeList.length > 1 ? Math.min((bottom - top) / (homeList.length - 1), rows.length > 1 ? ((bottom - top) / span) * 1.6 : Infinity) : 0;
  const y0 = (top + bottom) / 2 - (step * (homeList.length - 1)) / 2;
  homeList.forEach((i, k) => (points[i] = { x: xHome, y: y0 + step * k }));
  // Between: a row under the columns.
  const gapM = Math.min(140, (width - 40) / Math.max(1, middle.length));
  middle.forEach((i, k) => (points[i] = { x: width / 2 + (k - (middle.length - 1) / 2) * gapM, y: height - 40 }));
  return { points, side };
}
