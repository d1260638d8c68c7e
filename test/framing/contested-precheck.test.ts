import assert from 'node:assert/strict';
import test from 'node:test';
import { findContestedLabels } from '../../src/framing/contested.ts';
import { segmentedDoc } from './helpers.ts';

const labels = (text: string) => findContestedLabels(segmentedDoc(text)).flatMap((g) => g.labels.flatMap((l) => l.uses.map((u) => `${l.label}@${u.start}`)));

test('contested labels: the word-start pre-check keeps case, spacing and hyphen matches', () => {
  const text = 'Critics call it the Death  Tax. Others say anti-death tax rules matter. Nobody calls it a deathtax or a death taxation.';
  const got = labels(text);
  assert.deepEqual(got, [`death tax@${text.indexOf('Death')}`, `death tax@${text.indexOf('death tax rules')}`]);
});

test('contested labels: a label at the very start of a sentence is found', () => {
  const text = 'Estate tax reform stalled.';
  assert.deepEqual(labels(text), ['estate tax@0']);
});

test('contested labels: the pre-check keys whole words, so a longer word holding a form is passed over and a form after a hyphen is kept', () => {
  const text = 'The invasions began. Reinvasion talk and invasionary plans went on. A Russian-backed invasion followed.';
  assert.deepEqual(labels(text), [`invasion@${text.indexOf('invasions')}`, `invasion@${text.indexOf('invasion followed')}`]);
});
