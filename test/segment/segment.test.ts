import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmenter, tokenTexts, tokenWords } from '../../src/segment/index.js';
import { keyA, keyB } from '../../src/ml/key-map.js';

function sentences(text: string): string[] {
  const d = new Doc(text);
  segmenter.run(d);
  return d.sentences.map((s) => d.slice(s));
}
function tokens(text: string): string[] {
  const d = new Doc(text);
  segmenter.run(d);
  return d.tokens.map((t) => d.slice(t));
}

test('abbreviations do not end sentences', () => {
  assert.deepEqual(sentences('Sen. Maria Ortiz met Gov. Reyes in the U.S. capital on Jan. 5. They spoke for an hour.'), [
    'Sen. Maria Ortiz met Gov. Reyes in the U.S. capital on Jan. 5.', 'They spoke for an hour.',
  ]);
  assert.deepEqual(sentences('Mr. Hale lives at No. 10 with Dr. Wu. He is retired.'), ['Mr. Hale lives at No. 10 with Dr. Wu.', 'He is retired.']);
});

test('an acronym can end a sentence before a typical sentence starter', () => {
  assert.deepEqual(sentences('The delegation flew to the U.S. The talks start today.'), ['The delegation flew to the U.S.', 'The talks start today.']);
});

test('initials stay inside the name', () => {
  assert.deepEqual(sentences('George W. Bush spoke. Then he left.'), ['George W. Bush spoke.', 'Then he left.']);
});

test('a sentence ending inside a quotation keeps its closing mark', () => {
  assert.deepEqual(sentences('She said: “We will win.” Then the crowd cheered.'), ['She said: “We will win.”', 'Then the crowd cheered.']);
  assert.deepEqual(sentences('“We will win,” she said. “Nobody doubts it.”'), ['“We will win,” she said.', '“Nobody doubts it.”']);
  assert.deepEqual(sentences('“Are we ready?” he asked. Nobody answered.'), ['“Are we ready?” he asked.', 'Nobody answered.']);
});

test('a period glued to a number or inside a name ends no sentence; one between a word and a capital does', () => {
  assert.deepEqual(sentences('He had a loaded .45-caliber handgun, police said. PanARMENIAN.Net reported it first. It rained for years.A flood followed.'),
    ['He had a loaded .45-caliber handgun, police said.', 'PanARMENIAN.Net reported it first.', 'It rained for years.', 'A flood followed.']);
});

test('sentences never cross paragraphs, and paragraphs are found', () => {
  const d = new Doc('First paragraph without a stop\n\nSecond one. Two sentences.\nA third paragraph.');
  segmenter.run(d);
  assert.deepEqual(d.paragraphs.map((p) => d.slice(p)), ['First paragraph without a stop', 'Second one. Two sentences.', 'A third paragraph.']);
  assert.deepEqual(d.sentences.map((s) => [d.slice(s), s.paragraph]), [
    ['First paragraph without a stop', 0], ['Second one.', 1], ['Two sentences.', 1], ['A third paragraph.', 2],
  ]);
});

test('tokens: clitics split, numbers and hyphenated words whole, curly quotes handled', () => {
  assert.deepEqual(tokens('Putin’s Moscow-backed rebels hasn’t lost 14,000 men, U.S. says.'), [
    'Putin', '’s', 'Moscow-backed', 'rebels', 'has', 'n’t', 'lost', '14,000', 'men', ',', 'U.S.', 'says', '.',
  ]);
  assert.deepEqual(tokens('“Yes,” said O’Brien at 3.5% on https://example.com/a.'), [
    '“', 'Yes', ',', '”', 'said', 'O’Brien', 'at', '3.5', '%', 'on', 'https://example.com/a', '.',
  ]);
});

test('tokens: a word with a decimal inside stays whole, and the sentence goes on', () => {
  assert.deepEqual(tokens('It costs R3.5bn, and PM2.5 rose.'), ['It', 'costs', 'R3.5bn', ',', 'and', 'PM2.5', 'rose', '.']);
  assert.deepEqual(sentences('The city spent R3.5bn on roads last year. Levels of PM2.5 rose.'), ['The city spent R3.5bn on roads last year.', 'Levels of PM2.5 rose.']);
  // a period between a number and a word still ends the sentence
  assert.deepEqual(sentences('He won in 2019. The next year was hard.'), ['He won in 2019.', 'The next year was hard.']);
});

test('tokens: a party and state after a politician\'s name stay one token, and the sentence goes on', () => {
  assert.deepEqual(tokens('Rep. Ann Lee (D-N.C.) said the bill was late.'), ['Rep.', 'Ann', 'Lee', '(', 'D-N.C.', ')', 'said', 'the', 'bill', 'was', 'late', '.']);
  assert.deepEqual(sentences('Rep. Ann Lee (D-N.C.) said the bill was late. Sen. Tom Ray (R-N.H.) agreed.'), ['Rep. Ann Lee (D-N.C.) said the bill was late.', 'Sen. Tom Ray (R-N.H.) agreed.']);
});

test('tokens: a site\'s name, a degree and a party and state without its last period stay one token', () => {
  assert.deepEqual(tokens('Votewell.org and Pollwise.com polled Ann Lee, Ph.D., and Tom Hale (R-S.C).'), [
    'Votewell.org', 'and', 'Pollwise.com', 'polled', 'Ann', 'Lee', ',', 'Ph.D.', ',', 'and', 'Tom', 'Hale', '(', 'R-S.C', ')', '.',
  ]);
  // a period glued between two words is still no site ("late.The"), and "Ph.D." ends a sentence before a sentence starter
  assert.deepEqual(sentences('She has a Ph.D. from Yale. She has a Ph.D. He has none.'), ['She has a Ph.D. from Yale.', 'She has a Ph.D.', 'He has none.']);
  assert.deepEqual(tokens('It was late.The pier closed.'), ['It', 'was', 'late', '.', 'The', 'pier', 'closed', '.']);
});

test('sentences: a state\'s short form ends the sentence before a quotation opening with a capital; "U.S." before a quotation does not', () => {
  assert.deepEqual(sentences('He spoke in Utica, N.Y. "The toll is wrong." She spoke in Tampa, Fla. \'\'We agree.\'\''), ['He spoke in Utica, N.Y.', '"The toll is wrong."', 'She spoke in Tampa, Fla.', "''We agree.''"]);
  assert.deepEqual(sentences('The U.S. "War on Drugs" failed. He lives in Reno, Nev. "soon" he said.'), ['The U.S. "War on Drugs" failed.', 'He lives in Reno, Nev. "soon" he said.']);
});

test('token offsets point into the original text', () => {
  const text = 'A\u00a0“quote” – here.';
  const d = new Doc(text);
  segmenter.run(d);
  for (const t of d.tokens) assert.ok(t.end > t.start && t.end <= text.length);
  assert.deepEqual(d.tokens.map((t) => d.slice(t)), ['A', '“', 'quote', '”', '–', 'here', '.']);
});

test('tokenWords: each distinct token text once, and per token the index of its text', () => {
  const d = new Doc('The cat saw the cat. The end.');
  segmenter.run(d);
  const { ids, words } = tokenWords(d);
  assert.deepEqual(words, ['The', 'cat', 'saw', 'the', '.', 'end']);
  assert.deepEqual([...ids].map((k) => words[k]), tokenTexts(d));
  assert.equal(tokenWords(d), tokenWords(d));
});

test('tokenWords numbers the words of a longer text as a Map of the token texts would (first occurrence order)', () => {
  let seed = 19;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const vocab = ['the', 'The', 'THE', 'cat', 'Cat', 'said', ',', '.', 'émigré', 'n\'t', 'U.S.', '3,000'];
  const text = Array.from({ length: 3000 }, () => (next() % 3 ? vocab[next() % vocab.length]! : `w${next() % 700}`)).join(' ');
  const d = new Doc(text);
  segmenter.run(d);
  const index = new Map<string, number>(), words: string[] = [];
  const ids = tokenTexts(d).map((t) => { let k = index.get(t); if (k === undefined) { index.set(t, (k = words.length)); words.push(t); } return k; });
  const got = tokenWords(d);
  assert.deepEqual(got.words, words);
  assert.deepEqual([...got.ids], ids);
  // each word's key lanes, as KeyMap hashes it
  assert.deepEqual([...got.keyA], words.map(keyA));
  assert.deepEqual([...got.keyB], words.map(keyB));
});

test('sentences: a capital letter right after a number ("4K.", "5G.") is a unit ending the sentence, not an initial', () => {
  assert.deepEqual(sentences('The console streams in 4K. Google confirmed it on Monday.'), ['The console streams in 4K.', 'Google confirmed it on Monday.']);
  // an initial after a space is still one
  assert.deepEqual(sentences('George W. Bush spoke at noon.'), ['George W. Bush spoke at noon.']);
});
