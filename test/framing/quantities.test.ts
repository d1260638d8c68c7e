import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/framing/quantities.ts';

const pick = (text: string) => extractQuantities(text).map((q) => ({ text: text.slice(q.start, q.end), value: q.value, kind: q.kind, mod: q.mod, unit: q.unit, timex: q.timex }));

test('count with a bound modifier and its unit noun', () => {
  const [q] = pick('More than 2,500 residents have left the valley.');
  assert.deepEqual(q, { text: 'More than 2,500 residents', value: 2500, kind: 'count', mod: 'MORE_THAN', unit: 'residents', timex: undefined });
});

test('approximate fractions, spelled and hyphenated', () => {
  const qs = pick('Rebels hold about a third of the province and want the remaining two-thirds.');
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.text, 'about a third');
  assert.equal(qs[0]!.kind, 'fraction');
  assert.equal(qs[0]!.mod, 'APPROX');
  assert.ok(Math.abs(qs[0]!.value - 1 / 3) < 1e-9);
  assert.equal(qs[1]!.text, 'two-thirds');
  assert.ok(Math.abs(qs[1]!.value - 2 / 3) < 1e-9);
  assert.equal(pick('She won a third time.').length, 0, 'an ordinal is not a fraction');
  assert.ok(Math.abs(pick('One in six voters stayed home.')[0]!.value - 1 / 6) < 1e-9);
});

test('durations get an ISO 8601 value', () => {
  const [q] = pick('The siege lasted for around eight years.');
  assert.equal(q!.text, 'around eight years');
  assert.equal(q!.kind, 'duration');
  assert.equal(q!.timex, 'P8Y');
  assert.equal(q!.mod, 'APPROX');
  assert.equal(pick('a three-month inquiry')[0]!.timex, 'P3M');
  assert.equal(pick('talks went on for 36 hours')[0]!.timex, 'PT36H');
});

test('percent, money with scale words, spelled-out numbers', () => {
  assert.deepEqual(pick('Turnout reached 61.5 percent.').map((q) => [q.value, q.kind]), [[61.5, 'percent']]);
  assert.deepEqual(pick('The plan costs $4.2 billion.').map((q) => [q.value, q.kind, q.unit]), [[4.2e9, 'money', 'USD']]);
  assert.deepEqual(pick('at least forty-two thousand ballots').map((q) => [q.value, q.mod, q.unit]), [[42000, 'EQUAL_OR_MORE', 'ballots']]);
  assert.deepEqual(pick('nearly 9% of homes').map((q) => [q.value, q.kind, q.mod]), [[9, 'percent', 'LESS_THAN']]);
});

test('years, ordinals, identifiers and a bare "one" are not quantities', () => {
  assert.deepEqual(pick('In March 2014 the 3rd battalion got COVID-19 shots, one of many.'), []);
  assert.deepEqual(pick('2014 people signed.').map((q) => q.value), [2014], 'a year-like number counting people is a count');
  assert.deepEqual(pick('the 2016 elections'), []);
  assert.deepEqual(pick('The court ruled 5-4 at 3 p.m. under Article 5.'), [], 'scores, clock times and labels');
});

test('offsets are shifted into the document and skipped spans are honored', () => {
  const text = 'Intro. Some 300 troops arrived on 12 May.';
  const qs = extractQuantities(text.slice(7), 7, [{ start: text.indexOf('12 May'), end: text.length - 1 }]);
  assert.equal(qs.length, 1);
  assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'Some 300 troops');
});

test('quantities written only in words are found, and a text with neither digits nor number words has none', () => {
  assert.deepEqual(extractQuantities('The talks went on without any result, officials said.'), []);
  assert.deepEqual(extractQuantities('Nothing here: someone, anyone, phone, Ninetyish.'), []);
  assert.deepEqual(extractQuantities('About a million people marched.').map((q) => [q.value, q.unit]), [[1e6, 'people']]);
  assert.deepEqual(extractQuantities('Half of the Votes were lost.').map((q) => [q.value, q.kind]), [[0.5, 'fraction']]);
  assert.deepEqual(extractQuantities('TWELVE candidates ran.').map((q) => [q.value, q.unit]), [[12, 'candidates']]);
});
