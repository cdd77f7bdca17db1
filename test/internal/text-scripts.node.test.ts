// Text metrics without and with text-scripts.ts: what an English page measures (the Latin
// estimate alone), then what a page in another language measures once region-names.ts has
// installed the other scripts' metrics. One process per test file: nothing installed them before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installScripts, lineStep, textWidth, wrap } from '../../src/internal/text-metrics.js';
import { scripts } from '../../src/internal/text-scripts.js';

const BURMESE = 'ကုလသမဂ္ဂအထွေထွေညီလာခံ';

test('text-scripts.ts: without it, Latin metrics for everything; installed, Burmese breaks between words and Cyrillic and Myanmar measure wider', () => {
  // Latin: N 0.67, a 0.61, r 0.34, o 0.61, w 0.9 em, the same with or without.
  const latin = () => [textWidth('Narrow', 10), wrap('Belarus alone voted against', 80, 12), lineStep('Belarus', 12, 15)];
  const before = latin();
  assert.ok(Math.abs((before[0] as number) - 10 * (0.67 + 0.61 + 0.34 + 0.34 + 0.61 + 0.9)) < 1e-9);
  // Without: a Burmese word stays whole, any other character is 0.61 em, the Latin line step.
  assert.deepEqual(wrap(BURMESE, 50, 12), [BURMESE]);
  assert.ok(Math.abs(textWidth('Ж', 10) - 6.1) < 1e-9);
  assert.equal(lineStep('မြန်မာ', 12, 15), 15);

  installScripts(scripts);
  assert.deepEqual(latin(), before);
  assert.deepEqual(wrap(BURMESE, 50, 12), ['ကုလသမဂ္ဂ', 'အထွေထွေ', 'ညီလာခံ']);
  assert.ok(Math.abs(textWidth('Ж', 10) - 9) < 1e-9);
  assert.equal(lineStep('မြန်မာ', 12, 15), 20);
  assert.equal(textWidth('\u103a', 12), 0, 'a combining sign takes no width');
});
