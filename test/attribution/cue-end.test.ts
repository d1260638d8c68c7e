import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import { CUE_END_AHEAD, CUE_END_BACK, CUE_END_LABELS, cueEndCandidates, cueEndFeatures, loadCueEndRanker, rankCueEnd } from '../../src/attribution/model/cue-end.js';
import { modelAttributions } from '../../src/attribution/model/extract.js';
import { findAttributions } from '../../src/attribution/index.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { tok, viewOf } from '../helpers/attribution.js';

// Composed text only.

test('cue-end candidates: a few word boundaries around the tagger\'s end, inside the sentence, never an empty cue', () => {
  const { d, v } = viewOf('The minister accused the banks of greed on Monday. Nobody replied.');
  const accused = tok(v, 'accused');
  const ends = new Int32Array(16);
  const n = cueEndCandidates(v, { start: accused, end: accused + 1 }, ends);
  const texts = [...ends.slice(0, n)].map((j) => d.text.slice(v.start[accused]!, v.end[j - 1]!));
  assert.deepEqual(texts, ['accused', 'accused the', 'accused the banks']);
  assert.ok(CUE_END_BACK >= 1 && CUE_END_AHEAD >= 1);
  // a longer cue can be cut back, not past its first token
  const n2 = cueEndCandidates(v, { start: accused, end: tok(v, 'of') + 1 }, ends);
  const t2 = [...ends.slice(0, n2)].map((j) => d.text.slice(v.start[accused]!, v.end[j - 1]!));
  assert.ok(t2.includes('accused the banks of') && t2.includes('accused the') && t2.includes('accused the banks of greed'));
  assert.ok([...ends.slice(0, n2)].every((j) => j > accused));
  // the sentence's end bounds the candidates
  const dot = tok(v, '.');
  const n3 = cueEndCandidates(v, { start: tok(v, 'on'), end: dot }, ends);
  assert.ok([...ends.slice(0, n3)].every((j) => j <= v.sentEnd[0]!));
});

/** A trained-looking toy model: `delta` on the first feature of `feats` (averaging keeps it: ticks after the update). */
function toy(feats: Int32Array, delta: number): HashedPerceptron {
  const m = new HashedPerceptron([...CUE_END_LABELS], 12, true);
  m.add(0, feats, 1, delta);
  for (let k = 0; k < 999; k++) m.tick();
  m.finalize();
  return m;
}

test('rankCueEnd follows its weights', () => {
  const { v } = viewOf('The minister accused the banks of greed on Monday.');
  const accused = tok(v, 'accused');
  const cue = { start: accused, end: tok(v, 'banks') + 1 };
  const f = new Int32Array(64);
  // the first feature is "the candidate is the tagger's end"
  cueEndFeatures(v, cue, cue.end, f);
  assert.deepEqual(rankCueEnd(toy(f, 5), v, cue), cue, 'for the tagger: kept');
  assert.deepEqual(rankCueEnd(toy(f, -5), v, cue), { start: accused, end: accused + 1 }, 'against it: the first other candidate, the shortest');
});

test('the shipped ranker cuts a trailing preposition or object off a cue', { skip: loadCueEndRanker() === null }, () => {
  const m = loadCueEndRanker()!;
  for (const [text, cue, want] of [
    ['The coach shouted to the players that practice was over.', 'shouted to', 'shouted'],
    ['The governor declined to threaten the unions with layoffs.', 'declined to threaten', 'declined'],
    ['The judge said of the ruling that it was final.', 'said of', 'said'],
  ] as const) {
    const { d, v } = viewOf(text);
    const start = tok(v, cue.split(' ')[0]!);
    const r = rankCueEnd(m, v, { start, end: start + cue.split(' ').length });
    assert.equal(d.text.slice(v.start[r.start]!, v.end[r.end - 1]!), want, text);
  }
});

test('the model\'s relations take the ranked cue', { skip: loadCueEndRanker() === null }, () => {
  const { d } = viewOf('The governor declined to threaten the unions with layoffs, her spokesman said.');
  const withRanker = modelAttributions(d).map((a) => (a.cue ? d.text.slice(a.cue.start, a.cue.end) : ''));
  const without = modelAttributions(d, undefined, undefined, undefined, undefined, null).map((a) => (a.cue ? d.text.slice(a.cue.start, a.cue.end) : ''));
  assert.equal(withRanker.length, without.length);
  assert.ok(withRanker.includes('declined'), `cues: ${withRanker.join(', ')}`);
  assert.ok(!withRanker.some((c) => c.startsWith('declined to')), `cues: ${withRanker.join(', ')}`);
});

test('the rule finders\' cues are re-cut too, never into their own content, and the rule names the ranker', { skip: loadCueEndRanker() === null }, () => {
  const prepAll = (text: string) => { const d = new Doc(text); boilerplateCleaner.run(d); segmenter.run(d); posTagger.run(d); return d; };
  const d = prepAll('The mayor complained about the noise from the new stadium.');
  const [a] = findAttributions(d);
  assert.ok(a && a.cue && a.rule.startsWith('pattern:') && a.rule.endsWith('+model:cue-end'), a?.rule);
  assert.equal(d.text.slice(a.cue.start, a.cue.end), 'complained about');
  for (const c of a.content) assert.ok(c.start >= a.cue.end || c.end <= a.cue.start);
  // a cue the ranker keeps keeps the finder's rule name
  const plain = findAttributions(prepAll('"We are not done," she told reporters on Monday.'));
  assert.ok(plain.some((x) => x.cue && x.rule === 'direct:frame'));
});
