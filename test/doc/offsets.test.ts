import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetConverter } from '../../src/doc/offsets.js';
import { analyze } from '../../src/index.js';
import { Doc } from '../../src/doc/doc.js';

test('identity on text without astral characters', () => {
  const c = new OffsetConverter('plain “text” – no emoji');
  for (const i of [0, 5, 12, 23]) { assert.equal(c.toCodePoint(i), i); assert.equal(c.toUtf16(i), i); }
});

test('emoji and other astral characters count once in code points', () => {
  const text = 'a😀b𝔘c🇺🇦d';
  const c = new OffsetConverter(text);
  const cps = [...text];
  assert.equal(c.length, cps.length);
  // every code point boundary maps both ways
  let u = 0;
  cps.forEach((ch, cp) => {
    assert.equal(c.toCodePoint(u), cp, `utf16 ${u}`);
    assert.equal(c.toUtf16(cp), u, `code point ${cp}`);
    u += ch.length;
  });
  assert.equal(c.toCodePoint(text.length), cps.length);
  assert.equal(c.toUtf16(cps.length), text.length);
});

test('record offsets are code points: slicing the code point array gives the span text', () => {
  const text = 'The 🚀 launch went well.\n\n“We are thrilled 🎉,” the director said.';
  const rec = analyze(text);
  const cps = [...rec.text];
  assert.ok(rec.sentences.length >= 2);
  for (const s of rec.sentences) assert.equal(cps.slice(s.start, s.end).join('').trim().length > 0, true);
  const second = rec.sentences[1]!;
  assert.equal(cps.slice(second.start, second.end).join(''), '“We are thrilled 🎉,” the director said.');
  for (const q of rec.quotes) assert.equal(cps.slice(q.content.start, q.content.end).join(''), q.content.text);
});

test('paragraphAt finds the paragraph holding a character, -1 between and outside them', () => {
  const d = new Doc('First one.\n\nSecond one.\n\nThird.');
  d.paragraphs = [{ start: 0, end: 10 }, { start: 12, end: 23 }, { start: 25, end: 31 }];
  assert.equal(d.paragraphAt(0), 0);
  assert.equal(d.paragraphAt(9), 0);
  assert.equal(d.paragraphAt(10), -1);
  assert.equal(d.paragraphAt(12), 1);
  assert.equal(d.paragraphAt(30), 2);
  assert.equal(d.paragraphAt(31), -1);
});
