import assert from 'node:assert/strict';
import test from 'node:test';
import { tokenize, tokenizeByRegex } from '../../src/segment/tokens.js';
import { seedText, SEED_SKIP } from '../helpers/seed.js';

const texts = (t: string) => tokenize(t).map((k) => t.slice(k.start, k.end));

test('tokenize: white space of every kind is skipped between tokens', () => {
  assert.deepEqual(texts('  The\tmayor\u00a0said,\r\n\fhe\vwould  go. '), ['The', 'mayor', 'said', ',', 'he', 'would', 'go', '.']);
});

test('tokenize: a character no token starts with is passed over, as an unanchored scan would', () => {
  // U+200B (format) and U+2028 (a white space the fast skip leaves to the regex) start no token
  assert.deepEqual(texts('a \u200b b\u2028c\u200bd'), ['a', 'b', 'c', 'd']);
});

test('tokenize: offsets are into the full text when a span is given', () => {
  const t = 'xx Mr. Smith left.';
  const toks = tokenize(t, { start: 3, end: t.length });
  assert.deepEqual(toks.map((k) => t.slice(k.start, k.end)), ['Mr.', 'Smith', 'left', '.']);
  assert.equal(toks[0]!.start, 3);
});

test('tokenize: the character scan for plain tokens gives the regex tokens (random texts of tricky pieces)', () => {
  const pieces = ['a', 'I', 'U', 'Mr', 'does', 'n', "n't", "'s", "'", 'O', 'Brien', 'D', '-', '--', '&', '.', '..', ',', ':', '/', ';', '"', '(', ')',
    '!', '?', '$', '€', '5', '1990', 's', 'th', '3,000', 'é', 'Жук', '\u0301', ' ', ' ', '  ', '\n', '\u00a0', '\u2009', '@', '#', '://', 'www.', 'x_y', '%', '*', 'ab12', '12ab', '.com', 'org', 'Ph', '.D'];
  let seed = 3;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  for (let k = 0; k < 4000; k++) {
    let t = '';
    const n = 1 + (next() % 14);
    for (let i = 0; i < n; i++) t += pieces[next() % pieces.length]!;
    const got = tokenize(t).map((x) => `${x.start}-${x.end}`), want = tokenizeByRegex(t).map((x) => `${x.start}-${x.end}`);
    assert.deepEqual(got, want, JSON.stringify(t));
  }
});

test('tokenize: the character scan gives the regex tokens on the seed article', { skip: SEED_SKIP }, () => {
  const t = seedText!;
  assert.deepEqual(tokenize(t), tokenizeByRegex(t));
});
