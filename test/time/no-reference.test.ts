import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from '../../src/time/tagger.js';

// Composed sentences: no publication date and no --date, so nothing may depend on the day the tagger runs.
const TEXT = 'The mayor said on Monday that rents rose in June 2019 and fell the following month. '
  + 'Tomorrow the council will vote; last year it refused, and in March it met again. '
  + 'The dispute has lasted about six years, and right now nobody expects a deal.';

function valueOf(found: ReturnType<typeof tagTimes>, phrase: string): string | undefined {
  return found.find((t) => TEXT.slice(t.start, t.end).toLowerCase() === phrase.toLowerCase())?.value;
}

test('no reference date: relative expressions get X placeholders, absolute ones keep their value', () => {
  const found = tagTimes(TEXT);
  assert.equal(valueOf(found, 'Monday'), 'XXXX-XX-XX');
  assert.equal(valueOf(found, 'Tomorrow'), 'XXXX-XX-XX');
  assert.equal(valueOf(found, 'last year'), 'XXXX');
  assert.equal(valueOf(found, 'March'), 'XXXX-03');
  assert.equal(valueOf(found, 'June 2019'), '2019-06');
  assert.equal(valueOf(found, 'the following month'), '2019-07');
  assert.equal(valueOf(found, 'about six years'), 'P6Y');
  assert.equal(valueOf(found, 'right now'), 'PRESENT_REF');
});

test('no reference date: the output does not depend on the clock', () => {
  const realNow = Date.now;
  try {
    const a = JSON.stringify(tagTimes(TEXT));
    Date.now = () => Date.UTC(2031, 7, 9);
    const b = JSON.stringify(tagTimes(TEXT, undefined, { referenceDate: null }));
    assert.equal(a, b);
    assert.ok(!/\d{4}-\d{2}-\d{2}/.test(a.replace(/2019-0[67]/g, '')), 'no full calendar day is invented');
  } finally {
    Date.now = realNow;
  }
});

test('with a reference date the same text resolves fully', () => {
  const found = tagTimes(TEXT, undefined, { referenceDate: '2020-01-15' });
  assert.equal(valueOf(found, 'Monday'), '2020-01-13');
  assert.equal(valueOf(found, 'Tomorrow'), '2020-01-16');
  assert.equal(valueOf(found, 'last year'), '2019');
});
