import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarkMetrics, benchmarkTokens, sameDay, shingleMatch } from '../../eval/extraction.ts';

test('extraction scorer: benchmark tokens are \\w+ runs, case kept', () => {
  assert.deepEqual(benchmarkTokens('Don’t stop—the U.S. café_1!'), ['Don', 't', 'stop', 'the', 'U', 'S', 'café_1']);
});

test('extraction scorer: 4-gram shingles as multisets, normalized per page', () => {
  assert.deepEqual(shingleMatch('a b c d e', 'a b c d e'), { tp: 1, fp: 0, fn: 0 });
  // 2 gold shingles (a b c d, b c d e); prediction has 1 of them and 1 extra
  const s = shingleMatch('a b c d e', 'a b c d x');
  assert.deepEqual(s, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  // repeated text counts once per occurrence
  const rep = shingleMatch('a b c d', 'a b c d a b c d');
  assert.ok(rep.fp > 0 && rep.fn === 0);
  // case matters, as in the benchmark's scorer
  assert.equal(shingleMatch('A b c d', 'a b c d').tp, 0);
});

test('extraction scorer: F1 of macro precision and macro recall', () => {
  const m = benchmarkMetrics([{ tp: 1, fp: 0, fn: 0 }, { tp: 0.5, fp: 0.5, fn: 0 }]);
  assert.equal(m.precision, 0.75);
  assert.equal(m.recall, 1);
  assert.ok(Math.abs(m.f1 - (2 * 0.75) / 1.75) < 1e-12);
});

test('metadata scorer: same publication day across offsets', () => {
  assert.ok(sameDay('2030-05-01 23:30:00+00:00', '2030-05-02T01:30:00+02:00'));
  assert.ok(sameDay('2030-05-01 10:00:00-04:00', '2030-05-01'));
  assert.ok(!sameDay('2030-05-01 10:00:00+00:00', '2030-05-02'));
});
