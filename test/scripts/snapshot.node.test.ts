/**
 * `npm run snapshot` end to end: runs scripts/snapshot.mjs in headless Chromium on the
 * minimal widget and reads what it wrote, as an editor would before pasting it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));

function snapshot(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'mt-snapshot-'));
  const r = spawnSync(
    process.execPath,
    ['scripts/snapshot.mjs', '--out', out, '--from', 'source', '--module', 'test/fixtures/test-widget.ts', ...args],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { out, status: r.status, stdout: r.stdout, stderr: r.stderr, file: (name: string) => readFileSync(join(out, name), 'utf8') };
}

test(
  'writes one pasteable file per widget, an index, and a summary line per file',
  { skip: !chrome && 'no Chromium', timeout: 150_000 },
  () => {
    const r = snapshot(
      '--width',
      '480',
      '<test-widget heading="Votes &amp; more"></test-widget>',
      '<test-widget theme="dark" tools="image"></test-widget>',
    );
    try {
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.deepEqual(readdirSync(r.out).sort(), [
        'index.html',
        'test-widget-heading-votes-more.html',
        'test-widget-theme-dark-tools-image.html',
      ]);

      const light = r.file('test-widget-heading-votes-more.html');
      // The editor's tag and attributes, exactly; nothing the script adds (eager, reflected defaults).
      assert.match(
        light,
        /^<!--[^\n]*-->\n<test-widget heading="Votes &amp; more"><div role="figure"(?: id="[^"]+")? aria-labelledby="([^"]+)">/,
      );
      assert.match(
        light,
        /<g role="heading" aria-level="2" id="mt-test-widget-heading-votes-more-title"><text [^>]*>Votes &amp; more ?<\/text><\/g>/,
      );
      assert.match(light, /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="100%" display="block" viewBox="0 0 480 [\d.]+"/);
      assert.equal(
        (light.match(/<rect [^>]*fill="rgb\(\d+, \d+, \d+\)"/g) ?? []).length,
        4,
        'background and three bars, colours as attributes',
      );
      assert.match(light, /Source: <a href="https:\/\/example.org\/">/);
      assert.match(light, /<details><summary>Data table<\/summary><table cellpadding="4">/);
      assert.equal((light.match(/<th scope="row">/g) ?? []).length, 3);
      assert.match(light, /<th scope="row">Against<\/th><td align="right">1<\/td>/);
      // Nothing a sanitiser, AMP or an RSS reader strips or runs.
      assert.doesNotMatch(light, /\sstyle=|\sclass=|<script|<style|foreignObject|var\(--|javascript:/);
      assert.doesNotMatch(light, /\son[a-z]+="/);

      const dark = r.file('test-widget-theme-dark-tools-image.html');
      assert.match(dark, /^<!--[^\n]*dark theme[^\n]*-->\n<test-widget theme="dark" tools="image">/);
      assert.match(dark, /<rect width="480" height="[\d.]+" fill="rgb\(22, 22, 22\)">/);

      const index = r.file('index.html');
      assert.match(index, /<a href="test-widget-heading-votes-more.html">/);
      assert.match(index, /<a href="test-widget-theme-dark-tools-image.html">/);
      assert.doesNotMatch(index, /<script/);

      const lines = r.stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes('.html'));
      assert.equal(lines.length, 3, r.stdout);
      for (const l of lines.slice(0, 2)) {
        assert.match(l, /\d+\.\d kB {2}<test-widget/);
        const moved = Number(/page below moved (-?[\d.]+) px/.exec(l)?.[1]);
        assert.ok(Math.abs(moved) < 2, `no layout shift when the script loads: ${l}`);
      }
      assert.match(lines[2]!, /index\.html {2}lists 2 snapshots \(source, 480px, light\)/);
    } finally {
      rmSync(r.out, { recursive: true, force: true });
    }
  },
);

test('says what is wrong with markup it cannot render, and exits non-zero', { skip: !chrome && 'no Chromium', timeout: 150_000 }, () => {
  const r = snapshot('<div></div>', '<nope-widget></nope-widget>');
  try {
    assert.equal(r.status, 1);
    assert.match(r.stderr, /<div><\/div>: <div> is not a custom element/);
    assert.match(r.stderr, /<nope-widget><\/nope-widget>: <nope-widget> is not defined by the loaded modules/);
  } finally {
    rmSync(r.out, { recursive: true, force: true });
  }
});

const built = existsSync('dist/myanmar-ties.js');

test(
  'right after `npm run build`, renders from the CMS bundle: every view of every component, and a tag no one defines fails fast',
  {
    skip: (!chrome && 'no Chromium') || (!built && 'dist/ not built'),
    timeout: 240_000,
  },
  () => {
    const out = mkdtempSync(join(tmpdir(), 'mt-snapshot-dist-'));
    try {
      // The CMS bundle loads a component only once its tag is in the page: before the fix this
      // wrote 0 snapshots, and --views waited on whenDefined() until the protocol timed out.
      const r = spawnSync(process.execPath, ['scripts/snapshot.mjs', '--out', out, '--from', 'dist', '--views'], {
        encoding: 'utf8',
        timeout: 200_000,
      });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const files = readdirSync(out).sort();
      for (const f of [
        'vote-chart.html',
        'vote-chart-view-hemicycle.html',
        'vote-chart-view-map.html',
        'arms-flow.html',
        'arms-flow-view-map.html',
        'arms-flow-view-timeline.html',
        'relation-map.html',
      ]) {
        assert.ok(files.includes(f), `${f} written (got ${files.join(', ')})`);
      }
      assert.match(r.stdout, /index\.html {2}lists \d+ snapshots \(dist\/myanmar-ties\.js, 640px, light\)/);
      const bar = readFileSync(join(out, 'vote-chart.html'), 'utf8');
      assert.match(bar, /^<!--[^\n]*-->\n<vote-chart><div role="figure"/);
      assert.match(bar, /119/);

      const t0 = Date.now();
      const bad = spawnSync(process.execPath, ['scripts/snapshot.mjs', '--out', out, '--from', 'dist', '<nope-widget></nope-widget>'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(bad.status, 1, bad.stdout + bad.stderr);
      assert.match(bad.stderr, /<nope-widget> is not defined by the loaded modules/);
      assert.ok(Date.now() - t0 < 50_000, 'fails within seconds, not at a protocol timeout');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
);

test('rejects bad options before starting a browser', () => {
  const r = snapshot('--theme', 'blue');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--theme must be light or dark, not blue/);
  rmSync(r.out, { recursive: true, force: true });
});
