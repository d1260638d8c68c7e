import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/doc/doc.js';
import type { Attribution } from '../../src/attribution/index.js';
import { passiveTelling, refineAttributions, sourceEdges } from '../../src/attribution/refiners/index.js';
import { preparedDoc, spanOf } from '../helpers/attribution.js';

// Every sentence here is composed for the tests; the refiners run on hand-built relations.
const doc = preparedDoc, at = spanOf;
function rel(d: Doc, cue: string, source: string | null, content: string, nth = 0): Attribution {
  return { cue: at(d, cue, nth), source: source ? at(d, source) : null, content: [at(d, content)], rule: 'model:perceptron' };
}
const sources = (d: Doc, atts: Attribution[]) => atts.map((a) => (a.source ? d.text.slice(a.source.start, a.source.end) : null));

test('source-edges: a transcript label and the answer\'s "Well," are cut off a source before its cue', () => {
  const d = doc('Q: Will the pier reopen? A: Well, I believe the repairs will take a year. HARLAN: I suspect the council will pay.');
  const out = refineAttributions(d, [
    rel(d, 'believe', 'A: Well, I', 'the repairs will take a year'),
    rel(d, 'suspect', 'HARLAN: I', 'the council will pay'),
  ], [sourceEdges]);
  assert.deepEqual(sources(d, out), ['I', 'I']);
});

test('source-edges: a main clause read before a subordinate clause\'s subject is cut ("escalated after Curiel ordered"); a preposition\'s object after a comma is not a subject', () => {
  const d = doc('The quarrel only grew after the harbor master ordered the gates shut. The vote took place as a new survey showed the plan losing support.');
  const out = refineAttributions(d, [
    rel(d, 'ordered', 'The quarrel only grew after the harbor master', 'the gates shut'),
    rel(d, 'showed', 'The vote took place as a new survey', 'the plan losing support'),
  ], [sourceEdges]);
  assert.deepEqual(sources(d, out), ['the harbor master', 'a new survey']);
  const e = doc('Senator Ana Ruiz, speaking right after the hearing, said the bill was dead.');
  const kept = refineAttributions(e, [rel(e, 'said', 'Senator Ana Ruiz, speaking right after the hearing', 'the bill was dead')], [sourceEdges]);
  assert.notEqual(sources(e, kept)[0], 'the hearing');
});

test('source-edges: a source ending in the relative pronoun that is its cue\'s subject is the pronoun', () => {
  const d = doc('The dean, who argued that tuition must rise, left early. The new audit -- which notes that costs doubled -- was late.');
  const out = refineAttributions(d, [
    rel(d, 'argued', 'The dean, who', 'that tuition must rise'),
    rel(d, 'notes', 'The new audit -- which', 'that costs doubled'),
  ], [sourceEdges]);
  assert.deepEqual(sources(d, out), ['who', 'which']);
});

test('source-edges: a source never runs into its cue ("the council now says")', () => {
  const d = doc('The town council now says the ferry will run all winter.');
  const r = rel(d, 'now says', 'The town council now', 'the ferry will run all winter');
  assert.deepEqual(sources(d, refineAttributions(d, [r], [sourceEdges])), ['The town council']);
});

test('source-edges: the setting after a source that follows its cue is cut ("in a telephone interview", "via email"), not inside a relative clause', () => {
  const d = doc('"We will rebuild," said Mayor Lena Ortiz in a telephone interview. "It was luck," said Paul Grant, a pilot from Reno, via email. "Not yet," said Rosa Vale, who was among those surveyed in a follow-up interview.');
  const out = refineAttributions(d, [
    rel(d, 'said', 'Mayor Lena Ortiz in a telephone interview', 'We will rebuild', 0),
    rel(d, 'said', 'Paul Grant, a pilot from Reno, via email', 'It was luck', 1),
    rel(d, 'said', 'Rosa Vale, who was among those surveyed in a follow-up interview', 'Not yet', 2),
  ], [sourceEdges]);
  assert.deepEqual(sources(d, out), ['Mayor Lena Ortiz', 'Paul Grant, a pilot from Reno', 'Rosa Vale, who was among those surveyed in a follow-up interview']);
});

test('passive-telling: the subject of a passive of choosing or making known is no source; a state of mind\'s subject stays', () => {
  const d = doc('Ms. Patel was declared the winner of the county race. The report was released amid fears of a leak. Farmers were frustrated that the rain never came.');
  const out = refineAttributions(d, [
    rel(d, 'was declared', 'Ms. Patel', 'the winner of the county race'),
    rel(d, 'was released', 'The report', 'amid fears of a leak'),
    rel(d, 'were frustrated', 'Farmers', 'that the rain never came'),
  ], [passiveTelling]);
  assert.deepEqual(sources(d, out), [null, null, 'Farmers']);
});

test('passive-telling: a raising verb\'s subject and a hearsay adverb\'s subject are no source; "seemed to think" keeps its subject', () => {
  const d = doc('The governor appears to be losing ground in the north. The treasurer reportedly moved the funds in March. The coach seemed to think the match was lost.');
  const out = refineAttributions(d, [
    rel(d, 'appears', 'The governor', 'to be losing ground in the north'),
    rel(d, 'reportedly', 'The treasurer', 'moved the funds in March'),
    rel(d, 'seemed', 'The coach', 'to think the match was lost'),
  ], [passiveTelling]);
  assert.deepEqual(sources(d, out), [null, null, 'The coach']);
});
