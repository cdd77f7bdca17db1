// <arms-flow> layouts, checked against sums computed here from SIPRI's rows with plain loops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildWorld, type Places } from '../../../src/internal/world.js';
import { applyFilter, NO_FILTER, ownRows, scopeOf } from '../../../src/components/arms-flow/filter.js';
import { featuredSuppliers, supplierGroups } from '../../../src/components/arms-flow/groups.js';
import { crossings, sankeyLayout, sankeyHeight } from '../../../src/components/arms-flow/sankey.layout.js';
import { timelineLayout, timelineHeight } from '../../../src/components/arms-flow/timeline.layout.js';
import { mapLayout } from '../../../src/components/arms-flow/map.layout.js';
import { mapHeight } from '../../../src/components/arms-flow/map.size.js';
import { nextItem, sankeyItems, timelineItems } from '../../../src/components/arms-flow/items.js';
import type { ArmsData } from '../../../src/data/types.js';
import { bundled, madeUp, sourceRows, sum } from './rows.js';

const data = bundled();
const { rows: src } = sourceRows();
const mm = src.filter((r) => r.recipient === 'Myanmar');
const close = (a: number, b: number, msg: string) => assert.ok(Math.abs(a - b) < 1e-6, `${msg}: ${a} vs ${b}`);
const fmt = (n: number) => n.toFixed(1);

function groupsOf(d: ArmsData, selected: string[] = []) {
  const { all } = ownRows(d);
  return supplierGroups(all, featuredSuppliers(d, new Set(all.map((x) => x.supplier))), selected);
}

function sankeyFor(d: ArmsData, width: number, filter = NO_FILTER) {
  const scope = scopeOf(d, filter);
  const groups = groupsOf(d, [...filter.suppliers]);
  const height = sankeyHeight(width, 8, 10);
  return {
    scope,
    groups,
    g: sankeyLayout({ rows: scope.rows, groups, recipient: scope.recipient, splitYear: 2021, width, height, format: fmt }),
  };
}

test('the bundled register matches the source rows, and rows filed under another recipient are left out and named', () => {
  assert.equal(data.register.deliveries.length, src.length);
  const { all, leftOut } = ownRows(data);
  assert.equal(all.length, mm.length);
  const others = src.filter((r) => r.recipient !== 'Myanmar');
  assert.deepEqual(
    leftOut.map((l) => [l.recipient, l.rows]),
    [...new Set(others.map((r) => r.recipient))].map((r) => [r, others.filter((o) => o.recipient === r).length]),
  );
  close(leftOut[0]!.tiv, sum(others), 'left-out TIV');
});

test('sankey at 960 px: every node value is the sum of its rows', () => {
  const { g, groups } = sankeyFor(data, 960);
  const named = groups.list.filter((x) => !x.other).map((x) => x.key);
  for (const n of g.nodes) {
    if (n.kind === 'supplier') {
      const expected = n.group!.other ? sum(mm, (r) => !named.includes(r.supplier)) : sum(mm, (r) => r.supplier === n.name);
      close(n.value, expected, `supplier ${n.name}`);
    } else if (n.kind === 'category')
      close(
        n.value,
        sum(mm, (r) => r.category === n.name),
        `category ${n.name}`,
      );
  }
  assert.equal(g.nodes.filter((n) => n.kind === 'category').length, new Set(mm.map((r) => r.category)).size);
  // The recipient is the heading over the categories, with the total, at every width.
  assert.equal(g.nodes.filter((n) => n.kind === 'recipient').length, 0);
  assert.equal(g.heading!.text, 'To Myanmar');
  assert.equal(g.heading!.value, fmt(sum(mm)));
  // Bands after the coup carry exactly the TIV delivered from 2021.
  const post = g.links.filter((l) => l.post && l.stage === 0).reduce((a, l) => a + l.value, 0);
  close(
    post,
    sum(mm, (r) => r.year >= 2021),
    'post-coup bands',
  );
});

test('sankey: Russia, China and Belarus are drawn and labelled by name, with room between labels', () => {
  for (const width of [320, 960]) {
    const { g } = sankeyFor(data, width);
    const suppliers = g.nodes.filter((n) => n.kind === 'supplier');
    for (const name of ['Russia', 'China', 'Belarus']) {
      const n = suppliers.find((s) => s.name === name);
      assert.ok(n, `${name} at ${width}`);
      close(
        n.value,
        sum(mm, (r) => r.supplier === name),
        `${name} at ${width}`,
      );
      assert.ok(n.y1 - n.y0 > 0.5, `${name} has a visible node`);
    }
    for (const kind of ['supplier', 'category'] as const) {
      const ys = g.nodes
        .filter((n) => n.kind === kind)
        .map((n) => n.label.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) assert.ok(ys[i]! - ys[i - 1]! >= 14.9, `${kind} labels collide at ${width}: ${ys}`);
      for (const y of ys) assert.ok(y > 0 && y < g.height, `${kind} label inside at ${width}`);
    }
    for (const n of g.nodes) assert.ok(n.x0 >= 0 && n.x1 <= width, `node ${n.name} inside ${width}`);
  }
});

test('sankey at 320 px: the recipient becomes a heading with the total, and categories keep their sums', () => {
  const { g } = sankeyFor(data, 320);
  assert.equal(g.nodes.filter((n) => n.kind === 'recipient').length, 0);
  assert.equal(g.heading!.text, 'To Myanmar');
  assert.equal(g.heading!.value, fmt(sum(mm)));
  for (const n of g.nodes.filter((x) => x.kind === 'category'))
    close(
      n.value,
      sum(mm, (r) => r.category === n.name),
      n.name,
    );
});

test('sankey nodes in a column do not overlap', () => {
  const { g } = sankeyFor(data, 960);
  for (const kind of ['supplier', 'category'] as const) {
    const col = g.nodes.filter((n) => n.kind === kind).sort((a, b) => a.y0 - b.y0);
    for (let i = 1; i < col.length; i++) assert.ok(col[i]!.y0 >= col[i - 1]!.y1, `${kind} ${col[i]!.name}`);
  }
});

test('timeline: each year stacks to the TIV delivered that year, every year 2000–2023 on the axis', () => {
  const scope = scopeOf(data, NO_FILTER);
  const groups = groupsOf(data);
  const g = timelineLayout({
    rows: scope.rows,
    groups,
    period: scope.period!,
    splitYear: 2021,
    width: 960,
    height: timelineHeight(960),
    format: fmt,
  });
  const years = [...new Set(mm.map((r) => r.year))].sort();
  assert.deepEqual(
    g.years,
    Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i),
  );
  for (const y of g.years) {
    close(
      g.totals.get(y)!,
      sum(mm, (r) => r.year === y),
      `total ${y}`,
    );
    const bars = g.bars.filter((b) => b.year === y);
    close(
      bars.reduce((a, b) => a + b.value, 0),
      sum(mm, (r) => r.year === y),
      `bars ${y}`,
    );
    // Stacked: each segment sits on the one below.
    const sorted = [...bars].sort((a, b) => b.y - a.y);
    for (let i = 1; i < sorted.length; i++) assert.ok(Math.abs(sorted[i]!.y + sorted[i]!.h - sorted[i - 1]!.y) < 1.01, `stack ${y}`);
  }
  // The coup line falls between the 2020 and 2021 bars; the total after it is the post-coup TIV.
  const b2020 = g.bars.find((b) => b.year === 2020)!;
  const b2021 = g.bars.find((b) => b.year === 2021)!;
  assert.ok(g.split!.x > b2020.x + b2020.w && g.split!.x < b2021.x);
  close(
    g.split!.value,
    sum(mm, (r) => r.year >= 2021),
    'after the coup',
  );
  // The tallest bar reaches the top of the axis range, which is a round number.
  assert.ok(g.yTicks.at(-1)!.value >= Math.max(...g.totals.values()));
});

test('filters: years inclusive, suppliers and categories by SIPRI name', () => {
  const { all } = ownRows(data);
  const f = applyFilter(all, { from: 2015, to: 2019, suppliers: ['Russia'], categories: ['Aircraft'] });
  assert.equal(f.length, mm.filter((r) => r.year >= 2015 && r.year <= 2019 && r.supplier === 'Russia' && r.category === 'Aircraft').length);
  assert.ok(f.length > 0);
  assert.equal(applyFilter(all, { from: 2005, to: 2006, suppliers: ['Belarus'], categories: [] }).length, 0);
});

test('colours follow the whole register: a supplier keeps its colour when the years change', () => {
  const all = groupsOf(data);
  const russia = all.of('Russia').colour;
  const scope = scopeOf(data, { ...NO_FILTER, from: 2021 });
  assert.equal(groupsOf(data).of('Russia').colour, russia);
  assert.ok(scope.rows.length > 0);
  assert.notEqual(all.of('Belarus').colour, 7, 'Belarus is not grey "Other"');
  // The suppliers the figures name (Russia, China, Belarus), topped up by rank (India), each
  // have a colour of their own; every other supplier shares the neutral.
  const coloured = all.list.filter((g) => g.colour !== 7).map((g) => g.label);
  assert.deepEqual(coloured, ['Russia', 'China', 'India', 'Belarus']);
  assert.equal(new Set(all.list.filter((g) => g.colour !== 7).map((g) => g.colour)).size, 4, 'no two story suppliers share a colour');
  assert.equal(all.of('Ukraine').colour, 7);
  assert.ok(
    all.list.some((g) => g.label === 'Ukraine'),
    'Ukraine is still drawn by name',
  );
  // Picking a small supplier draws it by name, in a colour of its own.
  const picked = groupsOf(data, ['Austria', 'Russia']);
  assert.deepEqual(
    picked.list.map((g) => g.label),
    ['Russia', 'Austria'],
  );
  assert.equal(picked.of('Russia').colour, russia);
  assert.notEqual(picked.of('Austria').colour, russia);
});

test('a made-up register for another recipient lays out in every view', () => {
  const d = madeUp();
  const rows = d.register.deliveries;
  const s = sankeyFor(d, 960).g;
  assert.equal(s.heading!.value, fmt(rows.reduce((a, r) => a + r.tiv, 0)), 'Atlantis total');
  close(s.nodes.find((n) => n.name === 'Ships')!.value, 62.25, 'Ships');
  const scope = scopeOf(d, NO_FILTER);
  assert.deepEqual(scope.period, [2010, 2013]);
  const t = timelineLayout({
    rows: scope.rows,
    groups: groupsOf(d),
    period: scope.period!,
    splitYear: null,
    width: 320,
    height: 300,
    format: fmt,
  });
  assert.equal(t.totals.get(2012), 0);
  close(t.totals.get(2011)!, 25.5, '2011');
  assert.equal(t.split, null);
});

test('keyboard order: arrows walk a column, Left/Right cross to the related column', () => {
  const { g } = sankeyFor(data, 960);
  const items = sankeyItems(g, 2021);
  const russia = items.findIndex((i) => i.key === 's:Russia');
  const china = nextItem(items, russia, 'ArrowDown')!;
  assert.equal(items[china]!.supplier, 'China');
  const flow = nextItem(items, russia, 'ArrowRight')!;
  assert.equal(items[flow]!.supplier, 'Russia');
  assert.ok(items[flow]!.category);
  assert.equal(nextItem(items, flow, 'ArrowLeft'), russia);
  assert.equal(nextItem(items, russia, 'ArrowUp'), null);
  assert.equal(nextItem(items, russia, 'End'), items.length - 1);

  const scope = scopeOf(data, NO_FILTER);
  const t = timelineLayout({
    rows: scope.rows,
    groups: groupsOf(data),
    period: scope.period!,
    splitYear: 2021,
    width: 960,
    height: 380,
    format: fmt,
  });
  const bars = timelineItems(t, 2021);
  const r2010 = bars.findIndex((b) => b.year === 2010 && b.supplier === 'Russia');
  assert.deepEqual(
    [bars[nextItem(bars, r2010, 'ArrowRight')!]!.year, bars[nextItem(bars, r2010, 'ArrowRight')!]!.supplier],
    [2011, 'Russia'],
  );
});

test('sankey category nodes are focus items: their TIV, rows and what stays bright come from the layout', () => {
  const { g } = sankeyFor(data, 960);
  const items = sankeyItems(g, 2021);
  const categories = items.filter((i) => i.key.startsWith('c:'));
  const nodes = g.nodes.filter((n) => n.kind === 'category');
  assert.deepEqual(categories.map((i) => i.key).sort(), nodes.map((n) => `c:${n.name}`).sort());
  for (const n of nodes) {
    const it = categories.find((i) => i.key === `c:${n.name}`)!;
    assert.equal(it.col, 2, n.name);
    assert.equal(it.supplier, null, `${n.name}: every supplier`);
    assert.equal(it.category, n.name);
    close(
      it.tiv,
      sum(mm, (r) => r.category === n.name),
      `${n.name} TIV`,
    );
    close(it.tiv, n.value, `${n.name} TIV as drawn`);
    close(
      it.postTiv,
      sum(mm, (r) => r.category === n.name && r.year >= 2021),
      `${n.name} after the coup`,
    );
    assert.equal(it.rows.length, mm.filter((r) => r.category === n.name).length, `${n.name} rows`);
    assert.ok(it.ay >= n.y0 && it.ay <= n.y1 && it.ax >= n.x0 && it.ax <= n.x1, `${n.name}: the tooltip points at the node`);
    const into = g.flows.filter((f) => f.category === n.name);
    assert.deepEqual(
      [...it.related].sort(),
      [`c:${n.name}`, ...into.map((f) => `f:${f.id}`), ...new Set(into.map((f) => `s:${f.group.key}`))].sort(),
      `${n.name} related`,
    );
    // Its flows keep it bright in turn.
    for (const f of into) assert.ok(items.find((i) => i.key === `f:${f.id}`)!.related.includes(`c:${n.name}`));
  }
});

test('keyboard order: Right from a flow reaches its category, Left goes back along the same flow', () => {
  const { g } = sankeyFor(data, 960);
  const items = sankeyItems(g, 2021);
  const at = (key: string) => items.findIndex((i) => i.key === key);
  const china = at('s:China');
  const flow = nextItem(items, china, 'ArrowRight')!;
  const category = nextItem(items, flow, 'ArrowRight')!;
  assert.equal(items[category]!.key, `c:${items[flow]!.category}`);
  assert.equal(nextItem(items, category, 'ArrowRight'), null, 'nothing right of the categories');
  // Back along the flow the reader came by, else to the category's first flow.
  assert.equal(nextItem(items, category, 'ArrowLeft', flow), flow);
  const first = nextItem(items, category, 'ArrowLeft')!;
  assert.equal(items[first]!.category, items[category]!.category);
  assert.ok(items[category]!.related.includes(items[first]!.key));
  assert.notEqual(first, flow, 'China’s flow is not the first into its category, so "back" is tested');
  // Up and down walk the categories top to bottom.
  const top = items.filter((i) => i.col === 2).sort((a, b) => a.y - b.y);
  let i = at(top[0]!.key);
  for (const next of top.slice(1)) {
    i = nextItem(items, i, 'ArrowDown')!;
    assert.equal(items[i]!.key, next.key);
  }
});

test('map: one flow per placed supplier, circles by TIV, every origin labelled, unplaceable suppliers listed', () => {
  const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
  const places = JSON.parse(readFileSync('data/geo/places.json', 'utf8')) as Places;
  const world = buildWorld(topology, places);
  const scope = scopeOf(data, NO_FILTER);
  const groups = groupsOf(data);
  for (const width of [480, 640, 960]) {
    const g = mapLayout({
      world,
      rows: scope.rows,
      groups,
      recipient: 'Myanmar',
      codes: data.register.suppliers!,
      featured: ['Russia', 'China', 'Belarus'],
      splitYear: 2021,
      width,
      height: mapHeight(width),
    });
    const suppliers = [...new Set(mm.map((r) => r.supplier))];
    const noCode = suppliers.filter((s) => !data.register.suppliers![s]?.m49);
    assert.deepEqual(
      g.unplaced.map((u) => u.supplier),
      noCode,
    );
    assert.equal(g.flows.length, suppliers.length - noCode.length);
    assert.ok(g.recipient && g.recipient.x > 0 && g.recipient.x < width && g.recipient.y > 0 && g.recipient.y < mapHeight(width));
    for (const f of g.flows) {
      close(
        f.value,
        sum(mm, (r) => r.supplier === f.supplier),
        f.supplier,
      );
      close(
        f.postValue,
        sum(mm, (r) => r.supplier === f.supplier && r.year >= 2021),
        `${f.supplier} post`,
      );
      assert.match(f.d, /^M[\d.-]+,[\d.-]+Q/);
    }
    // Equal values look equal: every line has one width, volume is the circle's area.
    assert.equal(new Set(g.flows.map((f) => f.width)).size, 1);
    const russia = g.flows.find((f) => f.supplier === 'Russia')!;
    const china = g.flows.find((f) => f.supplier === 'China')!;
    const area = (f: typeof russia) => Math.PI * f.r ** 2;
    // (radii are rounded to 0.01 px)
    assert.ok(Math.abs(area(russia) / area(china) - russia.value / china.value) < 0.005, `circle areas in proportion at ${width}`);
    const byValue = [...g.flows].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i++) assert.ok(byValue[i]!.r >= byValue[i - 1]!.r);
    for (const f of g.flows) assert.ok(f.label, `${f.supplier} labelled at ${width}`);
    // No two labels overlap (boxes as the layout measures them).
    const boxes = g.flows.map((f) => {
      const w = f.label!.text.length * 12 * 0.56;
      const x0 = f.label!.anchor === 'start' ? f.label!.x : f.label!.anchor === 'end' ? f.label!.x - w : f.label!.x - w / 2;
      return { x0, x1: x0 + w, y0: f.label!.y - 10, y1: f.label!.y + 2, name: f.supplier };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${a.name} and ${b.name} labels overlap at ${width}`);
      }
    }
    assert.ok(g.countries.find((c) => c.id === '104')!.role === 'recipient');
  }
  // A recipient the map cannot place: said, not guessed.
  const d = madeUp();
  const s = scopeOf(d, NO_FILTER);
  const g = mapLayout({
    world,
    rows: s.rows,
    groups: groupsOf(d),
    recipient: 'Atlantis',
    codes: d.register.suppliers!,
    splitYear: null,
    width: 600,
    height: 400,
  });
  assert.equal(g.recipient, null);
  assert.equal(g.flows.length, 0);
});

test('sankey: categories ordered by their suppliers cross fewer bands than ordered by size', () => {
  const { g } = sankeyFor(data, 960);
  const suppliers = g.nodes
    .filter((n) => n.kind === 'supplier')
    .sort((a, b) => a.y0 - b.y0)
    .map((n) => n.group!.key);
  const drawnOrder = g.nodes
    .filter((n) => n.kind === 'category')
    .sort((a, b) => a.y0 - b.y0)
    .map((n) => n.name);
  const bySize = [...new Set(mm.map((r) => r.category))].sort(
    (a, b) => sum(mm, (r) => r.category === b) - sum(mm, (r) => r.category === a),
  );
  const weight = (order: string[]) =>
    crossings(g.flows.map((f) => ({ a: suppliers.indexOf(f.group.key), b: order.indexOf(f.category), value: f.value })));
  // Counted independently: a pair of flows crosses when their ends are in opposite orders.
  assert.equal(
    crossings([
      { a: 0, b: 1, value: 2 },
      { a: 1, b: 0, value: 3 },
      { a: 2, b: 2, value: 5 },
    ]),
    6,
  );
  assert.ok(weight(drawnOrder) < weight(bySize) * 0.9, `${weight(drawnOrder)} vs ${weight(bySize)} by size`);
  // Labels sit in the gutters: suppliers left of every node, categories right of every node.
  const x0 = Math.min(...g.nodes.map((n) => n.x0));
  const x1 = Math.max(...g.nodes.map((n) => n.x1));
  for (const n of g.nodes) {
    if (n.kind === 'supplier') assert.ok(n.label.x <= x0 && n.label.anchor === 'end', n.name);
    else assert.ok(n.label.x >= x1 && n.label.anchor === 'start', n.name);
  }
});
