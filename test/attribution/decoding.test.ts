import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import { cueCtx, roleFeatures, rolePrevFeatures, roleStaticFeatures, tokenView, MAX_FEATURES } from '../../src/attribution/model/features.js';
import { CUE_PREV, ROLE_LABELS, viterbi } from '../../src/attribution/model/tagger.js';
import { directOnly, keepsOwnContent } from '../../src/attribution/index.js';

// Composed text only.
function prep(text: string): Doc { const d = new Doc(text); segmenter.run(d); posTagger.run(d); return d; }
const BC = ROLE_LABELS.indexOf('BC'), IC = ROLE_LABELS.indexOf('IC'), O = ROLE_LABELS.indexOf('O');

/** A tiny model whose every row holds the same label scores. */
function flatModel(scores: Record<string, number>): HashedPerceptron {
  const m = new HashedPerceptron([...ROLE_LABELS], 4);
  for (let r = 0; r < 16; r++) ROLE_LABELS.forEach((l, k) => { m.w[r * ROLE_LABELS.length + k] = scores[l] ?? 0; });
  return m;
}

test('role features: the static and previous-label parts make up the whole', () => {
  const d = prep('The mayor said the bridge would open in March.');
  const v = tokenView(d);
  const ctx = cueCtx(v, 2, 3);
  const whole = new Int32Array(MAX_FEATURES), parts = new Int32Array(MAX_FEATURES);
  const n = roleFeatures(v, ctx, 5, BC, whole);
  const k = rolePrevFeatures(BC, parts, roleStaticFeatures(v, ctx, 5, parts));
  assert.equal(n, k);
  assert.deepEqual([...whole.slice(0, n)].sort(), [...parts.slice(0, k)].sort());
});

test('viterbi: an inside label never opens a span (BIO constraints)', () => {
  const d = prep('The mayor said the bridge would open in March.');
  const v = tokenView(d);
  const ctx = cueCtx(v, 2, 3);
  // inside-content scores best everywhere, begin-content second: the path must open with BC
  const model = flatModel({ IC: 2, BC: 1 });
  const labels = new Int8Array(v.n);
  viterbi(model, v, ctx, 3, v.n, CUE_PREV, labels, 0);
  assert.equal(labels[3], BC);
  for (let j = 4; j < v.n; j++) assert.equal(labels[j], IC);
  // with outside scoring best, nothing is labelled
  const none = new Int8Array(v.n);
  viterbi(flatModel({ O: 1 }), v, ctx, 0, 2, 0, none, 0);
  assert.deepEqual([...none.slice(0, 2)], [O, O]);
});

test('structured update: add() moves one label\'s weights and averaging keeps them', () => {
  const m = new HashedPerceptron(['O', 'X'], 4, true);
  const feats = Int32Array.from([3, 5]);
  m.add(1, feats, 2, 1);
  m.tick();
  m.add(0, feats, 1, -1);
  m.tick();
  m.finalize();
  const out = m.score(feats, 2, new Float64Array(2));
  assert.ok(out[1]! > 0, 'X gained');
  assert.ok(out[0]! < 0, 'O lost');
});

test('merging: verb frame patterns take the model content, quotations and "according to" keep theirs', () => {
  assert.equal(keepsOwnContent('pattern:source-cue-content'), false);
  assert.equal(keepsOwnContent('pattern:content-cue-source'), false);
  assert.equal(keepsOwnContent('pattern:according-tail'), true);
  assert.equal(keepsOwnContent('direct:frame'), true);
});

test('a content opening right after a quotation mark stays direct', () => {
  const d = new Doc('He said: "We will win." Then he said we would win.');
  const open = d.text.indexOf('We'), later = d.text.indexOf('we would');
  assert.equal(directOnly(d, [{ start: open, end: open + 11 }]), true);
  assert.equal(directOnly(d, [{ start: later, end: later + 13 }]), false);
});
