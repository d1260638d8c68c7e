import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';
import type { Doc } from '../../src/doc/doc.ts';

const speakerOf = (doc: Doc, source: string) => doc.quotes.find((q) => q.source && doc.text.slice(q.source.start, q.source.end) === source)?.speaker;

test('an outlet\'s name in lower case is a description: "the economist replies" is a person, "the Economist" the outlet', () => {
  const lone = analyzeDoc({ text: 'Asked why the council decided to spend more, the economist replies, “Yes, it is expensive to install the lights.”' });
  assert.equal(speakerOf(lone, 'the economist')?.kind, 'person');
  assert.equal(speakerOf(lone, 'the economist')?.name, 'the economist');
  const named = analyzeDoc({ text: 'The council hired Jeremiah Mbelu, its economist, last year. Asked why the council decided to spend more, the economist replies, “Yes, it is expensive.”' });
  assert.notEqual(speakerOf(named, 'the economist')?.kind, 'media');
  const outlet = analyzeDoc({ text: '"Rates will rise," the Economist said. "Prices will fall," said the Guardian.' });
  assert.deepEqual([speakerOf(outlet, 'the Economist')?.kind, speakerOf(outlet, 'the Guardian')?.kind], ['media', 'media']);
});

test('a lone given name left after a title runs on over the surname the tagger cut; two people joined by "and" speak together, each named in full', () => {
  const doc = analyzeDoc({ text: [
    'The opposition slate was headed by now–General President Sean O’Brien and General Secretary-Treasurer Fred Zuckerman.',
    'The demand has emerged as a rallying call, and O’Brien and Zuckerman have both said they are willing to strike.',
  ].join(' ') });
  const fred = doc.entities.find((e) => e.name === 'Fred Zuckerman');
  assert.equal(fred?.type, 'person', doc.entities.map((e) => e.name).join(', '));
  assert.equal(fred?.mentions.length, 2);
  assert.deepEqual(speakerOf(doc, 'O’Brien and Zuckerman'), { name: 'Sean O’Brien and Fred Zuckerman', kind: 'person' });
  // (an initial after the given name is the name's own: "Senators Charles" and "E. Grassley")
  const initial = analyzeDoc({ text: 'Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, wrote a letter. Mr. Grassley and Mr. Leahy said the program was flawed.' });
  assert.equal(speakerOf(initial, 'Mr. Grassley and Mr. Leahy')?.name, 'Charles E. Grassley and Patrick J. Leahy');
});

test('a post\'s signer is its display name as written, titles read off; not a name the tagger found inside it', () => {
  const doc = analyzeDoc({ text: [
    'The Lions defense was the story of the night.',
    '',
    'Aidan Hutchinson has been unblockable this season. He leads the league in pressures. pic.twitter.com/abc123',
    '',
    '— PFF DET Lions (@PFF_Lions) November 15, 2019',
    '',
    'The secretary weighed in as well.',
    '',
    'We will not tolerate this. pic.twitter.com/xyz789',
    '',
    '— Secretary Marco Rubio (@SecRubio) March 3, 2025',
  ].join('\n') });
  const signers = doc.quotes.filter((q) => q.rule?.startsWith('signoff:post')).map((q) => q.speaker.name);
  assert.deepEqual(signers, ['PFF DET Lions', 'Marco Rubio']);
});

test('lower-case particles inside a name, one or more, stay in it: "Ursula von der Leyen", "Ana de la Cruz"', () => {
  const doc = analyzeDoc({ text: 'European Commission President Ursula von der Leyen said the plan would work. Von der Leyen added that it was fair. The port reopened, said Ana de la Cruz, a spokeswoman.' });
  assert.equal(speakerOf(doc, 'European Commission President Ursula von der Leyen')?.name, 'Ursula von der Leyen');
  assert.equal(speakerOf(doc, 'Von der Leyen')?.name, 'Ursula von der Leyen');
  assert.equal(speakerOf(doc, 'Ana de la Cruz, a spokeswoman')?.name, 'Ana de la Cruz');
});

test('an embedded post\'s words are its signer\'s, a name with "de la" in it too', () => {
  const doc = analyzeDoc({ text: [
    'Ferry services were suspended on the north coast.',
    '',
    'I think the crossings can reopen on Monday once the walls are checked. pic.twitter.com/hrb123',
    '',
    '— Ana de la Cruz (@anadelacruz) May 2, 2024',
  ].join('\n') });
  assert.equal(speakerOf(doc, 'I')?.name, 'Ana de la Cruz');
  assert.equal(doc.quotes.find((q) => q.rule?.startsWith('signoff:post'))?.speaker.name, 'Ana de la Cruz');
});
