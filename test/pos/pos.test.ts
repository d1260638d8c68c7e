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
