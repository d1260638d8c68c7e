import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntMap } from '../../src/ml/int-map.js';

test('IntMap answers as a Map of numbers through growth, overwrites and clears', () => {
  const m = new IntMap(4), ref = new Map<number, number>();
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  for (let k = 0; k < 50000; k++) {
    // small keys collide often; large ones reach the 31-bit range
    const key = k % 3 === 0 ? next() % 64 : k % 3 === 1 ? next() % 5000 : next() % 0x7ffffffe;
    if (next() % 3 === 0) { const v = (next() % 2000) - 1000; m.set(key, v); ref.set(key, v); }
    assert.equal(m.get(key, -2), ref.get(key) ?? -2, String(key));
    if (k % 20000 === 19999) { m.clear(); ref.clear(); }
    assert.equal(m.size, ref.size);
  }
  assert.equal(m.get(0x7ffffffe - 1, -7), ref.get(0x7ffffffe - 1) ?? -7);
});
