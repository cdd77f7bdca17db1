#!/usr/bin/env node
// Writes data/geo/places.json: what the maps need beside Natural Earth's 1:110m countries.
//  - codes: ISO 3166-1 alpha-3 -> numeric (= world-atlas feature id), from i18n-iso-countries;
//  - points: a representative [lon, lat] for the UN members that 1:110m leaves out (28 small
//    states), from the largest polygon of their 1:50m outline; Tuvalu, missing from 1:50m too,
//    at its capital Funafuti.
// Run by hand when world-atlas or i18n-iso-countries change; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const load = (f) => JSON.parse(readFileSync(new URL(`../node_modules/world-atlas/${f}`, import.meta.url), 'utf8'));
const t110 = load('countries-110m.json');
const t50 = load('countries-50m.json');
const in110 = new Set(feature(t110, t110.objects.countries).features.map((f) => f.id));
const f50 = new Map(feature(t50, t50.objects.countries).features.map((f) => [f.id, f]));

const codes = {};
for (const a3 of Object.keys(countries.getAlpha3Codes()).sort()) codes[a3] = countries.alpha3ToNumeric(a3);

/** Centroid of the largest polygon: an island state's main island, not a point in the sea between atolls. */
function mainPoint(f) {
  const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
  let best = null;
  let bestArea = -1;
  for (const coordinates of polys) {
    const g = { type: 'Polygon', coordinates };
    const a = geoArea(g);
    if (a > bestArea) [best, bestArea] = [g, a];
  }
  return geoCentroid(best).map((x) => Math.round(x * 100) / 100);
}

// The 193 members, from the roll call (../shared beside the repo when this is run).
const roll = readFileSync(new URL('../../shared/data/unga-75-287/unga_75_287.csv', import.meta.url), 'utf8');
const members = roll
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(',').at(-1));
const points = {};
for (const id of members.filter((id) => !in110.has(id)).sort()) {
  const f = f50.get(id);
  points[id] = f ? mainPoint(f) : null;
}
// Tuvalu is in neither outline: Funafuti, its capital (8°31'S 179°12'E).
if (points['798'] === null) points['798'] = [179.2, -8.52];
const missing = Object.entries(points).filter(([, p]) => p === null);
if (missing.length) throw new Error(`no point for ${missing.map(([id]) => id).join(', ')}`);

writeFileSync(new URL('../data/geo/places.json', import.meta.url), JSON.stringify({ codes, points }) + '\n');
console.log(`data/geo/places.json: ${Object.keys(codes).length} codes, ${Object.keys(points).length} small-state points`);
