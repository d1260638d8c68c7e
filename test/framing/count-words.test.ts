import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, countWordsIn } from '../../src/framing/sourcing.js';

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const byRegex = (t: string) => t.match(WORD_RE)?.length ?? 0;

test('countWords counts what the word regex matches', () => {
  const samples = [
    '', ' ', 'one', "They don't know, the mayor's aide said.", 'rock’n’roll and 3,000 troops in 2016',
    "O'Neill's 1990s-era plan: 12.5% (approx.) — done!", 'Zürich, São Paulo and Kyiv; ½ of ²', 'x\'1 a\' \'b ’’ 4’s',
    'emoji 😀 then 𝐀𝐁 math letters', 'lone \ud800 surrogate \udc00 here', 'Ελλάδα και Россия, 東京',
  ];
  for (const t of samples) assert.equal(countWords(t), byRegex(t), JSON.stringify(t));
  // random strings over a mixed alphabet
  const alphabet = ["a", "Z", "é", "1", "'", "’", " ", ".", "-", "😀", "\ud800", "ß", "٣"];
  let seed = 3;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  for (let k = 0; k < 2000; k++) {
    const t = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
    assert.equal(countWords(t), byRegex(t), JSON.stringify(t));
  }
});

test('countWordsIn counts the words of a span as countWords counts those of its slice (words and surrogate pairs cut at the edges)', () => {
  const alphabet = ['a', 'Z', 'é', '1', "'", '’', ' ', '.', '-', '😀', '𝐀', '\ud800', 'ß', '٣', "n't"];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  for (let k = 0; k < 3000; k++) {
    const t = Array.from({ length: next() % 14 }, () => alphabet[next() % alphabet.length]).join('');
    const from = next() % (t.length + 1), to = from + (next() % (t.length - from + 1));
    assert.equal(countWordsIn(t, from, to), byRegex(t.slice(from, to)), JSON.stringify([t, from, to]));
  }
});
