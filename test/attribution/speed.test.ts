import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import { cueContextFeatures, cueFeatures, cueWordFeatures, tokenView, MAX_FEATURES } from '../../src/attribution/model/features.js';
import { tagCues } from '../../src/attribution/model/tagger.js';

// Composed text only.
function prep(text: string): Doc { const d = new Doc(text); segmenter.run(d); posTagger.run(d); return d; }

test('cue features: the word and context parts are exactly the whole (same hashes)', () => {
  const v = tokenView(prep('"We will win," the senator told reporters on Tuesday. Critics said: no.'));
  const a = new Int32Array(MAX_FEATURES), b = new Int32Array(MAX_FEATURES);
  for (let i = 0; i < v.n; i++) for (const prev of [0, 1, 2]) {
    const whole = [...a.subarray(0, cueFeatures(v, i, prev, a))].sort();
    const nw = cueWordFeatures(v, i, b);
    const parts = [...b.subarray(0, nw), ...b.subarray(nw, nw + cueContextFeatures(v, i, prev, b.subarray(nw)))].sort();
    assert.deepEqual(parts, whole);
  }
});

/** A model with a few random integer weights over `bits` rows, then serialized and loaded (packed layout). */
function randomModel(bits: number, seed: number): { full: HashedPerceptron; packed: HashedPerceptron } {
  const labels = ['O', 'B', 'I'];
  const full = new HashedPerceptron(labels, bits, true);
  let s = seed;
  const rnd = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s; };
  const feats = new Int32Array(1);
  for (let k = 0; k < 300; k++) { feats[0] = rnd(); full.add(rnd() % 3, feats, 1, (rnd() % 7) - 3); full.tick(); }
  full.finalize();
  const bytes = full.serialize();
  // the packed model must agree with the same quantized weights read back into a full table
  const j = JSON.parse(gunzipSync(bytes).toString('utf8')) as { rows: number[]; q: number[]; scale: number };
  const ref = new HashedPerceptron(labels, bits);
  let r = 0;
  j.rows.forEach((d, i) => { r += d; for (let k = 0; k < 3; k++) ref.w[r * 3 + k] = j.q[i * 3 + k]!; });
  assert.ok(j.rows.length > 50);
  return { full: ref, packed: HashedPerceptron.deserialize(gzipSync(gunzipSync(bytes))) };
}

test('packed weights of a loaded model score exactly like the full table, row 0 and last rows included', () => {
  const { full, packed } = randomModel(10, 7);
  const feats = new Int32Array(64);
  const a = new Float64Array(3), b = new Float64Array(3);
  for (let row = 0; row < 1 << 10; row += 1) {
    feats[0] = row; feats[1] = (row * 37) & 1023; feats[2] = 1023 - row; feats[3] = 0; feats[4] = row | 31;
    assert.deepEqual([...packed.score(feats, 5, a)], [...full.score(feats, 5, b)], `row ${row}`);
  }
  assert.throws(() => packed.serialize());
});

test('cue tagging gives the same cues whichever model scored the cached word sums first', () => {
  const v = tokenView(prep('The mayor said the vote was fair. "It was," she added.'));
  const m1 = randomModel(20, 3).packed, m2 = randomModel(20, 11).packed;
  const once = tagCues(m2, v, 0, v.n);
  tagCues(m1, v, 0, v.n);
  assert.deepEqual(tagCues(m2, v, 0, v.n), once);
});
