import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortShape, wordShape } from '../../src/ml/features.js';
import { normalizeForPos } from '../../src/pos/tagger.js';

// The shapes as first written: one class per code point, by string tests and regexes.
const classOf = (ch: string) => (ch >= 'a' && ch <= 'z' ? 'x' : ch >= 'A' && ch <= 'Z' ? 'X' : ch >= '0' && ch <= '9' ? 'd' : /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : ch);
function refWordShape(w: string): string {
  let out = '', last = '', run = 0;
  for (const ch of w) { const c = classOf(ch); if (c === last) { run++; if (run > 2) continue; } else { run = 1; last = c; } out += c; }
  return out;
}
function refShortShape(w: string): string {
  let out = '', last = '';
  for (const ch of w) { const c = classOf(ch); if (c !== last) { out += c; last = c; } }
  return out;
}
const refNormalize = (w: string) => (/^\d{4}$/.test(w) ? '!YEAR' : /^\d/.test(w) ? '!DIGITS' : w.includes('-') && w[0] !== '-' ? '!HYPHEN' + w.slice(w.lastIndexOf('-')).toLowerCase() : w.toLowerCase());

test('word shapes and POS normal forms by code are those of the per-character regexes', () => {
  const pieces = ['a', 'b', 'x', 'X', 'Z', 'd', 'D', '0', '9', '1', '.', '-', "'", '$', ' ', '\u00e9', '\u00c9', '\u03a9', '\u{1D400}', '\u0663', '\u2019', 'ss', 'XX'];
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  for (const w of ['', 'Putin', 'U.S.', '1990s', 'McCain', 'AAAA', 'aaaa', '2024', '20245', '202', '12-year-old', '-5', 'mid-2031', 'Zo\u00eb', 'x']) {
    assert.equal(wordShape(w), refWordShape(w), w); assert.equal(shortShape(w), refShortShape(w), w); assert.equal(normalizeForPos(w), refNormalize(w), w);
  }
  for (let k = 0; k < 20000; k++) {
    let w = '';
    for (let j = 1 + Math.floor(rnd() * 8); j > 0; j--) w += pieces[Math.floor(rnd() * pieces.length)];
    assert.equal(wordShape(w), refWordShape(w), JSON.stringify(w));
    assert.equal(shortShape(w), refShortShape(w), JSON.stringify(w));
    assert.equal(normalizeForPos(w), refNormalize(w), JSON.stringify(w));
  }
});
