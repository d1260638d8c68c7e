import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/ml/model-file.js';
import { POS_MODEL_FILE } from '../../src/pos/index.js';
import { PosTagger } from '../../src/pos/tagger.js';

test('a small word cache (evicting often) tags as the plain feature lists', () => {
  const tagger = PosTagger.deserialize(readFileSync(modelPath(POS_MODEL_FILE, import.meta.url)));
  tagger.cacheWords = 64;
  // a vocabulary far larger than the cache: common words come back often, made-up ones rarely
  const common = ['the', 'of', 'said', 'Senator', 'Kyiv', ',', '.', 'would', 'troops', '3,000', 'mid-2031', 'quickly'];
  let seed = 5;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const word = () => (next() % 3 === 0 ? common[next() % common.length]! : ['Blor', 'vex', 'Quam', 'tri-'][next() % 4]! + (next() % 400));
  for (let k = 0; k < 400; k++) {
    const s = Array.from({ length: 1 + (next() % 30) }, word);
    assert.deepEqual(tagger.tag(s), tagger.tagUncached(s), s.join(' '));
  }
  // one sentence longer than the cache grows it
  const long = Array.from({ length: 150 }, word);
  assert.deepEqual(tagger.tag(long), tagger.tagUncached(long));
});

test('tagInto writes the tags of a sentence inside a longer word list into its tokens, as tag does', () => {
  const tagger = PosTagger.deserialize(readFileSync(modelPath(POS_MODEL_FILE, import.meta.url)));
  const first = ['The', 'council', 'voted', 'on', 'Tuesday', '.'];
  const second = ['Its', 'chair', ',', 'Mara', 'Velk', ',', 'said', 'the', 'vote', 'was', 'close', '.'];
  const words = [...first, ...second];
  const tokens = words.map(() => ({} as { pos?: string }));
  tagger.tagInto(words, first.length, words.length, tokens);
  // the first sentence's tokens are left alone; the second's get the tags of the sentence tagged on its own
  assert.deepEqual(tokens.slice(0, first.length).map((t) => t.pos), first.map(() => undefined));
  assert.deepEqual(tokens.slice(first.length).map((t) => t.pos), tagger.tag(second));
  tagger.tagInto(words, 0, first.length, tokens);
  assert.deepEqual(tokens.slice(0, first.length).map((t) => t.pos), tagger.tagUncached(first));
});

test('tagInto with the document word numbers (small cache, evicting mid-document) tags as tag', () => {
  const tagger = PosTagger.deserialize(readFileSync(modelPath(POS_MODEL_FILE, import.meta.url)));
  tagger.cacheWords = 64;
  let seed = 17;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const common = ['the', 'of', 'said', 'Mara', ',', '.', 'would', 'troops'];
  const word = () => (next() % 3 === 0 ? common[next() % common.length]! : ['Blor', 'vex', 'Quam'][next() % 3]! + (next() % 300));
  for (let d = 0; d < 20; d++) {
    const sentences = Array.from({ length: 1 + (next() % 15) }, () => Array.from({ length: 1 + (next() % 25) }, word));
    const words = sentences.flat(), index = new Map<string, number>(), distinct: string[] = [];
    const ids = Int32Array.from(words, (w) => { let k = index.get(w); if (k === undefined) { index.set(w, (k = distinct.length)); distinct.push(w); } return k; });
    const tokens = words.map(() => ({} as { pos?: string }));
    let from = 0;
    for (const s of sentences) { tagger.tagInto(words, from, from + s.length, tokens, { ids, words: distinct }); from += s.length; }
    assert.deepEqual(tokens.map((t) => t.pos), sentences.flatMap((s) => tagger.tagUncached(s)), `document ${d}`);
  }
});
