import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDoc } from '../../src/analyze.js';
import { tagTimes } from '../../src/time/tagger.js';
import { SEED_DATE, SEED_SKIP, seedText } from '../helpers/seed.js';

test('seed: time expressions normalized against the publication date', { skip: SEED_SKIP }, () => {
  const text = seedText!;
  const found = tagTimes(text, undefined, { referenceDate: SEED_DATE });
  const get = (s: string) => found.find((t) => text.slice(t.start, t.end) === s);
  assert.equal(get('Monday')?.value, '2022-02-21');
  assert.equal(get('February 2014')?.value, '2014-02');
  assert.equal(get('April 2014')?.value, '2014-04');
  const following = get('The following month');
  assert.equal(following?.value, '2014-05');
  assert.equal(following?.anchor, '2014-04');
  const years = get('around eight years');
  assert.equal(years?.value, 'P8Y');
  assert.equal(years?.mod, 'APPROX');
  assert.equal(years?.type, 'DURATION');
  assert.equal(get('tonight')?.value, '2022-02-22TNI');
  assert.equal(get('tomorrow')?.value, '2022-02-23');
  assert.equal(found.find((t) => /^right now$/i.test(text.slice(t.start, t.end)))?.value, 'PRESENT_REF');
});

test('seed: timeline sorted by date, with events', { skip: SEED_SKIP }, () => {
  const doc = analyzeDoc(seedText!, { date: SEED_DATE });
  const values = doc.timeline.map((e) => e.value);
  assert.deepEqual(values.slice(0, 4), ['2014-02', '2014-04', '2014-05', '2022-02-21']);
  assert.ok(values.indexOf('2022-02-22TNI') > values.indexOf('2022-02-21'));
  const monday = doc.timeline.find((e) => e.value === '2022-02-21')!;
  assert.match(monday.event?.text ?? '', /Putin recognized$/);
  const may = doc.timeline.find((e) => e.value === '2014-05')!;
  assert.equal(may.event?.text, 'the separatist regions held');
  // boilerplate ("Also Read:" lines) yields no times
  assert.ok(!doc.times.some((t) => /coming hours/.test(doc.text.slice(t.start, t.end))));
});
