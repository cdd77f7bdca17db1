// Widgets print their sources from the compact tables in src/data/sources.labels*.ts, not from
// sources.json (whose dating notes they never show). The tables must say exactly what
// sourceLabel() makes of sources.json; UPDATE_SOURCE_LABELS=1 rewrites them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultSources, getSource, sourceCredit, sourceLabel, sourceRefs } from '../../src/data/sources.js';
import { OTHER_SOURCE_LABELS } from '../../src/data/sources.labels.js';
import { VOTE_SOURCE_LABELS } from '../../src/data/sources.labels.vote.js';
import { voteSourceRefs } from '../../src/data/sources.footer.js';
import { sourceRefs as widgetRefs } from '../../src/data/sources.refs.js';
import * as root from '../../src/index.js';
import { defaultVote } from '../../src/data/vote.default.js';

const OTHER_FILE = fileURLToPath(new URL('../../src/data/sources.labels.ts', import.meta.url));
const VOTE_FILE = fileURLToPath(new URL('../../src/data/sources.labels.vote.ts', import.meta.url));

type Row = [string, string, string?];

/** Every `sources` list in a dataset, at any depth. */
function cited(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) cited(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) for (const id of v) out.add(id as string);
      else cited(v, out);
    }
  }
  return out;
}

function expected(): { vote: Row[]; other: Row[] } {
  const rows = defaultSources().map((s): Row => (s.url ? [s.id, sourceCredit(s), s.url] : [s.id, sourceCredit(s)]));
  const vote = cited(defaultVote());
  return { vote: rows.filter((r) => vote.has(r[0])), other: rows.filter((r) => !vote.has(r[0])) };
}

/** A generated table: its file's comment lines kept, the rows rewritten. */
function fileText(file: string, name: string, doc: string, rows: Row[], typeLine: string): string {
  const head = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('//'));
  const list = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
  return `${head.join('\n')}\n${typeLine}\n/** ${doc} */\nexport const ${name}: readonly SourceLabel[] = [\n${list}\n];\n`;
}

test('src/data/sources.labels*.ts match data/sources.json and the sources data/vote.json cites', () => {
  const want = expected();
  if (process.env.UPDATE_SOURCE_LABELS) {
    const type = 'export type SourceLabel = readonly [id: string, label: string, url?: string];\n';
    writeFileSync(
      OTHER_FILE,
      fileText(OTHER_FILE, 'OTHER_SOURCE_LABELS', 'Every bundled source data/vote.json does not cite.', want.other, type),
    );
    writeFileSync(
      VOTE_FILE,
      fileText(
        VOTE_FILE,
        'VOTE_SOURCE_LABELS',
        'The sources data/vote.json cites: what `<vote-chart>` carries.',
        want.vote,
        "import type { SourceLabel } from './sources.labels.js';\n",
      ),
    );
    return; // this run imported the old tables: the next one checks the new
  }
  const hint =
    'sources.json or vote.json changed: run UPDATE_SOURCE_LABELS=1 node --import tsx --test test/internal/source-labels.node.test.ts';
  assert.deepEqual(
    VOTE_SOURCE_LABELS.map((r) => [...r]),
    want.vote,
    hint,
  );
  assert.deepEqual(
    OTHER_SOURCE_LABELS.map((r) => [...r]),
    want.other,
    hint,
  );
});

const updating = { skip: process.env.UPDATE_SOURCE_LABELS ? 'rewriting the tables: run again to check' : false };

test('sourceRefs: every bundled source labelled as sourceCredit() credits it, other ids as written, repeats dropped', updating, () => {
  const ids = [...defaultSources().map((s) => s.id), 'My newsroom', 'constructor', '__proto__', 'toString'];
  const want = ids.map((id) => {
    const s = getSource(id);
    if (!s) return { label: id };
    return s.url ? { label: sourceCredit(s), url: s.url } : { label: sourceCredit(s) };
  });
  assert.deepEqual(sourceRefs([...ids, ...ids]), want);
  assert.equal(root.sourceRefs, sourceRefs, 'the package root exports the same function');
  assert.equal(widgetRefs, sourceRefs, 'widgets use the same function without sources.json');
});

test('voteSourceRefs labels every source the bundled vote cites, as sourceRefs does', updating, () => {
  const vote = defaultVote();
  const ids = [...cited(vote)];
  assert.ok(ids.length > 0);
  assert.deepEqual(voteSourceRefs(ids), sourceRefs(ids));
  assert.deepEqual(voteSourceRefs(vote.sources), sourceRefs(vote.sources));
  assert.deepEqual(voteSourceRefs(['My newsroom']), [{ label: 'My newsroom' }]);
});

test(
  'the printed credit names publisher, title and date, as a newspaper credit line does; the full label keeps the provenance',
  updating,
  () => {
    const unnamed = getSource('russia-key-backer-2021')!;
    assert.equal(sourceCredit(unnamed), '"Russia Emerges as Key Backer of Myanmar’s Military Post-Coup", July 2021');
    assert.match(sourceLabel(unnamed), /\(publisher not named in the copy\), July 2021 \(date inferred\)$/);
    const undated = getSource('globalsecurity-myanmar-russia')!;
    assert.equal(sourceCredit(undated), 'GlobalSecurity.org, "Myanmar - Russia Relations"');
    assert.match(sourceLabel(undated), /undated \(not before September 2022\)$/);
    for (const s of defaultSources()) {
      const credit = sourceCredit(s);
      assert.doesNotMatch(credit, /not named in the copy|date inferred|undated|not before/, s.id);
      assert.deepEqual(sourceRefs([s.id])[0]!.label, credit, `${s.id}: the widgets print the credit`);
    }
  },
);
