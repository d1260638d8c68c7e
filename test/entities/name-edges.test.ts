import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze.js';
import type { Entity } from '../../src/doc/types.js';

/** Sentences written for these tests: the name errors seen on news pages, in other words. */
const entities = (text: string): Entity[] => analyzeDoc({ text }).entities;
const names = (text: string) => entities(text).map((e) => `${e.name}/${e.type}`);
const speakers = (text: string) => analyze({ text }).quotes.map((q) => `${q.speaker?.name}/${q.speaker?.kind}`);

test('honorifics are no part of a name, and the surname the tagger cut after them stays', () => {
  const text = 'Ministers gathered in Putrajaya on Monday. Prime Minister Datuk Seri Anwar Ibrahim said the levy would be lifted.';
  const anwar = entities(text).find((e) => e.name === 'Anwar Ibrahim');
  assert.ok(anwar, names(text).join(', '));
  assert.equal(anwar.type, 'person');
  assert.deepEqual(anwar.roles, ['Prime Minister']);
  // two-word honorifics, and the tagger's reading of them as a body's name
  const more = "Tan Sri Muhyiddin Yassin said the pact would hold. Dato' Sri Najib Razak said he would appeal. Dame Judi Dench said she was moved.";
  const got = names(more);
  for (const n of ['Muhyiddin Yassin/person', 'Najib Razak/person', 'Judi Dench/person']) assert.ok(got.includes(n), got.join(', '));
  assert.deepEqual(speakers(more), ['Muhyiddin Yassin/person', 'Najib Razak/person', 'Judi Dench/person']);
});

test('honorifics: no name taken where there is none', () => {
  // "Tan" and "Sri" alone open names; a work's title and a body's name keep their words
  const got = names('Tan said the shop would close. Sri Mulyani Indrawati said the budget was sound. '
    + 'A staging of Sir Gawain and the Green Knight opens in May. Lord Abbett & Co said it would sell the stake.');
  assert.ok(got.includes('Tan/person'), got.join(', '));
  assert.ok(!got.some((n) => n.startsWith('Mulyani')), got.join(', '));
  assert.ok(!got.some((n) => /Gawain \w|Knight\/person/.test(n)), got.join(', '));
  assert.ok(!got.some((n) => /^Abbett/.test(n)), got.join(', '));
});
