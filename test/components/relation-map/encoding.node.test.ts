import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_MAX_CHARS, labelText } from '../../../src/components/relation-map/encoding.js';

test('labels: short names whole; a long one loses its bracketed alias before it is cut', () => {
  assert.equal(labelText('Belarus'), 'Belarus');
  assert.equal(labelText('Myanmar military (Tatmadaw)'), 'Myanmar military');
  const long = 'Assistance Association for Political Prisoners';
  const cut = labelText(long);
  assert.equal(cut.length, LABEL_MAX_CHARS);
  assert.ok(cut.endsWith('…') && long.startsWith(cut.slice(0, -1)), cut);
  // Still too long without its brackets: cut, brackets already gone.
  assert.equal(labelText('Ministry of Defence of the Republic of Belarus (MoD)'), `${'Ministry of Defence of the Republic of Belarus'.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`);
});
