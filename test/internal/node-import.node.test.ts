// Server-side rendering frameworks import components in Node: that must not crash
// (no `window` or `document` at module top level, no registration without a DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the package entry imports in Node without a DOM', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  const mod = await import('../../src/index.js');
  assert.equal(typeof mod.TiesElement, 'function');
  assert.equal(typeof mod.defineElement, 'function');
});

test('the registering entry imports in Node too', async () => {
  await assert.doesNotReject(import('../../src/all.js'));
});
