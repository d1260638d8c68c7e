import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startPositions, startsOf, TIME_PARSERS } from '../../src/time/tagger.js';

/** Composed sentences touching every parser, with matches that start in unusual places. */
const SENTENCES = [
  'Earlier this month, officials met on Monday morning; later that year they met again.',
  'In the \'90s and the mid-\'80s, a pop\'90s revival, sales in fiscal 2021 and the 1990s rose 3 times a year, twice a week and daily.',
  'The talks ran from March 3 and 4, 1999 until 7/4/2020 and 2019-06-30, at 10:30 a.m. and at midnight, mid-morning.',
  'Three years ago, a few weeks later, the first quarter, Q3 2019, 2Q, the year-ago period and the year-end.',
  'On Christmas Eve, the Fourth of July and Thanksgiving Day, the weekend, tonight, yesterday afternoon, nowadays.',
  'For a while, right now, in the summer of 2014, in the year nineteen ninety-nine, every other month, the year.',
  'the same period last year, the 21st century, over the past two decades, 50 years old, for weeks, _9 times a day.',
  'Over the\u2003weekend and the  past  two years, their 10 days, his first 100 days, the Q3 results, the\nfollowing morning, the 1990s.',
  'Then there was the year 2000, the near future, the days ahead, the comparable quarter, the fiscal year, the twenties, the day after tomorrow.',
];

/** Each parser's matches found by a global scan of the whole text. */
function globalMatches(text: string): string[][] {
  return TIME_PARSERS.map((p) => {
    const out: string[] = [];
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text)) out.push(`${m.index}:${m[0]}`);
    return out;
  });
}

/** Each parser's matches when its sticky pattern is tried only at the indexed start positions. */
function indexedMatches(text: string): string[][] {
  const idx = startPositions(text);
  return TIME_PARSERS.map((p, k) => {
    const sticky = new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y');
    const starts = startsOf(k, text, idx);
    const out: string[] = [];
    let from = 0;
    for (const pos of starts) {
      if (pos < from) continue;
      sticky.lastIndex = pos;
      const m = sticky.exec(text);
      if (m) { out.push(`${m.index}:${m[0]}`); from = pos + m[0].length; }
    }
    return out;
  });
}

test('start index: every parser finds the same matches as a scan of the whole text', () => {
  for (const s of SENTENCES) {
    const all = globalMatches(s);
    assert.ok(all.flat().length >= 3, 'the sentence has time expressions');
    assert.deepEqual(indexedMatches(s), all, s);
  }
});

test('start index: every parser declares where its matches start', () => {
  for (const p of TIME_PARSERS) assert.ok(p.starts, `${p.name} has starts`);
});

test('start index: two-word entries need the whole first word, white space, then the second word', () => {
  const at = (text: string, word: string) => {
    const idx = startPositions(text), k = TIME_PARSERS.findIndex((p) => p.name === 'weekend');
    return startsOf(k, text, idx).includes(text.indexOf(word));
  };
  assert.ok(at('over the weekend', 'the'));
  assert.ok(at('over the \u2003 weekends', 'the'));
  assert.ok(!at('over the week', 'the'));
  assert.ok(!at('over theweekend', 'the'));
  assert.ok(!at('over the-weekend', 'the'));
});

test('start index: words no parser starts with are not indexed; prefixes and digits are', () => {
  const text = 'Zebras calmly grazed; midnight 42 Earlier';
  const idx = startPositions(text);
  const indexed = [...idx.positions.subarray(0, idx.count)];
  assert.deepEqual(indexed, [text.indexOf('midnight'), text.indexOf('42'), text.indexOf('Earlier')]);
});
