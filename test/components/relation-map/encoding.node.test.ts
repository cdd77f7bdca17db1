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

test('labels: in the bundled web, no shortened name is ambiguous (each names one actor only, and no other actor is labelled the same)', async () => {
  const { readFileSync } = await import('node:fs');
  const { actors } = JSON.parse(readFileSync('data/network.json', 'utf8')) as { actors: Array<{ name: string }> };
  const names = actors.map((a) => a.name);
  for (const name of names) {
    const text = labelText(name);
    const stem = text.replace(/…$/, '');
    const matching = names.filter((n) => (text.endsWith('…') ? n.startsWith(stem) : labelText(n) === text));
    assert.deepEqual(matching, [name], `"${text}" could be ${matching.join(' or ')}`);
  }
});
