import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from '../../src/time/tagger.js';

const REF = '2022-02-22'; // a Tuesday

/** The (text, value, mod) triples the tagger finds in a composed sentence. */
function tag(text: string, ref = REF): [string, string, string?][] {
  return tagTimes(text, undefined, { referenceDate: ref }).map((t) => (t.mod ? [text.slice(t.start, t.end), t.value, t.mod] : [text.slice(t.start, t.end), t.value]));
}

test('month-date: full dates, month and year, month alone by tense', () => {
  assert.deepEqual(tag('The treaty was signed on March 3, 1999 in Paris.'), [['March 3, 1999', '1999-03-03']]);
  assert.deepEqual(tag('Protests began in February 2014.'), [['February 2014', '2014-02']]);
  assert.deepEqual(tag('The vote is on 5 July 2016.'), [['5 July 2016', '2016-07-05']]);
  assert.deepEqual(tag('Talks resumed Jan. 12 after a break.'), [['Jan. 12', '2022-01-12']]);
  assert.deepEqual(tag('The summit will take place in April.'), [['April', '2022-04']]);
  assert.deepEqual(tag('He may leave; she marched.'), []);
  assert.deepEqual(tag('The plant closed last November.'), [['last November', '2021-11']]);
});

test('numeric-date and year: ISO and US dates, years, decades, fiscal years', () => {
  assert.deepEqual(tag('Filed 2019-06-30 and amended 7/4/2020.'), [['2019-06-30', '2019-06-30'], ['7/4/2020', '2020-07-04']]);
  assert.deepEqual(tag('The war ended in 1995, after the 1990s began badly.'), [['1995', '1995'], ['the 1990s', '199']]);
  assert.deepEqual(tag('Sales in fiscal 2021 rose.'), [['fiscal 2021', '2021']]);
  assert.deepEqual(tag('It cost $2022 and weighed 1500 tons.'), []);
  assert.deepEqual(tag('Growth slowed in mid-2014.'), [['mid-2014', '2014', 'MID']]);
});

test('weekday: past tense looks back, future tense looks ahead', () => {
  assert.deepEqual(tag('The president spoke on Monday.'), [['Monday', '2022-02-21']]);
  assert.deepEqual(tag('The council will vote on Friday.'), [['Friday', '2022-02-25']]);
  assert.deepEqual(tag('Rebels attacked the town last Sunday.'), [['last Sunday', '2022-02-20']]);
  assert.deepEqual(tag('Crowds gathered Saturday night.'), [['Saturday night', '2022-02-19TNI']]);
});

test('relative-day: today, tonight, tomorrow, yesterday, last night', () => {
  assert.deepEqual(tag('Troops may move tonight or tomorrow.'), [['tonight', '2022-02-22TNI'], ['tomorrow', '2022-02-23']]);
  assert.deepEqual(tag('Yesterday the market fell, and last night it rallied.'), [['Yesterday', '2022-02-21'], ['last night', '2022-02-21TNI']]);
});

test('relative-unit: this week, last year, earlier this month, last spring, the following month', () => {
  assert.deepEqual(tag('Prices rose last year and this week.'), [['last year', '2021'], ['this week', '2022-W08']]);
  assert.deepEqual(tag('Earlier this month the bank cut rates.'), [['Earlier this month', '2022-02', 'START']]);
  assert.deepEqual(tag('The deal collapsed last spring.'), [['last spring', '2021-SP']]);
  assert.deepEqual(tag('Rebels seized the city in May 2015. The following month, they held a vote.'),
    [['May 2015', '2015-05'], ['The following month', '2015-06']]);
  assert.deepEqual(tag('It was founded in 1998. That year, sales doubled.'), [['1998', '1998'], ['That year', '1998']]);
});

test('quarter: ordinal quarters, halves, the quarter in focus, year-ago', () => {
  assert.deepEqual(tag('Third-quarter profit rose, and the fourth quarter of 2020 was weak.', '2021-10-20'),
    [['Third-quarter', '2021-Q3'], ['the fourth quarter of 2020', '2020-Q4']]);
  assert.deepEqual(tag('Revenue in the third quarter rose from a year earlier.', '2021-10-20'),
    [['the third quarter', '2021-Q3'], ['a year earlier', '2020-Q3']]);
  assert.deepEqual(tag('The first half was strong.', '2021-10-20'), [['The first half', '2021-H1']]);
  assert.deepEqual(tag('Results for Q2 2019 were revised.'), [['Q2 2019', '2019-Q2']]);
});

test('duration: counts, spans, modifiers, vague counts', () => {
  assert.deepEqual(tag('They have fought for around eight years.'), [['around eight years', 'P8Y', 'APPROX']]);
  assert.deepEqual(tag('Output fell over the past two months.'), [['the past two months', 'P2M']]);
  assert.deepEqual(tag('The siege lasted more than 40 days.'), [['more than 40 days', 'P40D', 'MORE_THAN']]);
  assert.deepEqual(tag('a five-year plan, several weeks of talks'), [['five-year', 'P5Y'], ['several weeks', 'PXW']]);
  assert.deepEqual(tag('He waited for hours.'), [['hours', 'PTXH']]);
  assert.deepEqual(tag('The 6-year-old boy was found.'), []);
});

test('offset: ago counts from the reference date, later from the last date', () => {
  assert.deepEqual(tag('The law passed two years ago.'), [['two years ago', '2020']]);
  assert.deepEqual(tag('He was arrested on March 3, 2010. Two days later, he was freed.'),
    [['March 3, 2010', '2010-03-03'], ['Two days later', '2010-03-05']]);
  assert.deepEqual(tag('Six weeks ago the talks stalled.'), [['Six weeks ago', '2022-W02']]);
});

test('reference: now, right now, currently, recently, the future', () => {
  assert.deepEqual(tag('Right now the troops are near; they recently moved, and soon they will go.'),
    [['Right now', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['soon', 'FUTURE_REF']]);
  // "soon after" anchors to an event; "more recent" compares
  assert.deepEqual(tag('Soon after the vote, more recent polls changed.'), []);
});

test('set: every, each, daily, twice a week', () => {
  assert.deepEqual(tag('The paper is printed daily and the board meets every month, twice a week in winter.'),
    [['daily', 'P1D'], ['every month', 'P1M'], ['twice a week', 'P1W'], ['winter', '2022-WI']]);
  assert.deepEqual(tag('Services are held each Sunday.'), [['each Sunday', 'XXXX-WXX-7']]);
});

test('time-of-day and holidays: clock times join their day', () => {
  assert.deepEqual(tag('The vote closed at 10 p.m. Wednesday.'), [['10 p.m. Wednesday', '2022-02-16T22:00']]);
  assert.deepEqual(tag('Shops reopen after Christmas 2021.'), [['Christmas 2021', '2021-12-25']]);
  assert.deepEqual(tag('The speech was at noon.'), [['noon', '2022-02-22T12:00']]);
});

test('every mention carries its rule and offsets into the original text', () => {
  const text = 'On \u201cMonday\u201d\u00a0March 7, 2022 it began.';
  const found = tagTimes(text, undefined, { referenceDate: REF });
  assert.ok(found.length >= 1);
  for (const t of found) { assert.ok(t.rule); assert.ok(t.end > t.start && t.end <= text.length); }
  assert.ok(found.some((t) => t.value === '2022-03-07'));
});

test('weekend: the last weekend, as a week with -WE', () => {
  assert.deepEqual(tag('Talks broke down over the weekend.'), [['the weekend', '2022-W07-WE']]);
});

test('the-year and spelled years: financial "the year", broadcast years in words', () => {
  assert.deepEqual(tag('Sales for the year rose 5%.', '2021-10-20'), [['the year', '2021']]);
  assert.deepEqual(tag('Revenue for the year ended March 31 fell.', '2021-10-20'), [['the year', 'P1Y'], ['March 31', '2021-03-31']]);
  assert.deepEqual(tag('It happened in nineteen ninety-six, not in the year two thousand.'), [['nineteen ninety-six', '1996'], ['the year two thousand', '2000']]);
});

test('quarter ended a date: the calendar quarter holding it; "quarter-to-quarter" is no time', () => {
  assert.deepEqual(tag('For the quarter ended Sept. 30, profit fell.', '2021-10-20'), [['the quarter', '2021-Q3'], ['Sept. 30', '2021-09-30']]);
  assert.deepEqual(tag('The quarter-to-quarter comparison was poor.', '2021-10-20'), []);
});

test('tense decides the year of a bare month; deadlines with "until" look ahead', () => {
  assert.deepEqual(tag('In January, the company hired a new chief.', '2021-10-20'), [['January', '2021-01']]);
  assert.deepEqual(tag('The merger is expected to close in January.', '2021-10-20'), [['January', '2022-01']]);
  assert.deepEqual(tag('They have until 9 a.m. Tuesday to sign.'), [['9 a.m. Tuesday', '2022-02-22T09:00']]);
  assert.deepEqual(tag('He signed the deal on Thursday, Jan. 6: a surprise.'), [['Thursday, Jan. 6', '2022-01-06']]);
});

test('names and titles are not times: "This Week", "60 Minutes", "Jan Kavan", "a second group"', () => {
  assert.deepEqual(tag('He spoke on "This Week" and "60 Minutes" with Jan Kavan; a second group left.'), []);
});

test('excluded spans (boilerplate) are neither tagged nor used as anchors', () => {
  const text = 'Also read: Talks collapsed in March 2019.\nRebels seized the city in May 2015. The following month, they voted.';
  const headline = { start: 0, end: text.indexOf('\n') };
  const found = tagTimes(text, undefined, { referenceDate: REF, exclude: [headline] });
  assert.deepEqual(found.map((t) => t.value), ['2015-05', '2015-06']);
});

test('centuries, year-end, vague future spans', () => {
  assert.deepEqual(tag('It was the 20th century, and the deal closes by year-end.'), [['the 20th century', '19'], ['year-end', '2022', 'END']]);
  assert.deepEqual(tag('Rates may fall in the coming weeks; in the near term, prices rise.'), [['the coming weeks', 'PXW'], ['the near term', 'FUTURE_REF']]);
});
