import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { POS_IDS, tokenView, type TokenView } from '../../src/attribution/model/features.js';
import { HashedPerceptron } from '../../src/attribution/model/hashed.js';
import type { TokRange } from '../../src/attribution/model/tagger.js';
import {
  clipContent, contentCtx, contentRegion, endCandidates, endFeatures, endScore, isWordToken, loadContentRanker, rankContent, startCandidates, startFeatures, startScore,
} from '../../src/attribution/model/content.js';
import { modelAttributions } from '../../src/attribution/model/extract.js';
import { taggedDoc, tok, viewOf } from '../helpers/attribution.js';

// Composed text only.
/** Token index of the k-th token whose text is `word`. */
const words = (v: TokenView, d: Doc, a: number, b: number) => d.text.slice(v.start[a]!, v.end[b - 1]!);

test('content candidates: after the cue, after "that", at commas, clause and sentence ends', () => {
  const { d, v } = viewOf('The mayor said on Monday that the old bridge would reopen in May, after repairs, and that tolls would stay. Nobody objected.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const source = { start: tok(v, 'the'), end: tok(v, 'mayor') + 1 };
  // the tagger's content, too short: "the old bridge would reopen"
  const content = [{ start: tok(v, 'the', 1), end: tok(v, 'reopen') + 1 }];
  const region = contentRegion(v, cue, source, content);
  const starts = new Int32Array(64), ends = new Int32Array(64);
  const ns = startCandidates(v, cue, source, region, content[0]!.start, starts);
  const ne = endCandidates(v, cue, source, region, content[0]!.end, ends);
  const s = [...starts.slice(0, ns)].map((i) => v.lower[i]);
  assert.ok(s.includes('on'), 'right after the cue');
  assert.ok(s.includes('that'), 'the word "that"');
  assert.ok(s.includes('the'), 'after "that" (the tagger\'s start)');
  assert.ok([...starts.slice(0, ns)].every((i) => i > said && isWordToken(v, i)), 'word tokens after the cue only');
  const e = [...ends.slice(0, ne)].map((j) => words(v, d, content[0]!.start, j));
  assert.ok(e.includes('the old bridge would reopen'), 'the tagger\'s end');
  assert.ok(e.includes('the old bridge would reopen in May'), 'before a comma');
  assert.ok(e.includes('the old bridge would reopen in May, after repairs, and that tolls would stay'), 'the sentence end');
  assert.ok(e.includes('the old bridge would reopen in May, after repairs, and that tolls would stay. Nobody objected'), 'the next sentence end');
  assert.ok([...ends.slice(0, ne)].every((j, k, xs) => k === 0 || xs[k - 1]! < j), 'ascending and distinct');
});

test('content candidates: content before the cue never runs into the cue or the source', () => {
  const { v } = viewOf('The tax will rise next year, the minister said on Friday.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const source = { start: tok(v, 'the', 1), end: tok(v, 'minister') + 1 };
  const content = [{ start: 0, end: tok(v, 'year') + 1 }];
  const region = contentRegion(v, cue, source, content);
  const ends = new Int32Array(64);
  const ne = endCandidates(v, cue, source, region, content[0]!.end, ends);
  assert.ok(ne > 0);
  for (let k = 0; k < ne; k++) assert.ok(ends[k]! <= source.start, `end ${ends[k]} before the source`);
});

test('content candidates: a quotation running on into the next paragraph offers its closing mark', () => {
  const { d, v } = viewOf('The coach said: "We trained hard. We were ready. The weather was awful. The pitch was worse.\n\n"Next week we will win," he added.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 };
  const content = [{ start: tok(v, 'we'), end: tok(v, 'hard') + 1 }];
  const region = contentRegion(v, cue, { start: 0, end: said }, content);
  const ends = new Int32Array(64);
  const ne = endCandidates(v, cue, { start: 0, end: said }, region, content[0]!.end, ends);
  const e = [...ends.slice(0, ne)].map((j) => words(v, d, content[0]!.start, j));
  assert.ok(e.some((x) => x.endsWith('Next week we will win')), e.join(' | '));
});

test('clipContent moves the outer edges and drops fragments left outside', () => {
  const frags = [{ start: 2, end: 5 }, { start: 8, end: 12 }];
  assert.deepEqual(clipContent(frags, 3, 10), [{ start: 3, end: 5 }, { start: 8, end: 10 }]);
  assert.deepEqual(clipContent(frags, 6, 14), [{ start: 6, end: 14 }]);
  assert.deepEqual(clipContent(frags, 0, 4), [{ start: 0, end: 4 }]);
  assert.deepEqual(clipContent([{ start: 2, end: 5 }], 6, 9), [{ start: 6, end: 9 }]);
});

test('candidate features are deterministic and fit the buffer', () => {
  const { v } = viewOf('Officials said the plan, which passed last week, was a mistake.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 }, source = { start: 0, end: said };
  const content = [{ start: said + 1, end: tok(v, 'plan') + 1 }];
  const region = contentRegion(v, cue, source, content);
  const c = contentCtx(v, cue, source, content, region);
  const a = new Int32Array(64), b = new Int32Array(64);
  const n = startFeatures(v, c, said + 1, a);
  assert.ok(n > 10 && n <= 48);
  assert.equal(startFeatures(v, c, said + 1, b), n);
  assert.deepEqual(a.slice(0, n), b.slice(0, n));
  const m = endFeatures(v, c, tok(v, 'mistake') + 1, a);
  assert.ok(m > 10 && m <= 48);
  assert.notDeepEqual(a.slice(0, m), b.slice(0, m));
});

test('the shipped ranker keeps contents inside the region and away from the cue', (t) => {
  const model = loadContentRanker();
  if (!model) { t.skip('no content model'); return; }
  const { v } = viewOf('The governor said that the new budget, which lawmakers passed on Tuesday, would cut school funding. She did not say when.');
  const said = tok(v, 'said');
  const cue = { start: said, end: said + 1 }, source = { start: 0, end: said };
  const content = [{ start: said + 1, end: tok(v, 'budget') + 1 }];
  const out = rankContent(model, v, cue, source, content);
  assert.ok(out && out.length >= 1);
  for (const f of out!) assert.ok(f.start > said && f.start < f.end && f.end <= v.n);
  assert.deepEqual(rankContent(model, v, cue, source, content), out, 'deterministic');
});

test('model attributions: content of "X said that C." keeps "that" and ends at the sentence end', (t) => {
  if (!loadContentRanker()) { t.skip('no content model'); return; }
  const { d } = viewOf('The spokeswoman said that the factory would close by the end of the year.');
  const atts = modelAttributions(d);
  const a = atts.find((x) => x.cue && d.text.slice(x.cue.start, x.cue.end) === 'said');
  assert.ok(a, 'a relation for "said"');
  const c = a!.content.map((f) => d.text.slice(f.start, f.end)).join(' | ');
  assert.match(c, /^that the factory would close by the end of the year\.?$/);
});

const KEPT_TEXT = '"The plan, which the council passed on Monday, is a mistake," the mayor said, adding that "nobody asked us" and that the vote, in his view, was rushed. Aides said: "We will appeal."';

test('content ranker: the sums it keeps per feature group and per word give the scores of every feature, and rankContent picks the best', () => {
  assertKeptScores(viewOf(KEPT_TEXT).v);
});

test('content ranker: tokens whose tag has no small number are scored feature by feature, with the same scores', () => {
  const d = taggedDoc(`${KEPT_TEXT} ${KEPT_TEXT} ${KEPT_TEXT}`);
  // more distinct tags than the numbered ones (POS_IDS), next to numbered ones
  d.tokens.forEach((t, i) => { if (i % 2) t.pos = `Y${i}`; });
  const v = tokenView(d);
  assert.ok(v.posId.some((id) => id >= POS_IDS));
  assertKeptScores(v);
});

/** Every start and end of three relations' regions scored with the kept sums and feature by feature, by random packed models. */
function assertKeptScores(v: TokenView): void {
  const saidA = tok(v, 'said'), saidB = tok(v, 'said', 1), adding = tok(v, 'adding');
  const relations: [TokRange, TokRange | null, TokRange[]][] = [
    [{ start: saidA, end: saidA + 1 }, { start: saidA - 2, end: saidA }, [{ start: 1, end: tok(v, 'monday') }]],
    [{ start: adding, end: adding + 1 }, null, [{ start: adding + 2, end: tok(v, 'rushed') }]],
    [{ start: saidB, end: saidB + 1 }, { start: saidB - 1, end: saidB }, [{ start: saidB + 3, end: saidB + 5 }]],
  ];
  const feats = new Int32Array(64), sc = new Float64Array(2), starts = new Int32Array(256), ends = new Int32Array(256);
  for (let seed = 1; seed <= 3; seed++) {
    const w = new HashedPerceptron(['start', 'end'], 10);
    let x = seed;
    for (let i = 0; i < w.w.length; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; w.w[i] = ((x >>> 16) % 201) - 100; }
    const model = HashedPerceptron.deserialize(w.serialize());
    for (const [cue, source, content] of relations) {
      const region = contentRegion(v, cue, source, content), c = contentCtx(v, cue, source, content, region);
      const ns = startCandidates(v, cue, source, region, content[0]!.start, starts), ne = endCandidates(v, cue, source, region, content[content.length - 1]!.end, ends);
      // every token of the document, not just the candidates: more combinations of the groups' values, and the padding at both ends
      for (let i = 0; i < v.n; i++) assert.equal(startScore(model, v, c, i), model.score(feats, startFeatures(v, c, i, feats), sc)[0], `seed ${seed}, start ${i}`);
      for (let j = 1; j <= v.n; j++) assert.equal(endScore(model, v, c, j), model.score(feats, endFeatures(v, c, j, feats), sc)[1], `seed ${seed}, end ${j}`);
      const best = (xs: number[], score: (i: number) => number) => xs.reduce((b, i) => (score(i) > score(b) ? i : b), xs[0]!);
      const bs = best([...starts.slice(0, ns)], (i) => model.score(feats, startFeatures(v, c, i, feats), sc)[0]!);
      const after = [...ends.slice(0, ne)].filter((j) => j > bs);
      const expected = after.length ? clipContent(content, bs, best(after, (j) => model.score(feats, endFeatures(v, c, j, feats), sc)[1]!)) : null;
      assert.deepEqual(rankContent(model, v, cue, source, content), expected, `seed ${seed}, cue ${cue.start}`);
    }
  }
}
