import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyMap, keyA, keyB } from '../../src/ml/key-map.js';

test('key map: the values of a Map of strings, through growth, overwrites and absent keys', () => {
  const map = new KeyMap(16), ref = new Map<string, number>();
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  // words that differ by one character or by order, and the empty string
  const word = () => ['', 'a', 'ab', 'ba', 'the', 'eht'][next() % 6]! + (next() % 3 ? String(next() % 5000) : '');
  for (let k = 0; k < 20000; k++) {
    const w = word();
    if (next() % 2) { const v = next() % 100000; map.setString(w, v); ref.set(w, v); }
    else assert.equal(map.getString(w, -1), ref.get(w) ?? -1, w);
  }
  assert.equal(map.size, ref.size);
  for (const [w, v] of ref) assert.equal(map.get(keyA(w), keyB(w), -1), v);
  assert.equal(map.getString('absent word', -7), -7);
});

test('key map: clear forgets every key, and the map fills again', () => {
  const map = new KeyMap(16);
  for (let k = 0; k < 100; k++) map.setString(`w${k}`, k);
  map.clear();
  assert.equal(map.size, 0);
  for (let k = 0; k < 100; k++) assert.equal(map.getString(`w${k}`, -1), -1);
  for (let k = 0; k < 100; k++) map.setString(`w${k}`, 2 * k);
  for (let k = 0; k < 100; k++) assert.equal(map.getString(`w${k}`, -1), 2 * k);
});
