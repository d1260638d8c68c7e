import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';
import type { Doc } from '../../src/doc/doc.ts';

/*
 * The speaker resolver looks referents up in indexes (by name, by surname, by
 * entity, by the sentences of their mentions) instead of a pass over all of
 * them per mention: a text with thousands of people was quadratic. These
 * texts check that the indexes find what the passes found.
 */

const MEN = ['Boris', 'Carl', 'Emil', 'Georg', 'Ivan', 'Kofi', 'Marco', 'Omar'];
const WOMEN = ['Anna', 'Dana', 'Fatima', 'Hana', 'Julia', 'Lena', 'Nina', 'Petra'];
const LAST = ['Novak', 'Okafor', 'Larsen', 'Rossi', 'Weber', 'Silva', 'Haddad', 'Tanaka', 'Moreau', 'Kowalski', 'Nguyen', 'Costa', 'Berg', 'Lind', 'Ruiz', 'Sato'];

const analyzed = (text: string): Doc => analyzeDoc(text, { date: '2020-01-01', format: 'text' });
const paragraphOf = (doc: Doc, pos: number) => doc.text.slice(0, pos).split('\n\n').length - 1;

test('hundreds of people, each followed by "he/she added" and later by the surname alone: every statement gets its person', () => {
  const paras: string[] = [], who: string[] = [];
  const n = 240;
  for (let i = 0; i < n; i++) {
    const male = i % 2 === 0;
    const name = `${(male ? MEN : WOMEN)[(i >> 1) % 8]} ${LAST[(i >> 4) % 16]}`;
    paras.push(`${name} said the bridge on route ${i} would open in May. ${male ? 'He' : 'She'} added that the repairs were late.`);
    who.push(name);
  }
  // the surname alone, long after: the first person of that name the text gives (each block of 16 paragraphs shares a
  // surname, Boris comes first), as a bare surname most often means the article's main bearer of it
  for (let s = 0; s < 8; s++) {
    paras.push(`${LAST[s]} later said the tolls on route ${s} would stay.`);
    who.push(`Boris ${LAST[s]}`);
  }
  const doc = analyzed(paras.join('\n\n'));
  assert.equal(doc.quotes.length, 2 * n + 8);
  const wrong = doc.quotes.filter((q) => q.speaker.name !== who[paragraphOf(doc, q.content.start)]);
  assert.deepEqual(wrong.map((q) => `${paragraphOf(doc, q.content.start)}: ${q.speaker.name}`), []);
});

test('a pronoun reaches back over many sentences, within the resolver\'s distance, and no further', () => {
  const filler = (k: number) => Array.from({ length: k }, (_, i) => `The river rose by ${i + 2} inches.`).join(' ');
  const near = analyzed(`Kofi Rossi said the dam would hold. ${filler(10)} He added that the crews were ready.`);
  const added = near.quotes.find((q) => near.text.slice(q.content.start, q.content.end).includes('crews'));
  assert.equal(added?.speaker.name, 'Kofi Rossi');
  const far = analyzed(`Kofi Rossi said the dam would hold. ${filler(16)} He added that the crews were ready.`);
  const late = far.quotes.find((q) => far.text.slice(q.content.start, q.content.end).includes('crews'));
  assert.ok(late, 'the statement is found');
  assert.notEqual(late.speaker.name, 'Kofi Rossi');
});
