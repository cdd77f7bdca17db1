/**
 * Theme tokens are public (`--mt-fg`, settable anywhere, `:root` included) and read once, with
 * their default, into a private alias (`--_mt-fg`) that shadow styles use. A rule that reads a
 * public token directly gets nothing unless the page sets it: this finds such rules (e.g. after
 * a merge) in the sources, stories and test widgets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_TOKENS } from '../../src/internal/base.styles.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|css)$/.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f));

test('no style reads a themed token by its public name without a fallback', () => {
  const sources = [...files('src'), ...files('stories'), ...files('test'), ...files('demo')];
  const aliased = new Set(Object.keys(BASE_TOKENS));
  // Tokens a component aliases with themeTokens({...}).
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    for (const call of text.matchAll(/themeTokens\(\{([\s\S]*?)\}\)/g))
      for (const m of call[1]!.matchAll(/'([a-z0-9-]+)':\s*\[/g)) aliased.add(m[1]!);
  }
  assert.ok(aliased.has('vote-yes') && aliased.has('color-8'), [...aliased].join(' '));
  const found: string[] = [];
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/var\(--mt-([a-z0-9-]+)\)/g)) {
      if (aliased.has(m[1]!)) found.push(`${f}: var(--mt-${m[1]}) — use var(--_mt-${m[1]})`);
    }
  }
  assert.deepEqual(found, []);
});
