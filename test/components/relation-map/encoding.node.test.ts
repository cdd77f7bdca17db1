import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_MAX_CHARS, labelText } from '../../../src/components/relation-map/encoding.js';

test('labels: short names whole; a long one loses its bracketed alias before it is cut', () => {
  assert.equal(labelText('Belarus'), 'Belarus');
  assert.equal(labelText('Myanmar military (Tatmadaw)'), 'Myanmar military');
  assert.equal(labelText('State Administration Council'), 'State Administration Council');
  // Cut between words, never inside one.
  assert.equal(labelText('Assistance Association for Political Prisoners'), 'Assistance Association for…');
  assert.equal(labelText('Myanmar arms brokers sanctioned by the US (October 2022)'), 'Myanmar arms brokers…');
  assert.ok(labelText('Assistance Association for Political Prisoners').length <= LABEL_MAX_CHARS);
  // Still too long without its brackets: cut, brackets already gone.
  assert.equal(labelText('Ministry of Defence of the Republic of Belarus (MoD)'), 'Ministry of Defence of the…');
});
