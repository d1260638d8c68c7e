import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import { CUE_FLAG_KEYS, CUE_HEAD_IDS, POS_IDS, SHAPE_IDS, resetWordCache, wordGeneration, cueCtx, cueFeatures, cueFlagFeatures, roleFeatures, rolePrevFeatures, roleStaticFeatures, tokenView, MAX_FEATURES } from '../../src/attribution/model/features.js';
import { ALLOWED_ROLES, CUE_LABELS, CUE_PREV, ROLE_LABELS, decodeRoles, roleWindow, tagCues, viterbi } from '../../src/attribution/model/tagger.js';
import { directOnly, keepsOwnContent } from '../../src/attribution/index.js';
import { taggedDoc } from '../helpers/attribution.js';

// Composed text only.
const BC = ROLE_LABELS.indexOf('BC'), IC = ROLE_LABELS.indexOf('IC'), O = ROLE_LABELS.indexOf('O');

/** A tiny model whose every row holds the same label scores. */
function flatModel(scores: Record<string, number>): HashedPerceptron {
  const m = new HashedPerceptron([...ROLE_LABELS], 4);
  for (let r = 0; r < 16; r++) ROLE_LABELS.forEach((l, k) => { m.w[r * ROLE_LABELS.length + k] = scores[l] ?? 0; });
  return m;
}

test('role features: the static and previous-label parts make up the whole', () => {
  const d = taggedDoc('The mayor said the bridge would open in March.');
  const v = tokenView(d);
  const ctx = cueCtx(v, 2, 3);
  const whole = new Int32Array(MAX_FEATURES), parts = new Int32Array(MAX_FEATURES);
  const n = roleFeatures(v, ctx, 5, BC, whole);
  const k = rolePrevFeatures(BC, parts, roleStaticFeatures(v, ctx, 5, parts));
  assert.equal(n, k);
  assert.deepEqual([...whole.slice(0, n)].sort(), [...parts.slice(0, k)].sort());
});

/** A packed model (as loaded from a file) with pseudo-random weights on every row. */
function randomModel(labels: readonly string[], seed: number): HashedPerceptron {
  const m = new HashedPerceptron(labels, 12);
  let x = seed;
  for (let i = 0; i < m.w.length; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; m.w[i] = ((x >>> 16) % 201) - 100; }
  return HashedPerceptron.deserialize(m.serialize());
}
const argmax = (sc: Float64Array, allowed: readonly number[]) => allowed.reduce((b, k) => (sc[k]! > sc[b]! ? k : b), allowed[0]!);

/** tagCues by scoring every feature of every token (the gate kept: after the last reporting word, colon or quotation mark, tokens after an outside label stay outside). */
function naiveCues(model: HashedPerceptron, v: ReturnType<typeof tokenView>): { start: number; end: number }[] {
  const feats = new Int32Array(MAX_FEATURES), sc = new Float64Array(CUE_LABELS.length);
  const slow: { start: number; end: number }[] = [];
  let prev = 0, open = -1;
  let last = v.n - 1;
  while (last >= 0 && !(v.lex[last] || v.lower[last] === ':' || v.lower[last] === '"')) last--;
  for (let i = 0; i < v.n; i++) {
    if (i > last && prev === 0) continue;
    model.score(feats, cueFeatures(v, i, prev, feats), sc);
    sc[0] -= 3 * model.scale;
    const lab = argmax(sc, prev === 0 ? [0, 1] : [0, 1, 2]);
    if (lab !== 2 && open >= 0) { slow.push({ start: open, end: i }); open = -1; }
    if (lab === 1) open = i;
    prev = lab;
  }
  if (open >= 0) slow.push({ start: open, end: v.n });
  return slow;
}

/** decodeRoles over the window of the cue [c0, c1), and the labels of scoring every feature of every token. */
function decodedBothWays(model: HashedPerceptron, v: ReturnType<typeof tokenView>, c0: number, c1: number): { fast: number[]; slow: number[] } {
  const feats = new Int32Array(MAX_FEATURES), sc = new Float64Array(ROLE_LABELS.length);
  const cue = { start: c0, end: c1 }, ctx = cueCtx(v, c0, c1), win = roleWindow(v, cue, true);
  const fast = new Int8Array(win.end - win.start), slow = new Int8Array(win.end - win.start);
  decodeRoles(model, v, ctx, win.start, win.end, 0, fast, win.start);
  let prev = 0;
  for (let j = win.start; j < win.end; j++) {
    if (j >= c0 && j < c1) { slow[j - win.start] = 0; prev = CUE_PREV; continue; }
    model.score(feats, roleFeatures(v, ctx, j, prev, feats), sc);
    prev = argmax(sc, ALLOWED_ROLES[prev]!);
    slow[j - win.start] = prev;
  }
  return { fast: [...fast], slow: [...slow] };
}

test('decodeRoles: the sums it keeps per word, cue and feature group give the labels of scoring every feature', () => {
  const d = taggedDoc('"We will not close the plant," the mayor said on Monday, adding that the council agreed. Officials, however, told reporters the plan was dead. It was not.');
  const v = tokenView(d);
  for (const seed of [1, 2, 3]) {
    const model = randomModel(ROLE_LABELS, seed);
    for (const [c0, c1] of [[11, 12], [19, 20], [2, 3], [25, 26]] as const) {
      const { fast, slow } = decodedBothWays(model, v, c0, c1);
      assert.deepEqual(fast, slow, `seed ${seed}, cue ${c0}`);
      assert.ok(slow.some((l) => l !== 0), 'the random model labels something');
    }
  }
});

test('tagCues: the kept sums give the cues of scoring every feature', () => {
  // the second text ends on a reporting word (the padding after a lexicon word)
  for (const text of ['The mayor said on Monday that "the plant stays open," and aides told reporters: no.', 'Officials would not say']) {
    const v = tokenView(taggedDoc(text));
    for (let seed = 4; seed < 24; seed++) {
      const model = randomModel(CUE_LABELS, seed);
      assert.deepEqual(tagCues(model, v, 0, v.n), naiveCues(model, v), `seed ${seed}`);
    }
  }
});

test('cue flag keys: each key stands for its own flags (the kept sums of two keys are never mixed up)', () => {
  const seen = new Set<string>(), out = new Int32Array(16);
  for (let key = 0; key < CUE_FLAG_KEYS; key++) seen.add(out.slice(0, cueFlagFeatures(key, out, 0)).join(','));
  assert.equal(seen.size, CUE_FLAG_KEYS);
});

test('kept sums: tokens whose tag has no small number are scored feature by feature, with the same labels', () => {
  // more distinct tags than POS_IDS: the later ones get no number (the fallback paths of tagCues and decodeRoles)
  const sentence = '"We will not close the plant," the mayor said on Monday, adding that the council agreed with her and that aides told reporters so. ';
  const d = taggedDoc(sentence.repeat(3));
  d.tokens.forEach((t, i) => { t.pos = `X${i}`; });
  const v = tokenView(d);
  assert.ok(v.posId.some((id) => id >= POS_IDS), 'some tags are past the numbered ones');
  const model = randomModel(ROLE_LABELS, 7);
  let checked = 0;
  for (let said = 0; said < v.n; said++) {
    if (v.lower[said] !== 'said' || v.posId[said]! < POS_IDS) continue;
    const { fast, slow } = decodedBothWays(model, v, said, said + 1);
    assert.deepEqual(fast, slow);
    checked++;
  }
  assert.ok(checked > 0, 'a cue among the unnumbered tags');
  for (const seed of [8, 9, 10]) { const cueModel = randomModel(CUE_LABELS, seed); assert.deepEqual(tagCues(cueModel, v, 0, v.n), naiveCues(cueModel, v)); }
});

test('kept sums: tokens whose shape has no small number are scored feature by feature, with the same labels', () => {
  // more distinct shapes than SHAPE_IDS: each symbol below is its own shape, and the later ones get no number
  const symbols = '§ ¶ © ® ™ ° ± × ÷ ¢ £ ¥ € ¤ ¦ ¬ µ · ¿ ¡ † ‡ • ‰ ∞ ≈ ≠ ≤ ≥ √ ∑ ∆ ◊ ♦ ♣ ♠ ♥ → ← ↑ ↓'.split(' ');
  const text = symbols.map((s, k) => `The mayor ${s} said the plant ${symbols[(k + 7) % symbols.length]} will close, aides told reporters ${s}.`).join(' ');
  const d = taggedDoc(text);
  const v = tokenView(d);
  assert.ok(v.shapeId.some((id) => id >= SHAPE_IDS), 'some shapes are past the numbered ones');
  const model = randomModel(ROLE_LABELS, 11);
  let checked = 0;
  for (let said = 0; said < v.n; said++) {
    if (v.lower[said] !== 'said' && v.lower[said] !== 'told') continue;
    const { fast, slow } = decodedBothWays(model, v, said, said + 1);
    assert.deepEqual(fast, slow);
    if (v.shapeId[said - 1]! >= SHAPE_IDS) checked++;
  }
  assert.ok(checked > 0, 'a cue right after an unnumbered shape');
  for (const seed of [12, 13, 14]) { const cueModel = randomModel(CUE_LABELS, seed); assert.deepEqual(tagCues(cueModel, v, 0, v.n), naiveCues(cueModel, v)); }
});

test('kept sums: cues whose head has no small number are scored feature by feature, with the same labels', () => {
  // more distinct cue heads than CUE_HEAD_IDS: each made-up word below heads its own cue, and the later ones get no number
  const letters = 'bcdfghjklmnpqrstvwxz';
  const word = (k: number) => `zo${letters[k % 20]}${letters[Math.floor(k / 20) % 20]}ek`;
  const count = CUE_HEAD_IDS + 40;
  const text = Array.from({ length: count }, (_, k) => `The mayor ${word(k)} the plant would close, aides told reporters.`).join(' ');
  const v = tokenView(taggedDoc(text));
  const model = randomModel(ROLE_LABELS, 19);
  let numbered = 0, unnumbered = 0;
  for (let c0 = 0; c0 < v.n; c0++) {
    if (!v.lower[c0]!.startsWith('zo')) continue;
    if (cueCtx(v, c0, c0 + 1).headId < CUE_HEAD_IDS) numbered++; else unnumbered++;
    const { fast, slow } = decodedBothWays(model, v, c0, c0 + 1);
    assert.deepEqual(fast, slow, v.lower[c0]);
  }
  assert.ok(numbered > 0 && unnumbered > 0, `cues with and without a head number (${numbered}, ${unnumbered})`);
  // a numbered head met again (its kept sums are read back)
  const told = v.lower.indexOf('told');
  assert.ok(cueCtx(v, told, told + 1).headId < CUE_HEAD_IDS);
  const { fast, slow } = decodedBothWays(model, v, told, told + 1);
  assert.deepEqual(fast, slow);
});

test('word numbers: a view kept across a clearing of the word cache is numbered again, with the same cues and roles', () => {
  const d = taggedDoc('The mayor said on Monday that the plant stays open, and aides told reporters the council agreed.');
  const cueModel = randomModel(CUE_LABELS, 15), roleModel = randomModel(ROLE_LABELS, 16);
  const decode = (v: ReturnType<typeof tokenView>) => {
    const out: number[][] = [];
    for (const c0 of [2, 13]) {
      const ctx = cueCtx(v, c0, c0 + 1), win = roleWindow(v, { start: c0, end: c0 + 1 }, true), labels = new Int8Array(win.end - win.start);
      decodeRoles(roleModel, v, ctx, win.start, win.end, 0, labels, win.start);
      out.push([...labels]);
    }
    return { cues: tagCues(cueModel, v, 0, v.n), roles: out };
  };
  const v = tokenView(d), before = decode(v);
  resetWordCache();
  // other words take the numbers the kept view's words had
  decode(tokenView(taggedDoc('Officials denied every report, insisting that nothing was decided before the vote.')));
  assert.notEqual(v.wordGeneration, wordGeneration(), 'the kept view is of an older generation');
  assert.deepEqual(decode(v), before);
});

test('word numbers: evictions from a small word cache renumber the words, with the same cues and roles', () => {
  const texts = [
    'The mayor said on Monday that the plant stays open, and aides told reporters the council agreed.',
    'Officials denied every report, insisting that nothing was decided before the vote on Friday.',
    'A spokeswoman for the ministry declined to comment, but two diplomats said talks had stalled.',
    'The senator wrote in a letter that the agency misled lawmakers about the cost of the program.',
    'Protesters chanted outside the embassy while police warned they would clear the square.',
    'Analysts expect prices to rise again next year, according to a survey published Thursday.',
    'Her lawyer argued the judge had ignored evidence, a claim prosecutors rejected in court filings.',
    'Residents complained for weeks about the smell, local newspapers reported, citing unnamed sources.',
  ];
  try {
    // room for about five of these texts' words (a document may take up to a quarter of it): the later ones evict
    resetWordCache(80);
    const cueModel = randomModel(CUE_LABELS, 17), roleModel = randomModel(ROLE_LABELS, 18);
    const views: ReturnType<typeof tokenView>[] = [];
    for (const round of [0, 1]) {
      for (const text of texts) {
        const v = round ? views.shift()! : tokenView(taggedDoc(text));
        assert.deepEqual(tagCues(cueModel, v, 0, v.n), naiveCues(cueModel, v), text);
        for (let c0 = 1; c0 < v.n; c0 += 5) { const { fast, slow } = decodedBothWays(roleModel, v, c0, c0 + 1); assert.deepEqual(fast, slow, `${text} @${c0}`); }
        views.push(v);
      }
    }
    assert.ok(new Set(views.map((v) => v.wordGeneration)).size > 1, 'the cache evicted (new generations of numbers)');
  } finally {
    resetWordCache();
  }
});

test('viterbi: an inside label never opens a span (BIO constraints)', () => {
  const d = taggedDoc('The mayor said the bridge would open in March.');
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
