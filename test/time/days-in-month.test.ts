import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth } from '../../src/time/calendar.js';
import { overlapRefiner } from '../../src/time/refiners/overlap.js';
import type { Candidate } from '../../src/time/types.js';

test('daysInMonth agrees with the Date arithmetic it replaces', () => {
  for (const y of [0, 4, 99, 100, 1900, 1996, 2000, 2023, 2024, 2100, -4]) {
    for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
});

test('overlap refiner: longest wins, ties to the earlier parser, empty candidates only clash strictly inside', () => {
  const c = (start: number, end: number, rule: string): Candidate => ({ start, end, type: 'DATE', rule });
  const cands = [c(0, 5, 'a'), c(3, 10, 'b'), c(10, 12, 'c'), c(20, 24, 'd'), c(20, 24, 'e'), c(11, 11, 'f'), c(30, 30, 'g'), c(28, 33, 'h')];
  const kept = overlapRefiner.refine(cands, { match: '', ref: { gran: 'D', y: 2020, m: 1, d: 1 } } as never).map((k) => k.rule);
  // b (7 chars) beats a; c touches b without overlapping; d beats its twin e; f is inside c; h (5) is kept first, then g is inside it
  assert.deepEqual(kept, ['b', 'c', 'd', 'h']);
});
