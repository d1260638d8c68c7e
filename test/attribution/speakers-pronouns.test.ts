import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../src/doc/doc.js';
import type { Quote } from '../../src/doc/types.js';
import { resolveSpeakers } from '../../src/attribution/speakers/index.js';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Pronoun sources against composed texts: each text is read whole (entities, tags), then given its statements by
 * hand, so that only the resolver is tested.
 */

/** A statement whose content, cue and source are found at or after `near`. */
function pronounQuote(doc: Doc, near: string, content: string, cue: string, source: string): Quote {
  const base = doc.matchText.indexOf(near);
  assert.ok(base >= 0, `not found: ${near}`);
  const find = (s: string) => { const i = doc.matchText.indexOf(s, base); assert.ok(i >= 0, `not found: ${s}`); return { start: i, end: i + s.length }; };
  return { kind: content.startsWith('"') ? 'direct' : 'indirect', content: find(content), cue: find(cue), source: find(source), speaker: { name: '', kind: 'unknown' } };
}
/** The speaker each statement resolves to: "name / kind". */
function speakersOf(text: string, make: (doc: Doc) => Quote[]): string[] {
  const doc = analyzeDoc({ text });
  const qs = make(doc);
  resolveSpeakers(doc, qs);
  return qs.map((q) => `${q.speaker.name} / ${q.speaker.kind}`);
}

// (the subjects' given names are not in the lexicon: their gender is unknown, as for many names in the news)
test('a pronoun continues the subject, not a name inside a prepositional phrase or a "than" clause', () => {
  assert.deepEqual(speakersOf('Marisol Pennock spent the afternoon with Diane Okafor at the shelter. "We need more beds," she said.',
    (d) => [pronounQuote(d, '"We need', '"We need more beds,"', 'said', 'she')]), ['Marisol Pennock / person']);
  assert.deepEqual(speakersOf('Priya Dunmore was far more nervous than Laura Kessling had ever been. "It was terrifying," she said.',
    (d) => [pronounQuote(d, '"It was', '"It was terrifying,"', 'said', 'she')]), ['Priya Dunmore / person']);
});

test('a pronoun continues the subject, not a possessive or a name modifying a noun', () => {
  assert.deepEqual(speakersOf('Anders Simmons hosted the show on Friday. Simmons then set up Kevin Marlow\'s cameo in the final act. "You might remember him," he said.',
    (d) => [pronounQuote(d, '"You might', '"You might remember him,"', 'said', 'he')]), ['Anders Simmons / person']);
  assert.deepEqual(speakersOf('Maria Rivera spoke in Ohio on Monday. On Tuesday, Rivera campaign manager Aileen Holt said the polls were wrong. "We are ahead," she said.',
    (d) => [pronounQuote(d, 'On Tuesday', 'the polls were wrong', 'said', 'Rivera campaign manager Aileen Holt'), pronounQuote(d, '"We are', '"We are ahead,"', 'said', 'she')]),
  ['Aileen Holt / person', 'Aileen Holt / person']);
});

test('a name inside a phrase is still the antecedent when the subject does not agree', () => {
  assert.deepEqual(speakersOf('Sarah Pennock spent the afternoon with Tom Okafor at the shelter. "We need more beds," he said.',
    (d) => [pronounQuote(d, '"We need', '"We need more beds,"', 'said', 'he')]), ['Tom Okafor / person']);
  assert.deepEqual(speakersOf('The ministry sent a stern letter to Peter Hallam on Monday. "It came as a surprise," he said.',
    (d) => [pronounQuote(d, '"It came', '"It came as a surprise,"', 'said', 'he')]), ['Peter Hallam / person']);
});

test('a person named in full as the subject of the sentence before is the next "he", over the last speaker', () => {
  const text = '"Prices will keep falling," said Tom Haversham, chief strategist at Orchard Capital.\n\n'
    + '%NEW%, an analyst at Kestrel Partners, was more guarded. He said the figures were mixed.';
  const he = (d: Doc) => [pronounQuote(d, '"Prices', '"Prices will keep falling,"', 'said', 'Tom Haversham'),
    pronounQuote(d, 'was more guarded', 'the figures were mixed', 'said', 'He')];
  // ("Rainer" is no given name the lexicon knows: the newcomer's gender is unknown)
  assert.deepEqual(speakersOf(text.replace('%NEW%', 'Rainer Vosberg'), he), ['Tom Haversham / person', 'Rainer Vosberg / person']);
  // (a woman named so is no "he": the last speaker keeps it)
  assert.deepEqual(speakersOf(text.replace('%NEW%', 'Sarah Vosberg'), he), ['Tom Haversham / person', 'Tom Haversham / person']);
});

test('"they" takes a group of people named by a plural noun over a body or a place, and "he" never does', () => {
  assert.deepEqual(speakersOf('Hundreds of nurses marched past the embassy of Syria on Sunday. They said the wards were understaffed.',
    (d) => [pronounQuote(d, 'They said', 'the wards were understaffed', 'said', 'They')]), ['Hundreds of nurses / anonymous']);
  assert.deepEqual(speakersOf('Astronomers at the observatory have studied the Big Bang for decades. They said the old model no longer fits.',
    (d) => [pronounQuote(d, 'They said', 'the old model no longer fits', 'said', 'They')]), ['Astronomers / anonymous']);
  // (no group of people named: a body is still "they")
  assert.deepEqual(speakersOf('The Lumbermen\'s Union met in Portland on Tuesday. They said wages must rise.',
    (d) => [pronounQuote(d, 'They said', 'wages must rise', 'said', 'They')]), ["Lumbermen's Union / organization"]);
  assert.deepEqual(speakersOf('Hundreds of nurses marched with Tom Okafor on Sunday. He said the wards were understaffed.',
    (d) => [pronounQuote(d, 'He said', 'the wards were understaffed', 'said', 'He')]), ['Tom Okafor / person']);
});

test('the "it" of a passive of saying ("It is expected that", "It\'s said that") is no one; an "it" that says is the body', () => {
  const text = 'Harlow Mills Inc. posted weak sales on Monday. %IT% that the chief executive will resign.';
  const one = (frame: string, cue: string) => speakersOf(text.replace('%IT%', frame),
    (d) => [pronounQuote(d, 'weak sales', 'the chief executive will resign', cue, 'It')]);
  assert.deepEqual(one('It is expected', 'is expected'), ['It / unknown']);
  assert.deepEqual(one("It's said", "'s said"), ['It / unknown']);
  assert.deepEqual(one('It said', 'said'), ['Harlow Mills Inc. / organization']);
});

test('"it" may stand for a name no lexicon knows, of no person ("Pixelworks unveiled a chip that it says ..."), not a body named before', () => {
  assert.deepEqual(speakersOf('Shares of Acme Corp rose on Monday. Pixelworks unveiled a phone chip that it says will last two days.',
    (d) => [pronounQuote(d, 'Pixelworks', 'that it says will last two days', 'unveiled', 'Pixelworks'), pronounQuote(d, 'Pixelworks', 'will last two days', 'says', 'it')]),
  ['Pixelworks / unknown', 'Pixelworks / unknown']);
});
