import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import { cueCtx, cueFeatures, roleFeatures, tokenView, MAX_FEATURES, type TokenView } from '../../src/attribution/model/features.js';
import { ALLOWED_ROLES, CUE_GATE_AHEAD, CUE_O_PENALTY, CUE_PREV, decodeRoles, tagCues, type TokRange } from '../../src/attribution/model/tagger.js';
import { taggedDoc } from '../helpers/attribution.js';

// Composed text only.

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
  const v = tokenView(taggedDoc('The mayor said the vote was fair. "It was," she added.'));
  const m1 = randomModel(20, 3).packed, m2 = randomModel(20, 11).packed;
  const once = tagCues(m2, v, 0, v.n);
  tagCues(m1, v, 0, v.n);
  assert.deepEqual(tagCues(m2, v, 0, v.n), once);
});

// The taggers keep partial sums per word and per cue; these plain decoders score every feature of every token.
function plainCues(m: HashedPerceptron, v: TokenView, from: number, to: number, gate = true): TokRange[] {
  const feats = new Int32Array(MAX_FEATURES), sc = new Float64Array(m.nLabels), out: TokRange[] = [];
  let prev = 0, open = -1;
  // the gate: after an outside label, a token with no reporting word, colon or quotation mark near after it stays outside
  const near = (i: number) => { for (let k = i; k < Math.min(to, i + CUE_GATE_AHEAD + 1); k++) if (v.lex[k] || v.lower[k] === ':' || v.lower[k] === '"') return true; return false; };
  for (let i = from; i < to; i++) {
    if (gate && prev === 0 && !near(i)) continue;
    m.score(feats, cueFeatures(v, i, prev, feats), sc);
    sc[0] -= CUE_O_PENALTY * m.scale;
    let lab = 0;
    for (const k of prev === 0 ? [0, 1] : [0, 1, 2]) if (sc[k]! > sc[lab]!) lab = k;
    if (lab !== 2 && open >= 0) { out.push({ start: open, end: i }); open = -1; }
    if (lab === 1) open = i;
    prev = lab;
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
function plainRoles(m: HashedPerceptron, v: TokenView, cue: TokRange): number[] {
  const feats = new Int32Array(MAX_FEATURES), sc = new Float64Array(m.nLabels), ctx = cueCtx(v, cue.start, cue.end), out: number[] = [];
  let prev = 0;
  for (let j = 0; j < v.n; j++) {
    if (j >= cue.start && j < cue.end) { out.push(0); prev = CUE_PREV; continue; }
    m.score(feats, roleFeatures(v, ctx, j, prev, feats), sc);
    let lab = ALLOWED_ROLES[prev]![0]!;
    for (const k of ALLOWED_ROLES[prev]!) if (sc[k]! > sc[lab]!) lab = k;
    out.push(prev = lab);
  }
  return out;
}
/** Dense random models (few rows, so every feature hits weights) with the given labels. */
function denseModel(labels: string[], seed: number): HashedPerceptron {
  const m = new HashedPerceptron(labels, 8, true);
  let s = seed;
  const rnd = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s >>> 8; };
  const feats = new Int32Array(1);
  for (let k = 0; k < 3000; k++) { feats[0] = rnd(); m.add(rnd() % labels.length, feats, 1, (rnd() % 9) - 4); m.tick(); }
  m.finalize();
  return HashedPerceptron.deserialize(m.serialize());
}

test('cue and role decoding with cached partial sums equal plain decoding over all features', () => {
  const v = tokenView(taggedDoc('"We will win," the senator told reporters on Tuesday. Critics said: no. The mayor, who spoke to us, said the vote was fair and "final." They report that the report was late. That claim, that he made, was false.'));
  let cues = 0, labelled = 0;
  for (let seed = 1; seed <= 12; seed++) {
    const cue = denseModel(['O', 'B', 'I'], seed), role = denseModel(['O', 'BS', 'IS', 'BC', 'IC'], seed + 100);
    const got = tagCues(cue, v, 0, v.n);
    assert.deepEqual(got, plainCues(cue, v, 0, v.n), `cue model ${seed}`);
    cues += got.length;
    for (const c of [{ start: 8, end: 9 }, { start: 14, end: 15 }, ...got]) {
      const labels = new Int8Array(v.n);
      decodeRoles(role, v, cueCtx(v, c.start, c.end), 0, v.n, 0, labels, 0);
      const plain = plainRoles(role, v, c);
      assert.deepEqual([...labels], plain, `role model ${seed}, cue ${c.start}`);
      labelled += plain.filter((l) => l !== 0).length;
    }
  }
  // the random models must exercise both branches (tokens after an outside label and after a cue label)
  assert.ok(cues > 5 && labelled > 50, `${cues} cues, ${labelled} role labels`);
});

test('cue gate: tokens far before any reporting word, colon or quotation mark are never a cue start', () => {
  const v = tokenView(taggedDoc('The old stone bridge over the river near the northern edge of the small town was finally repaired last week, officials said.'));
  const said = v.lower.indexOf('said');
  assert.ok(said - CUE_GATE_AHEAD > 5, 'the sentence reaches well before the gate');
  let early = 0;
  for (let seed = 1; seed <= 12; seed++) {
    const m = denseModel(['O', 'B', 'I'], seed);
    for (const c of tagCues(m, v, 0, v.n)) assert.ok(c.start >= said - CUE_GATE_AHEAD, `cue at ${c.start}, "said" at ${said}`);
    early += plainCues(m, v, 0, v.n, false).filter((c) => c.start < said - CUE_GATE_AHEAD).length;
  }
  assert.ok(early > 0, 'without the gate the random models start cues there');
});
