import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeMention } from '../../src/attribution/speakers/index.js';
import { mentionReading } from '../../src/attribution/speakers/mention.js';
import { OUTLETS, outletName } from '../../src/lexicon/media.js';

test('mention trimming: ASCII punctuation and any white space at both ends, by character class', () => {
  for (const raw of ['\u2003he,\u2003', '\u00a0 he ;', '"he', '(he)', '\the:\n', '- he -', '\u3000he\u2028']) {
    assert.equal(analyzeMention(raw).form, 'pronoun', JSON.stringify(raw));
  }
  // a final period is not trimmed: the text is then no pronoun
  assert.notEqual(analyzeMention('he.').form, 'pronoun');
  const m = analyzeMention('\u2003"Senator Jane Doe,\u2003', 100);
  assert.equal(m.name, 'Jane Doe');
  assert.deepEqual(m.nameSpan, { start: 100 + 10, end: 100 + 18 });
});

test('bare words: a final period, then a final possessive, come off before the lexicon look-ups', () => {
  assert.equal(analyzeMention('Mrs. Lane').gender, 'female');
  assert.equal(analyzeMention('Mr. Lane').gender, 'male');
  assert.equal(analyzeMention('Ms. Lane').gender, 'female');
  assert.deepEqual(analyzeMention("the president's senior adviser").form, 'nominal');
});

test('government and outlet names: answers stay right when phrases alternate (last-phrase cache)', () => {
  const seen = ['the Kremlin', 'Jane Roe', 'the Kremlin said', 'CNN', 'Hal Poe', 'the White House', 'Moscow', 'Ann Moe'].map((t) => {
    const m = analyzeMention(t);
    return [m.form, m.name];
  });
  assert.deepEqual(seen, [
    ['organization', 'the Kremlin'], ['name', 'Jane Roe'], ['unknown', 'the Kremlin said'], ['media', 'CNN'], ['name', 'Hal Poe'],
    ['organization', 'the White House'], ['organization', 'Moscow'], ['name', 'Ann Moe'],
  ]);
});

test('foldSpaces folds white space runs as the regex does, and returns single-spaced strings as they are', async () => {
  const { foldSpaces } = await import('../../src/attribution/speakers/mention.js');
  const pieces = ['a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'x y', '.'];
  let seed = 3;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  for (const s of ['', ' ', 'the White House', 'the  White House', ' lead', 'trail ', 'tab\there']) assert.equal(foldSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let j = Math.floor(rnd() * 8); j > 0; j--) s += pieces[Math.floor(rnd() * pieces.length)];
    assert.equal(foldSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
  }
});

test('an outlet named as a whole reads as outletName reads it (its key made once for the outlets and the seats of government)', () => {
  const names = [...OUTLETS.keys()].slice(0, 60);
  for (const key of names) {
    for (const phrase of [key, `the ${key}`, `The  ${key}'s`, `${key.toUpperCase()}’s`, ` ${key.replace(/ /g, '\u00a0 ')} `]) {
      const want = outletName(phrase);
      if (want === null) continue;
      const got = analyzeMention(phrase);
      assert.equal(got.form, 'media', phrase);
      assert.equal(got.name, want, phrase);
    }
  }
  assert.equal(analyzeMention("the Associated Press's").name, outletName("the Associated Press's"));
});

test('mention readings are kept by text: the same reading for the same text, before and after the memo is emptied', () => {
  const first = mentionReading('Senator Mara Velk');
  assert.equal(mentionReading('Senator Mara Velk'), first);
  assert.equal(first.name, 'Mara Velk');
  // more texts than the memo keeps: it is emptied, and a text read again reads the same
  for (let k = 0; k < 20050; k++) assert.equal(mentionReading(`Officer Zed${k} Korr`).name, `Zed${k} Korr`);
  const again = mentionReading('Senator Mara Velk');
  assert.notEqual(again, first);
  assert.deepEqual(again, first);
  assert.equal(mentionReading('the White House').kind, 'organization');
});
