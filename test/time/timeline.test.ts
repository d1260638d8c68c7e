import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import { buildTimeline, findEvent } from '../../src/time/timeline.js';
import { tagTimes } from '../../src/time/tagger.js';

function docWithSentences(text: string): Doc {
  const doc = new Doc(text, { referenceDate: '2022-02-22' });
  let start = 0;
  for (const m of text.matchAll(/[^.]+\.\s*/g)) {
    doc.sentences.push({ start: m.index!, end: m.index! + m[0].trimEnd().length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
    start = m.index! + m[0].length;
  }
  void start;
  doc.times = tagTimes(text, doc.matchText, { referenceDate: '2022-02-22', sentences: doc.sentences });
  return doc;
}

test('timeline: one entry per dated sentence, sorted by date, speaker from an overlapping quote', () => {
  const text = 'The mayor resigned on Monday. The city was founded in 1850. Nobody knows why. Officials said a new vote is due tomorrow.';
  const doc = docWithSentences(text);
  const quoteStart = text.indexOf('a new vote');
  doc.quotes = [{ kind: 'indirect', content: { start: quoteStart, end: text.length - 1 }, cue: null, source: null, speaker: { name: 'Officials', kind: 'anonymous' } }];
  const tl = buildTimeline(doc);
  assert.deepEqual(tl.map((e) => e.value), ['1850', '2022-02-21', '2022-02-23']);
  assert.equal(tl[0]!.event?.text, 'The city was founded');
  assert.equal(tl[1]!.event?.text, 'The mayor resigned');
  assert.equal(tl[2]!.speaker, 'Officials');
  assert.equal(tl[0]!.speaker, undefined);
  assert.equal(text.slice(tl[1]!.time.start, tl[1]!.time.end), 'Monday');
});

test('findEvent: subordinate clause with the date, and the clause after a fronted date', () => {
  const a = 'When the president was driven from office in May 2010, the army took over.';
  const ta = a.indexOf('May 2010');
  assert.equal(findEvent(a, { start: 0, end: a.length }, { start: ta, end: ta + 8 })?.text, 'the president was driven');
  const b = 'The next day, the rebels broke away from the capital.';
  assert.equal(findEvent(b, { start: 0, end: b.length }, { start: 0, end: 12 })?.text, 'the rebels broke away');
  const c = 'Following Monday’s debate the senator released a statement.';
  assert.equal(findEvent(c, { start: 0, end: c.length }, { start: 10, end: 16 })?.text, 'the senator released');
  const d = 'On May 3 they published the results.';
  assert.equal(findEvent(d, { start: 0, end: d.length }, { start: 3, end: 8 })?.text, 'they published');
});

test('events: words keep inner periods and lose trailing ones (a run of them too)', () => {
  const event = (t: string, date: string) => { const i = t.indexOf(date); return findEvent(t, { start: 0, end: t.length }, { start: i, end: i + date.length }); };
  assert.deepEqual(event('On Monday, Acme Inc. agreed to pay the fine.', 'Monday'), { start: 11, end: 27, text: 'Acme Inc. agreed' });
  assert.deepEqual(event('The U.S. Army... pulled out on Friday.', 'Friday'), { start: 0, end: 27, text: 'The U.S. Army... pulled out' });
  assert.deepEqual(event('By 2020 the co. had closed its doors...', '2020'), { start: 8, end: 26, text: 'the co. had closed' });
});
