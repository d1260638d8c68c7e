import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/ml/model-file.js';
import { NER_MODEL_FILE } from '../../src/entities/recognizer.js';
import { NerDocMemory, NerTagger } from '../../src/entities/ner.js';

test('a small word cache (evicting often) labels as the plain feature lists', () => {
  const tagger = NerTagger.deserialize(readFileSync(modelPath(NER_MODEL_FILE, import.meta.url)));
  tagger.cacheWords = 64;
  const common = ['the', 'of', 'said', 'Senator', 'Maria', 'Lopez', 'New', 'York', ',', '.', "'s", 'Reuters', 'told', '$'];
  let seed = 9;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const word = () => (next() % 3 === 0 ? common[next() % common.length]! : ['Zorb', 'vex', 'QUAM', 'Ost-'][next() % 4]! + (next() % 400));
  const m1 = new NerDocMemory(), m2 = new NerDocMemory();
  for (let k = 0; k < 300; k++) {
    const s = Array.from({ length: 1 + (next() % 30) }, word);
    assert.deepEqual(tagger.tagSentence(s, m1), tagger.tagSentenceUncached(s, m2), s.join(' '));
  }
  const long = Array.from({ length: 150 }, word);
  assert.deepEqual(tagger.tagSentence(long, m1), tagger.tagSentenceUncached(long, m2));
});
