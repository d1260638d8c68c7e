import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { POS_IDS, tokenView, type TokenView } from '../../src/attribution/model/features.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import {
  SOURCE_LABELS, SOURCE_REACH, loadSourceRanker, rankSource, sourceEndCandidates, sourceEndFeatures, sourceEndScore, sourceRegion, sourceStartCandidates, sourceStartFeatures, sourceStartScore,
} from '../../src/attribution/model/source.js';
import { taggedDoc, tok, viewOf } from '../helpers/attribution.js';

// Composed text only.
const words = (v: TokenView, d: Doc, a: number, b: number) => d.text.slice(v.start[a]!, v.end[b - 1]!);

test('source candidates: near the tagger\'s boundaries, inside the sentence, never across the cue, the end only moving back', () => {
  const { d, v } = viewOf('Yesterday the harbour master of the old port, Anna Berg, said the ferries would run again on Friday.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  // the tagger's source, too short: "master of the old port, Anna Berg"
  const source = { start: tok(v, 'master'), end: tok(v, 'berg') + 1 };
  const region = sourceRegion(v, cue, source);
  assert.equal(region.start, 0, 'the sentence start');
  assert.equal(region.end, said, 'up to the cue');
  const starts = new Int32Array(64), ends = new Int32Array(64);
  const ns = sourceStartCandidates(v, source, region, starts);
  const s = [...starts.slice(0, ns)];
  assert.ok(s.includes(source.start), 'the tagger\'s start');
  assert.ok(s.includes(tok(v, 'the')) && s.includes(tok(v, 'harbour')), 'the words before it');
  assert.ok(s.every((i) => i >= region.start && i < source.end && Math.abs(i - source.start) <= SOURCE_REACH), 'within reach, before the end');
  assert.ok(!s.includes(tok(v, ',')), 'word tokens only');
  const ne = sourceEndCandidates(v, source, region, source.start, ends);
  const e = [...ends.slice(0, ne)].map((j) => words(v, d, source.start, j));
  assert.ok(e.includes('master of the old port, Anna Berg'), 'the tagger\'s end');
  assert.ok(e.includes('master of the old port'), 'back before the appositive');
  assert.ok([...ends.slice(0, ne)].every((j) => j <= source.end), 'never past the tagger\'s end');
});

test('a source after its cue stays after it', () => {
  const { v } = viewOf('"We will rebuild," said the new mayor of the town on Tuesday.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const source = { start: tok(v, 'the'), end: tok(v, 'town') + 1 };
  const region = sourceRegion(v, cue, source);
  assert.equal(region.start, said + 1);
  const starts = new Int32Array(64);
  const ns = sourceStartCandidates(v, source, region, starts);
  assert.ok([...starts.slice(0, ns)].every((i) => i > said), 'no start on or before the cue');
});

test('features: the tagger\'s own boundary is marked, and features differ between candidates', () => {
  const { v } = viewOf('Officials at the agency said the plan was sound.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const ts = tok(v, 'officials'), te = said;
  const a = new Int32Array(64), b = new Int32Array(64);
  const na = sourceStartFeatures(v, cue, ts, ts, a), nb = sourceStartFeatures(v, cue, ts, ts + 1, b);
  assert.ok(na > 10 && na === nb);
  assert.notDeepEqual([...a.slice(0, na)], [...b.slice(0, nb)]);
  assert.ok(sourceEndFeatures(v, cue, te, te, a) > 10);
});

/** A toy model weighted against the tagger's boundaries (so that any other candidate wins: the earliest start, the earliest end). */
function againstTagger(v: TokenView, cue: { start: number; end: number }, source: { start: number; end: number }): HashedPerceptron {
  const m = new HashedPerceptron([...SOURCE_LABELS], 12, true);
  const f = new Int32Array(64);
  // the first feature of each side is "the candidate is the tagger's boundary" (yes)
  sourceStartFeatures(v, cue, source.start, source.start, f);
  m.add(0, f, 1, -5);
  sourceEndFeatures(v, cue, source.end, source.end, f);
  m.add(1, f, 1, -5);
  // (averaging keeps the weights: ticks after the update)
  for (let k = 0; k < 999; k++) m.tick();
  m.finalize();
  // packed as a shipped model is (integer weights: rankSource keeps sums of feature groups)
  return HashedPerceptron.deserialize(m.serialize());
}

test('rankSource follows its weights', () => {
  const { v } = viewOf('Late on Friday the chairman of the board said the merger was off.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const source = { start: tok(v, 'chairman'), end: said };
  const r = rankSource(againstTagger(v, cue, source), v, cue, source);
  assert.equal(r.start, 0, 'the earliest start (all others score alike)');
  assert.equal(r.end, Math.max(r.start + 1, source.end - SOURCE_REACH), 'the earliest end candidate');
  // weighted for the tagger instead: kept
  const m = new HashedPerceptron([...SOURCE_LABELS], 12, true);
  const f = new Int32Array(64);
  sourceStartFeatures(v, cue, source.start, source.start, f); m.add(0, f, 1, 5);
  sourceEndFeatures(v, cue, source.end, source.end, f); m.add(1, f, 1, 5);
  for (let k = 0; k < 999; k++) m.tick();
  m.finalize();
  assert.deepEqual(rankSource(HashedPerceptron.deserialize(m.serialize()), v, cue, source), source);
});

test('rankSource keeps a lone pronoun and a source opening with a gerund', () => {
  const { v } = viewOf('After the long vote, he said the talks had failed. Analysts watching the market said prices would fall.');
  const said = tok(v, 'said'), cue = { start: said, end: said + 1 };
  const he = { start: tok(v, 'he'), end: tok(v, 'he') + 1 };
  assert.deepEqual(rankSource(againstTagger(v, cue, he), v, cue, he), he);
  const said2 = tok(v, 'said', 1), cue2 = { start: said2, end: said2 + 1 };
  const watching = tok(v, 'watching');
  assert.equal(v.pos[watching], 'VBG');
  const gerund = { start: watching, end: said2 };
  assert.deepEqual(rankSource(againstTagger(v, cue2, gerund), v, cue2, gerund), gerund);
  // a noun phrase source is moved by the same model
  const np = { start: tok(v, 'the', 1), end: said2 };
  assert.notDeepEqual(rankSource(againstTagger(v, cue2, np), v, cue2, np), np);
});

test('the shipped ranker takes in the determiner the tagger left out', { skip: loadSourceRanker() === null }, () => {
  const { d, v } = viewOf('In a long interview, the new city treasurer said the budget was balanced.');
  const said = tok(v, 'said');
  const source = { start: tok(v, 'new'), end: said };
  const r = rankSource(loadSourceRanker()!, v, { start: said, end: said + 1 }, source);
  assert.equal(words(v, d, r.start, r.end), 'the new city treasurer');
});

/** rankSource by scoring every feature of every candidate. */
function naiveRank(model: HashedPerceptron, v: TokenView, cue: { start: number; end: number }, source: { start: number; end: number }): { start: number; end: number } {
  const f = new Int32Array(64), sc = new Float64Array(2), starts = new Int32Array(64), ends = new Int32Array(64);
  const argBest = (xs: number[]) => xs.reduce((b, x, k) => (x > xs[b]! ? k : b), 0);
  const region = sourceRegion(v, cue, source);
  const ns = sourceStartCandidates(v, source, region, starts);
  const start = starts[argBest([...starts.slice(0, ns)].map((i) => model.score(f, sourceStartFeatures(v, cue, source.start, i, f), sc)[0]!))]!;
  const ne = sourceEndCandidates(v, source, region, start, ends);
  if (!ne) return source;
  return { start, end: ends[argBest([...ends.slice(0, ne)].map((j) => model.score(f, sourceEndFeatures(v, cue, source.end, j, f), sc)[1]!))]! };
}

test('rankSource: the sums it keeps per feature group give the boundaries of scoring every feature', () => {
  const text = 'Late on Friday the outgoing chairman of the board, Ms. Ortiz, said the merger was off, and two analysts at the bank told reporters it never had a chance.';
  const plain = viewOf(text).v;
  // also with tags past the numbered ones next to numbered ones
  const d = taggedDoc(Array(5).fill(text).join(' '));
  d.tokens.forEach((t, i) => { if (i % 2) t.pos = `Z${i}`; });
  const odd = tokenView(d);
  assert.ok(odd.posId.slice(odd.sentStart[4]).every((id, i) => id < POS_IDS === (i % 2 === (odd.sentStart[4]! % 2))), 'the last copy: odd tokens unnumbered');
  for (const v of [plain, odd]) {
    // in the last copy the odd tokens' tags are past the numbered ones
    const k = v === odd ? 4 : 0, said = tok(v, 'said', k), told = tok(v, 'told', k);
    const relations = [
      { cue: { start: said, end: said + 1 }, source: { start: tok(v, 'chairman', k), end: said } },
      { cue: { start: said, end: said + 1 }, source: { start: tok(v, 'ms.', k), end: said - 1 } },
      { cue: { start: told, end: told + 1 }, source: { start: tok(v, 'analysts', k), end: told } },
    ];
    for (let seed = 1; seed <= 6; seed++) {
      const w = new HashedPerceptron([...SOURCE_LABELS], 10);
      let x = seed;
      for (let i = 0; i < w.w.length; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; w.w[i] = ((x >>> 16) % 201) - 100; }
      const model = HashedPerceptron.deserialize(w.serialize());
      const f = new Int32Array(64), sc = new Float64Array(2);
      for (const { cue, source } of relations) {
        assert.deepEqual(rankSource(model, v, cue, source), naiveRank(model, v, cue, source), `seed ${seed}, source ${source.start}`);
        // every position of the sentence, not just the candidates: more combinations of the groups' values
        for (let i = v.sentStart[v.sent[cue.start]!]!; i < cue.start; i++) {
          assert.equal(sourceStartScore(model, v, cue, source.start, i), model.score(f, sourceStartFeatures(v, cue, source.start, i, f), sc)[0], `seed ${seed}, start ${i}`);
          assert.equal(sourceEndScore(model, v, cue, source.end, i + 1), model.score(f, sourceEndFeatures(v, cue, source.end, i + 1, f), sc)[1], `seed ${seed}, end ${i + 1}`);
        }
      }
    }
  }
});

test('a site named in a source stays whole ("Teachwatch.org"), not cut at its period', async () => {
  const { analyze } = await import('../../src/analyze.js');
  const r = analyze({ text: 'A report published by Teachwatch.org showed that most schools were short of staff.' });
  assert.deepEqual(r.quotes.map((q) => q.source?.text), ['A report published by Teachwatch.org']);
});

test('a state\'s short form before a quotation ends the sentence, and the source with it ("of Tampa, Fla. \\"The ...")', async () => {
  const { analyze } = await import('../../src/analyze.js');
  const r = analyze({ text: '"Fares will rise," said Ann Lee, 40, of Tampa, Fla. "The board knows it." The mayor left.' });
  assert.deepEqual(r.quotes.map((q) => q.source?.text), ['Ann Lee, 40, of Tampa, Fla.']);
});
