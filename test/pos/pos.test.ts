import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPosTagger, posTagger } from '../../src/pos/index.js';
import { analyzeDoc } from '../../src/analyze.js';

test('POS tagger tags a composed news sentence', () => {
  const tags = loadPosTagger().tag(['The', 'senator', 'said', 'on', 'Tuesday', 'that', 'Moscow', 'would', 'send', '3,000', 'troops', '.']);
  assert.deepEqual(tags, ['DT', 'NN', 'VBD', 'IN', 'NNP', 'IN', 'NNP', 'MD', 'VB', 'CD', 'NNS', '.']);
});

test('posTagger component fills token.pos in the default pipeline', () => {
  const doc = analyzeDoc('Officials in Kyiv warned that the convoy was moving quickly.');
  assert.ok(doc.tokens.length > 5);
  assert.ok(doc.tokens.every((t) => typeof t.pos === 'string'));
  const words = doc.tokens.map((t) => `${doc.slice(t)}/${t.pos}`);
  assert.ok(words.includes('Kyiv/NNP'), words.join(' '));
  assert.ok(words.includes('warned/VBD'), words.join(' '));
  assert.equal(posTagger.assigns[0], 'pos');
});

test('cached POS tagging gives the same tags as the plain feature lists', () => {
  const tagger = loadPosTagger();
  const sentences = [
    ['Ms.', 'Alvarez-Quinn', ',', '58', ',', 'told', 'reporters', 'in', '1998', 'that', 'the', 'plan', 'was', '"', 'dead', '"', '.'],
    ['A', 'well-known', 'analyst', 'predicted', 'shortfalls', 'of', '12.5', 'percent', 'by', 'mid-2031', '.'],
    ['Zorblat', 'Industries', 'said', 'it', 'would', 'appeal', '.'],
    ['Appeal', 'it', 'they', 'would', ',', 'said', 'Zorblat', '.'],
    ['É', 'x'],
    [],
  ];
  // and word salads, so that rare contexts (unknown words first, odd neighbours) are exercised
  const vocab = ['Zorblat', 'Kyiv', 'appeal', 'Appeal', 'ran', 'runs', '1998', '3,000', 'mid-2031', 'well-known', 'the', 'of', ',', '.', '"', 'quickly', 'McTavish', 'U.S.', 'officials', 'said', 'É', 'blorfed', 'Unpredictably'];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  for (let k = 0; k < 300; k++) sentences.push(Array.from({ length: 1 + (next() % 9) }, () => vocab[next() % vocab.length]!));
  // twice: the second pass reads the word caches the first one filled
  for (let pass = 0; pass < 2; pass++) for (const s of sentences) assert.deepEqual(tagger.tag(s), tagger.tagUncached(s), s.join(' '));
});
