// What the built browser bundles must keep for a fast first chart, read from dist/ as shipped
// (the test server would rewrite them). `npm test` builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (file: string): string => {
  assert.ok(existsSync(`dist/${file}.js`), `dist/${file}.js is missing: run npm run build first`);
  return readFileSync(`dist/${file}.js`, 'utf8');
};

test('the all-in-one entry imports nothing up front, so it asks for lit and the component at once', () => {
  // A static import would make the browser fetch that chunk before the entry runs, and only
  // then would the entry ask for the component: one round trip more before the first chart.
  const text = read('myanmar-ties');
  assert.deepEqual(text.match(/(^|[;}\n])\s*import\s*[{*\w$]/g) ?? [], []);
  assert.match(text, /import\(/);
});

test('an English page does not carry the metrics of other scripts: they come with the country names', () => {
  // text-scripts.ts (Myanmar and Cyrillic widths, Intl.Segmenter's word breaks) is installed by
  // region-names.ts, which only a page in another language loads, and before it draws.
  for (const file of ['vote-chart', 'arms-flow', 'relation-map']) assert.doesNotMatch(read(file), /Segmenter/, file);
});
