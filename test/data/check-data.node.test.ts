// npm run check:data passes on the bundled data and fails (exit 1, naming the field) on a
// doctored copy: a bad ISO code, a tally off by one, an unknown source id, a fact without a source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './shared.js';

function run(dir?: string) {
  const args = ['--import', 'tsx', path.join(repoRoot, 'scripts/check-data.ts'), ...(dir ? [dir] : [])];
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
}

test('check:data passes on the bundled data and prints a summary', () => {
  const r = run();
  assert.equal(r.status, 0, r.stderr + r.stdout);
  assert.match(r.stdout, /vote\.json: A\/RES\/75\/287, 193 members; yes 119, no 1, abstain 36, absent 37/);
  assert.match(r.stdout, /china-share-2015-2019: reported 49%; our calculation from the 2025-01-03 release: 58\.2%/);
  assert.match(r.stdout, /All data files are valid/);
});

test('check:data exits 1 and names each problem on doctored data', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
  try {
    for (const f of ['sources.json', 'vote.json', 'arms.json', 'network.json', 'events.json', 'disagreements.json']) {
      cpSync(path.join(repoRoot, 'data', f), path.join(dir, f));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const edit = (file: string, fn: (d: any) => void) => {
      const d = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      fn(d);
      writeFileSync(path.join(dir, file), JSON.stringify(d));
    };
    edit('vote.json', (v) => {
      v.rollCall[5].iso3 = 'XYZ';
      v.tally.yes = 120;
    });
    edit('network.json', (n) => {
      n.ties[0].sources = ['no-such-source'];
      n.actors[1].sources = [];
    });
    edit('arms.json', (a) => {
      a.register.suppliers.Russia.m49 = '644';
    });
    const r = run(dir);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /vote\.json: rollCall\[5\]: XYZ is not an ISO 3166-1 alpha-3 code/);
    assert.match(r.stderr, /vote\.json: tally\.yes: is 120 but the roll call has 119/);
    assert.match(r.stderr, /network\.json: ties\[[^\]]+\]\.sources\[0\]: "no-such-source" is not a source/);
    assert.match(r.stderr, /network\.json: actors\[blr\]\.sources: cites no source/);
    assert.match(r.stderr, /arms\.json: register\.suppliers\.Russia: RUS has ISO numeric 643, not 644/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
