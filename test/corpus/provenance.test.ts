import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minhash, similarity, bandKeys, LSH_BANDS } from '../../src/corpus/minhash.js';
import { nameKeys, normName } from '../../src/corpus/names.js';
import { bestPassage, rankProvenance, searchTerms, wordDiff } from '../../src/corpus/provenance.js';
import { articleText } from './fixtures.js';

test('word diff shows cut, added and changed words', () => {
  const d = wordDiff('we will build the bridge before winter', 'we will rebuild the old bridge before winter');
  assert.equal(d.diff, 'we will [-build-] {+rebuild+} the {+old+} bridge before winter');
  assert.deepEqual([d.added, d.removed], [2, 1]);
});

test('the best passage of a text is found despite edits', () => {
  const text = 'Before that. The mayor said we must rebuild the old bridge before the storms come back, and left. After that.';
  const p = bestPassage('We must rebuild the bridge before the storms come', text)!;
  assert.equal(p.text, 'we must rebuild the old bridge before the storms come');
  assert.ok(p.similarity > 0.9);
  assert.equal(bestPassage('penguins skating on ice', text), null);
});

test('provenance orders variants by date and diffs them against the earliest', () => {
  const base = { url: null, outlet: null, title: null, storyId: null, speaker: null, quoteId: null };
  const r = rankProvenance('the budget is not settled yet', [
    { ...base, articleId: 'b', published: '2020-02-01', seq: 2, text: 'the budget is not yet settled', isQuote: true },
    { ...base, articleId: 'a', published: '2020-01-01', seq: 1, text: 'the budget is not settled yet', isQuote: true },
    { ...base, articleId: 'c', published: '2020-03-01', seq: 3, text: 'an unrelated sentence about trains', isQuote: true },
  ]);
  assert.equal(r.earliest?.articleId, 'a');
  assert.deepEqual(r.variants.map((v) => v.articleId), ['a', 'b']);
  assert.equal(r.variants[1]!.diff, 'the budget is not {+yet+} settled [-yet-]');
  assert.deepEqual(searchTerms('The budget is not settled, yet!'), ['settled', 'budget', 'not', 'the', 'yet']);
});

test('MinHash: near-duplicates look alike, different texts do not', () => {
  const a = articleText(1), b = `CITY (Wire) - ${articleText(1)} Officials added nothing.`, c = 'A local bakery won the national bread prize with a sourdough loaf baked in a wood oven that is more than a century old, its owners said on Friday after the ceremony in the capital.';
  assert.ok(similarity(minhash(a), minhash(b)) > 0.6);
  assert.ok(similarity(minhash(a), minhash(c)) < 0.2);
  assert.equal(bandKeys(minhash(a)).length, LSH_BANDS);
  assert.deepEqual(bandKeys(minhash('too short')), []);
  assert.deepEqual(minhash(a), minhash(a), 'deterministic');
});

test('name keys: case, accents and punctuation fold; persons also answer to their surname', () => {
  assert.equal(normName('  Zoë  O\'Brien-Smith '), 'zoe o brien smith');
  assert.deepEqual(nameKeys(['Lena Korsgaard', 'Mayor Korsgaard'], true), ['lena korsgaard', 'korsgaard', 'mayor korsgaard']);
  assert.deepEqual(nameKeys(['World Bank'], false), ['world bank']);
});

test('in a long text the passage is found around its anchor words', async () => {
  const { findPassage } = await import('../../src/corpus/provenance.js');
  const filler = articleText(3).repeat(30);
  const text = `${filler}The mayor said we must rebuild the old bridge before the storms come back, and left. ${filler}`;
  const p = findPassage('We must rebuild the bridge before the storms come', text)!;
  assert.equal(p.text, 'we must rebuild the old bridge before the storms come');
  assert.equal(text.slice(p.start, p.end), p.text);
});
