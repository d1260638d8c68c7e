import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GROUP_MAX_FEATURES, HashedPerceptron, KeptGroups } from '../../src/attribution/model/hashed.js';

/** A loaded (packed, integer) model over 2^8 rows whose row r holds label scores r, -r and 0 (row 0: all zero). */
function rowModel(): HashedPerceptron {
  const m = new HashedPerceptron(['A', 'B', 'C'], 8);
  for (let r = 0; r < 256; r++) { m.w[3 * r] = r; m.w[3 * r + 1] = -r; }
  // (the largest weight is 255: quantized to 32767 per 255)
  return HashedPerceptron.deserialize(m.serialize());
}

test('kept groups: a key is scored once, then read back; other keys and groups stay unkept', () => {
  const model = rowModel(), kept = new KeptGroups(model, [4, 3]);
  const keys = new Int32Array([2, 1]), sc = new Float64Array(3), feats = new Int32Array([5, 7]);
  assert.equal(kept.addAll(keys, sc), 0b11, 'nothing kept yet');
  assert.deepEqual([...sc], [0, 0, 0]);
  kept.keep(0, 2, feats, 2, sc);
  const sums = [...model.score(feats, 2, new Float64Array(3))];
  assert.deepEqual([...sc], sums);
  sc.fill(0);
  assert.equal(kept.addAll(keys, sc), 0b10, 'group 0 key 2 is kept, group 1 key 1 is not');
  assert.deepEqual([...sc], sums);
  // the same key of the other group, and a neighbouring key of the same group, are not kept
  assert.equal(kept.addAll(new Int32Array([3, 2]), sc.fill(0)), 0b11);
  // a negative key leaves its group out
  assert.equal(kept.addAll(new Int32Array([2, -1]), sc.fill(0)), 0);
  assert.deepEqual([...sc], sums);
});

test('kept groups: sums of zero (a row the model lacks) and the extreme sums are kept like any other', () => {
  const model = rowModel(), kept = new KeptGroups(model, [2]);
  const sc = new Float64Array(3);
  // row 0 holds zeros: its sums are all 0
  kept.keep(0, 0, new Int32Array([0]), 1, sc);
  assert.equal(kept.addAll(new Int32Array([0]), sc.fill(0)), 0);
  assert.deepEqual([...sc], [0, 0, 0]);
  // the lowest and highest sums of a group (every feature at -32767, at 32767) are still read back as kept, exactly
  const extreme = new Int32Array(GROUP_MAX_FEATURES).fill(255);
  kept.keep(0, 1, extreme, GROUP_MAX_FEATURES, sc.fill(0));
  assert.deepEqual([...sc], [32767 * GROUP_MAX_FEATURES, -32767 * GROUP_MAX_FEATURES, 0]);
  assert.equal(kept.addAll(new Int32Array([1]), sc.fill(0)), 0);
  assert.deepEqual([...sc], [32767 * GROUP_MAX_FEATURES, -32767 * GROUP_MAX_FEATURES, 0]);
  assert.throws(() => kept.keep(0, 1, new Int32Array(GROUP_MAX_FEATURES + 1), GROUP_MAX_FEATURES + 1, sc));
});
