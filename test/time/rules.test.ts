import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalValue, sameValue } from '../../eval/timex.js';
import { tagTimes } from '../../src/time/tagger.js';

// Composed sentences only.
function tag(text: string, ref: string) {
  const found = tagTimes(text, undefined, { referenceDate: ref });
  return (phrase: string) => found.find((t) => text.slice(t.start, t.end) === phrase);
}

test('second day of "June 12 and 13" takes the month and year of the first', () => {
  const get = tag('The summit will be held on June 12 and 13 in Oslo.', '2031-03-02');
  assert.equal(get('June 12')?.value, '2031-06-12');
  assert.equal(get('13')?.value, '2031-06-13');
  assert.equal(get('13')?.rule, 'month-day-conjunct');
  assert.equal(tag('Sales rose on June 12 and 13 percent later.', '2031-03-02')('13'), undefined);
});

test('"the previous Friday" counts back from the day last mentioned', () => {
  const get = tag('The deal closed on Friday, Oct. 10, 2031. The previous Friday the board met.', '2031-10-14');
  assert.equal(get('The previous Friday')?.value, '2031-10-03');
  assert.equal(get('The previous Friday')?.rule, 'weekday-anaphoric');
});

test('a month named without year or tense is the latest past one unless it is just ahead', () => {
  const get = tag('The chairman resigned in March for health reasons. The board meets in December.', '2031-11-05');
  assert.equal(get('March')?.value, '2031-03');
  assert.equal(get('December')?.value, '2031-12');
  // a past verb right before a yearless day dates it, whatever a later "will" says
  const get2 = tag('The shares, issued July 1, will pay a dividend.', '2031-11-05');
  assert.equal(get2('July 1')?.value, '2031-07-01');
  // the first verb after the date decides: "In September, it announced plans"
  const get3 = tag('In September, it announced plans to expand.', '2031-05-20');
  assert.equal(get3('September')?.value, '2030-09');
});

test('rates are not recurring times; recurrences still are', () => {
  const text = 'Revenue should grow 8% annually and average daily volume fell, though the council meets annually.';
  const found = tagTimes(text, undefined, { referenceDate: '2031-01-01' });
  assert.deepEqual(found.filter((t) => t.type === 'SET').map((t) => text.slice(t.start - 6, t.end)), ['meets annually']);
});

test('comparisons ("a year earlier") do not move the anchor', () => {
  const get = tag('Profit rose in 2030 from a year earlier, and sales were flat compared with a year earlier too.', '2031-02-01');
  const found = tagTimes('Profit rose in 2030 from a year earlier, and sales were flat compared with a year earlier too.', undefined, { referenceDate: '2031-02-01' });
  assert.deepEqual(found.filter((t) => t.rule === 'offset-anaphoric').map((t) => t.value), ['2029', '2029']);
  assert.ok(get('2030'));
});

test('eval: unpadded ISO week numbers equal padded ones, decades stay distinct', () => {
  assert.equal(canonicalValue('2000-W7'), '2000-W07');
  assert.equal(canonicalValue('2000-W07'), '2000-W07');
  assert.equal(canonicalValue('2000-W12'), '2000-W12');
  assert.ok(sameValue('2000-W7', '2000-W07'));
  assert.ok(!sameValue('199', '199X'));
  assert.ok(!sameValue('2000-W7', '2000-W17'));
});

test('seasons with a spelled year, weeks around a day, parts of a day, "for a while"', () => {
  const text = 'Prices matched the winter of nineteen ninety-four. A hearing is set for the week of March 6, and pilgrims '
    + 'gathered as Easter week began. By mid-afternoon shares were up. The March accession follows; the March on Rome does not. '
    + 'They will live without it for a while.';
  const found = tagTimes(text, undefined, { referenceDate: '2000-02-24' });
  const get = (p: string) => found.find((t) => text.slice(t.start, t.end) === p);
  assert.equal(get('the winter of nineteen ninety-four')?.value, '1994-WI');
  assert.equal(get('the week of March 6')?.value, '2000-W10');
  assert.equal(get('Easter week')?.value, '2000-W16');
  assert.equal(get('mid-afternoon')?.value, '2000-02-24TAF');
  assert.equal(get('mid-afternoon')?.mod, 'MID');
  assert.equal(get('March')?.value, '2000-03');
  assert.equal(found.filter((t) => text.slice(t.start, t.end) === 'March').length, 1, '"the March on Rome" is not a month');
  assert.equal(get('a while')?.value, 'PXX');
  assert.equal(tag("Today's youth are different.", '2000-02-24')("Today"), undefined);
  assert.equal(tag('She worked for Orion 1980, a joint venture.', '2000-02-24')('1980'), undefined);
  assert.equal(tag('Kodak reported a drop in profit for the fourth quarter.', '1998-01-26')('the fourth quarter')?.value, '1997-Q4');
});
