import assert from 'node:assert/strict';
import test from 'node:test';
import { tokenize } from '../../src/segment/tokens.js';

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
