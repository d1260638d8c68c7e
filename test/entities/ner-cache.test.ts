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

test('tagSentence with the document word numbers (small cache, evicting mid-document) labels as the plain feature lists', () => {
  const tagger = NerTagger.deserialize(readFileSync(modelPath(NER_MODEL_FILE, import.meta.url)));
  tagger.cacheWords = 64;
  let seed = 31;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const common = ['the', 'of', 'said', 'Senator', 'Maria', 'Lopez', ',', '.', 'Reuters'];
  const word = () => (next() % 3 === 0 ? common[next() % common.length]! : ['Zorb', 'vex', 'QUAM'][next() % 3]! + (next() % 300));
  for (let d = 0; d < 20; d++) {
    const sentences = Array.from({ length: 1 + (next() % 15) }, () => Array.from({ length: 1 + (next() % 25) }, word));
    const index = new Map<string, number>(), distinct: string[] = [];
    const ids = Int32Array.from(sentences.flat(), (w) => { let k = index.get(w); if (k === undefined) { index.set(w, (k = distinct.length)); distinct.push(w); } return k; });
    const m1 = new NerDocMemory(), m2 = new NerDocMemory();
    let from = 0;
    for (const s of sentences) {
      assert.deepEqual(tagger.tagSentence(s, m1, { ids, words: distinct }, from), tagger.tagSentenceUncached(s, m2), `document ${d}: ${s.join(' ')}`);
      from += s.length;
    }
  }
});

test('headlines and sentence starts (the contexts the cached self vectors are not summed for) label as the plain feature lists', () => {
  const tagger = NerTagger.deserialize(readFileSync(modelPath(NER_MODEL_FILE, import.meta.url)));
  const sentences = [
    ['SENATOR', 'MARIA', 'LOPEZ', 'VISITS', 'NEW', 'YORK'], ['LOPEZ', 'SAID', 'NO', '.'], ['Lopez', 'said', 'no', '.'],
    ['Reuters'], ['REUTERS'], ['The', 'United', 'States', 'and', 'New', 'York', 'City', 'and', 'South', 'Korea', 'and', 'the', 'Associated', 'Press', 'said', 'so', '.'],
    ['NEW', 'YORK', 'CITY', 'MAYOR', 'VISITS', 'SOUTH', 'KOREA'], ['New', 'York', 'York', 'City', 'New'], ['the', 'Zorb', 'Institute', 'said', 'THE', 'ZORB', 'INSTITUTE', 'lied'], ['ZORB-7', '$', '3,000', 'MCCAIN'],
  ];
  const m1 = new NerDocMemory(), m2 = new NerDocMemory();
  for (const s of sentences) assert.deepEqual(tagger.tagSentence(s, m1), tagger.tagSentenceUncached(s, m2), s.join(' '));
});

test('common news words (many word-pair features per token, so the one-pass scoring takes up to three rows) label as the plain feature lists', () => {
  const tagger = NerTagger.deserialize(readFileSync(modelPath(NER_MODEL_FILE, import.meta.url)));
  const vocab = ['the', 'of', 'in', 'to', 'a', 'and', 'said', 'on', 'for', 'that', 'is', 'was', 'with', 'he', 'it', 'at', 'by', 'from', 'his', 'an',
    'have', 'has', 'are', 'were', 'they', 'be', 'this', 'not', 'but', 'who', 'will', 'would', 'been', 'their', 'more', 'after', 'year', 'new',
    'government', 'president', 'minister', 'officials', 'people', 'state', 'party', 'told', 'reporters', 'last', 'week', 'two', 'police',
    'United', 'States', 'New', 'York', 'White', 'House', 'Mr.', 'Senate', 'Monday', ',', '.', '"', 'percent', '$', 'million'];
  let seed = 59;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const m1 = new NerDocMemory(), m2 = new NerDocMemory();
  for (let k = 0; k < 1500; k++) {
    const s = Array.from({ length: 3 + (next() % 25) }, () => vocab[next() % vocab.length]!);
    assert.deepEqual(tagger.tagSentence(s, k % 2 ? m1 : null), tagger.tagSentenceUncached(s, k % 2 ? m2 : null), s.join(' '));
  }
});
