import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  governmentKeyAbsent, lookUpGovernmentName, mayEndInOwnerNoun, OWNER_DOC_RE, segments, words,
} from '../../src/attribution/speakers/mention.js';
import { OUTLETS } from '../../src/lexicon/media.js';
import { GOVERNMENT_PLACES, GOVERNMENT_SEATS } from '../../src/lexicon/organizations-generic.js';

let seed = 41;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
/** Random texts of pieces that the mention readers treat specially. */
function randomTexts(pieces: readonly string[], count: number, maxPieces = 8): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let j = 1 + Math.floor(rnd() * maxPieces); j > 0; j--) s += pick(pieces);
    out.push(s);
  }
  return out;
}

test('mention words: the character scan of ASCII text gives the regex words (apostrophes, periods, hyphens, ampersands)', () => {
  const pieces = ['Jane', ' ', 'O', "'", 'Brien', '.', 'U.S.', 'Jr.', 'Mr.', 'rock', "'n'", 'x&y', '-', '--', '7', '3.5', "'s", ' ', ',', 'D.', 'Lee', '  ', '\t', 'a'];
  for (const t of randomTexts(pieces, 20000)) assert.deepEqual(words(t, 5), words(t, 5, false), JSON.stringify(t));
  // not ASCII: the regex reads it (letters of any script, an apostrophe before one)
  assert.deepEqual(words("Zoë O'Élan", 0).map((w) => w.text), ['Zoë', "O'Élan"]);
});

test('government names: the key pre-check never turns away a phrase the lexicons name (any case, "the", white space, a final "\'s")', () => {
  const keys = [...OUTLETS.keys(), ...GOVERNMENT_SEATS.keys(), ...GOVERNMENT_PLACES];
  let named = 0;
  for (const key of keys) {
    for (const phrase of [key, `the ${key}`, `The\t ${key.toUpperCase()} `, `  ${key.replace(/ /g, '  ')}'s`, `THE ${key}'S`, `${key}’s`, `the ${key} said`]) {
      const plain = lookUpGovernmentName(phrase, false);
      assert.deepEqual(lookUpGovernmentName(phrase), plain, phrase);
      if (plain) { named++; assert.equal(governmentKeyAbsent(phrase), false, phrase); }
    }
  }
  assert.ok(named > keys.length, 'the variants name something');
  // and it does turn away the phrases that name nothing
  for (const phrase of ['Jane Roe', 'the Zorbian Herald', 'Senator Hal Poe', 'the   quick fox']) {
    assert.equal(lookUpGovernmentName(phrase, false), null);
    assert.equal(governmentKeyAbsent(phrase), true, phrase);
  }
  // random phrases made of key words: the same answer with and without the pre-check
  const parts = [...new Set(keys.flatMap((k) => k.split(' ')))].slice(0, 80);
  for (const t of randomTexts([...parts, ' ', '  ', 'The ', "'s", '\t', 'x'], 20000, 5)) assert.deepEqual(lookUpGovernmentName(t), lookUpGovernmentName(t, false), JSON.stringify(t));
});

test('document owners: the final-noun pre-check lets through every text the owner regex matches', () => {
  const pieces = ['the ', 'a ', 'BBC', ' ', "'s", 'Report', 'statement', 'STATEMENT', 'spokesman', 'x', '-', 'ad', 'bad', 'ads', ' new', '\u00a0', '\u2003', 'é', '.', 'post', 'repost'];
  let matched = 0;
  for (const t of randomTexts(pieces, 30000)) {
    if (OWNER_DOC_RE.exec(t)) { matched++; assert.ok(mayEndInOwnerNoun(t), JSON.stringify(t)); }
  }
  assert.ok(matched > 500, 'the regex matched often enough to test');
  assert.equal(mayEndInOwnerNoun('Jane Roe'), false);
  assert.equal(mayEndInOwnerNoun('a misstatement'), false);
  assert.equal(mayEndInOwnerNoun('the White House Statement'), true);
});

test('mention segments: a text with no comma, semicolon or bracket is one segment, as the split makes it', () => {
  const split = (text: string, base: number) => {
    // the general path, run on the text with a bracket pair appended and taken off again
    const withBracket = segments(text + '()', base);
    return withBracket.map((s) => ({ text: s.text.replace(/ {2}$/, ''), start: s.start })).filter((s) => s.text.trim());
  };
  for (const t of ['Jane Roe', 'the White House', ' lead', 'x', 'a senior official familiar with the talks']) {
    assert.deepEqual(segments(t, 3), [{ text: t, start: 3 }]);
    assert.deepEqual(segments(t, 3), split(t, 3), t);
  }
  assert.deepEqual(segments('Jane Roe, a senator', 0), [{ text: 'Jane Roe', start: 0 }, { text: ' a senator', start: 9 }]);
});
