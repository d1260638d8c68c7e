import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, easter, formatDate, formatDuration, isoWeek, nthWeekday, shift } from '../../src/time/calendar.js';
import { timelineSortKey } from '../../src/time/timeline.js';

test('formatDate spells every granularity as TIMEX3', () => {
  assert.equal(formatDate(day(2022, 2, 21)), '2022-02-21');
  assert.equal(formatDate({ ...day(2022, 2, 22), time: 'NI' }), '2022-02-22TNI');
  assert.equal(formatDate({ gran: 'M', y: 2014, m: 5 }), '2014-05');
  assert.equal(formatDate({ gran: 'Q', y: 2014, q: 2 }), '2014-Q2');
  assert.equal(formatDate({ gran: 'W', y: 2022, w: 8 }), '2022-W08');
  assert.equal(formatDate({ gran: 'E', y: 1990 }), '199');
  assert.equal(formatDate({ gran: 'C', y: 1900 }), '19');
  assert.equal(formatDate({ gran: 'S', y: 2021, season: 'SP' }), '2021-SP');
});

test('ISO weeks across year ends', () => {
  assert.deepEqual(isoWeek(day(2022, 2, 22)), { y: 2022, w: 8 });
  assert.deepEqual(isoWeek(day(2021, 1, 3)), { y: 2020, w: 53 });
  assert.deepEqual(isoWeek(day(2019, 12, 30)), { y: 2020, w: 1 });
});

test('shift keeps the granularity the convention asks for', () => {
  assert.equal(formatDate(shift({ gran: 'M', y: 2014, m: 12 }, 'month', 1)), '2015-01');
  assert.equal(formatDate(shift({ gran: 'Q', y: 1989, q: 3 }, 'year', -1)), '1988-Q3');
  assert.equal(formatDate(shift({ gran: 'Q', y: 1989, q: 1 }, 'quarter', -1)), '1988-Q4');
  assert.equal(formatDate(shift(day(2022, 2, 28), 'day', 1)), '2022-03-01');
  assert.equal(formatDate(shift(day(2022, 1, 3), 'week', -1)), '2021-W52');
  assert.equal(formatDate(shift(day(2022, 2, 22), 'year', -2)), '2020');
});

test('durations and holidays', () => {
  assert.equal(formatDuration(8, 'year'), 'P8Y');
  assert.equal(formatDuration(null, 'week'), 'PXW');
  assert.equal(formatDuration(24, 'hour'), 'PT24H');
  assert.equal(formatDuration(1, 'decade'), 'P10Y');
  assert.equal(formatDate(nthWeekday(2021, 11, 4, 4)), '2021-11-25'); // Thanksgiving
  assert.equal(formatDate(easter(2024)), '2024-03-31');
});

test('timeline sort keys order values of different granularity by their first day', () => {
  const values = ['2022-02-23', '2014-Q2', '2022-02-22TNI', '2014-05', '2014', '2022-W08', '2022-02-21'];
  const sorted = [...values].sort((a, b) => (timelineSortKey(a) < timelineSortKey(b) ? -1 : 1));
  assert.deepEqual(sorted, ['2014', '2014-Q2', '2014-05', '2022-W08', '2022-02-21', '2022-02-22TNI', '2022-02-23']);
});
